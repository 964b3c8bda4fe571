using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>The ladders/ folder of this repository: the seeds, corrected, must build clean and behave as the seeds say.</summary>
public sealed class RepositoryLaddersTests
{
    private const string TypedConsumer = @"
using Consumer.Ladders;
internal static class TypedUse
{
    internal static object[] All() => new object[]
    {
        CareerLadders.TechnicalProgramManager.TPM3,
        CareerLadders.TechnicalProgramManager[TechnicalProgramManagerLevel.TPM6],
        CareerLadders.QualityDirector.QD5.Expectation(CompetencyId.Technology)!,
        CareerLadders.QualityDirector.QD7.GetInfluenceStep() == InfluenceStep.Community,
        CareerLadders.PeopleManager.PM6,
        CareerLadders.EngineeringManagement.EM6,
        CareerLadders.GetTrack(TrackId.TechnicalProgramManager),
        SectionId.Checkpoints,
        TechnologyStep.Evangelizes,
    };
}";

    private static readonly Dictionary<string, string> Properties = new() { ["build_property.RootNamespace"] = "Consumer" };

    private static IEnumerable<(string Path, string Text)> RepositoryFiles =>
        GeneratorHarness.LoadDirectory(Path.Combine(GeneratorHarness.RepositoryRoot, "ladders"));

    public static TheoryData<string> LadderFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepositoryFiles)
        {
            data.Add(Path.GetFileName(file.Path));
        }

        return data;
    }

    [Fact]
    public void Every_repository_ladder_generates_code_that_compiles_without_any_diagnostic()
    {
        var outcome = GeneratorHarness.Run(RepositoryFiles, Properties, TypedConsumer);

        // The Korean overlay leaves the track name and level titles in English, as seed 002 does: information only.
        var coverage = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal(("CL0038", DiagnosticSeverity.Info), (coverage.Id, coverage.Severity));
        Assert.EndsWith("technical-program-manager.ko.yaml", coverage.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationDiagnostics);
        Assert.Equal(
            new[] { "CareerLadders.g.cs", "CareerLaddersCatalog.g.cs", "EngineeringManagementTrack.g.cs", "PeopleManagerTrack.g.cs", "QualityDirectorTrack.g.cs", "TechnicalProgramManagerTrack.g.cs" },
            outcome.HintNames.OrderBy(name => name, StringComparer.Ordinal));
    }

    [Fact]
    public void Generated_catalog_holds_the_seed_tracks_with_their_corrected_levels()
    {
        var catalog = CompiledLadders.Catalog(GeneratorHarness.Run(RepositoryFiles, Properties).Output, "Consumer.Ladders.CareerLadders");
        var tracks = CompiledLadders.Tracks(catalog);

        Assert.Equal(new[] { "engineering-management", "people-manager", "quality-director", "technical-program-manager" }, tracks.Select(track => track.Id));
        var tpm = tracks.Single(track => track.Abbreviation == "TPM");
        Assert.Equal(new[] { "TPM3", "TPM4", "TPM5", "TPM6" }, tpm.Levels.Select(level => level.Code));
        Assert.Equal(new[] { 3, 4, 5, 6 }, tpm.Levels.Select(level => level.Rank));
        Assert.Equal(new[] { "Senior Engineer", "Staff Engineer", "Senior Staff Engineer", "Principal Engineer" }, tpm.Levels.Select(level => level.PublicTitle!.Text));

        var qd = tracks.Single(track => track.Abbreviation == "QD");
        Assert.Equal("Quality Director", qd.Name.Text);
        Assert.All(qd.Levels, level => Assert.StartsWith("Quality Director", level.Title.Text));
        Assert.All(qd.Levels, level => Assert.Equal("Evangelizes", level.GetExpectation("technology")!.Step.Id));

        var director = CompiledLadders.Level(catalog, "em6");
        Assert.True(director.TryGetSection("expected", out var expected));
        Assert.Equal(SectionKind.Groups, expected!.Kind);
        Assert.Equal(new[] { "Strategy", "Results", "Management" }, expected.Items.Select(group => group.Text.Text));
    }

    [Fact]
    public void Gap_from_TPM5_to_TPM6_moves_system_and_influence_by_one_step()
    {
        var catalog = CompiledLadders.Catalog(GeneratorHarness.Run(RepositoryFiles, Properties).Output, "Consumer.Ladders.CareerLadders");
        var tpm5 = CompiledLadders.Level(catalog, "TPM5");

        var gap = tpm5.GapTo(tpm5.Next!);

        Assert.Equal("TPM6", gap.To.Code);
        Assert.Equal(new[] { ("system", "Owns", "Evolves", 1), ("influence", "Company", "Community", 1) },
            gap.Changes.Select(change => (change.Competency.Id, change.From!.Id, change.To!.Id, change.Steps)));
    }

    [Fact]
    public void Transitions_of_the_seeds_lead_across_tracks_and_paths_follow_them()
    {
        var catalog = CompiledLadders.Catalog(GeneratorHarness.Run(RepositoryFiles, Properties).Output, "Consumer.Ladders.CareerLadders");
        string[] Codes(System.Collections.Generic.IEnumerable<Level>? levels) => levels!.Select(level => level.Code).ToArray();

        Assert.Equal(new[] { "TPM6", "PM5" }, Codes(CompiledLadders.Level(catalog, "tpm5").NextSteps));
        Assert.Equal(new[] { "PM6" }, Codes(CompiledLadders.Level(catalog, "TPM6").NextSteps));
        Assert.Equal(new[] { "QD7", "PM6" }, Codes(CompiledLadders.Level(catalog, "QD6").NextSteps));
        Assert.Equal(new[] { "PM6", "EM6" }, Codes(CompiledLadders.Level(catalog, "PM5").NextSteps));
        Assert.Equal(new[] { "EM6" }, Codes(CompiledLadders.Level(catalog, "EM5").NextSteps));
        Assert.Equal(new[] { "TPM4" }, Codes(CompiledLadders.Level(catalog, "TPM3").NextSteps));

        var tpm3 = CompiledLadders.Level(catalog, "TPM3");
        Assert.Equal(new[] { "TPM3", "TPM4", "TPM5", "PM5", "EM6" }, Codes(tpm3.PathTo(CompiledLadders.Level(catalog, "EM6"))));
        Assert.Equal(new[] { "TPM3", "TPM4", "TPM5", "TPM6", "PM6" }, Codes(tpm3.PathTo(CompiledLadders.Level(catalog, "PM6"))));
        Assert.Null(CompiledLadders.Level(catalog, "PM6").PathTo(tpm3));
        Assert.Null(tpm3.PathTo(CompiledLadders.Level(catalog, "QD5")));
    }

    [Theory]
    [MemberData(nameof(LadderFiles))]
    public void Appending_broken_yaml_to_a_ladder_reports_only_CL0001_at_that_line(string fileName)
    {
        var files = RepositoryFiles
            .Select(file => Path.GetFileName(file.Path) == fileName ? (Path: file.Path, Text: file.Text.TrimEnd('\n') + "\nbroken: [unclosed\n") : file)
            .ToList();
        var brokenLine = files.Single(file => Path.GetFileName(file.Path) == fileName).Text.TrimEnd('\n').Split('\n').Length;

        var outcome = GeneratorHarness.Run(files, Properties, TypedConsumer);

        var syntax = Assert.Single(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CL0001");
        Assert.EndsWith(fileName, syntax.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Equal(brokenLine, syntax.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.All(outcome.GeneratorDiagnostics, diagnostic => Assert.StartsWith("CL", diagnostic.Id, StringComparison.Ordinal));
        Assert.Empty(outcome.CompilationDiagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
    }
}
