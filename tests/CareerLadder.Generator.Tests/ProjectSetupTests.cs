using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// How the project is set up decides whether and how code is generated: a direct or a transitive reference, the
/// namespace, the accessibility and the consumer's C# language version.
/// </summary>
public sealed class ProjectSetupTests
{
    private const string ProjectDirectory = "/src/Consumer";

    // Written in C# 7.3 so that it compiles at every language version the generated code supports.
    private const string PlainConsumer = @"
using Consumer.Ladders;
internal static class PlainUse
{
    internal static object[] All()
    {
        var found = CareerLadders.TryGetLevel(""tpm5"", out var level);
        return new object[]
        {
            CareerLadders.TechnicalProgramManager.TPM3,
            CareerLadders.TechnicalProgramManager[TechnicalProgramManagerLevel.TPM6],
            CareerLadders.QualityDirector.QD5.Expectation(CompetencyId.Technology) != null,
            CareerLadders.QualityDirector.QD7.GetInfluenceStep() == InfluenceStep.Community,
            CareerLadders.GetTrack(TrackId.TechnicalProgramManager),
            found,
        };
    }
}";

    private static IEnumerable<(string Path, string Text)> RepositoryFiles =>
        GeneratorHarness.LoadDirectory(Path.Combine(GeneratorHarness.RepositoryRoot, "ladders"));

    [Fact]
    public void A_project_that_has_CareerLadder_only_transitively_and_no_ladder_files_gets_no_code_and_no_diagnostic()
    {
        var outcome = GeneratorHarness.Run(new[] { ("/src/HrApi/appsettings.yaml", "logging: { level: info }\n") }, new Dictionary<string, string> { ["build_property.RootNamespace"] = "HrApi" });

        Assert.Empty(outcome.HintNames);
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void A_transitive_project_that_passes_ladder_files_of_its_own_gets_their_code()
    {
        var outcome = GeneratorHarness.Run(WithTrack(TrackYaml), new Dictionary<string, string> { ["build_property.RootNamespace"] = "HrApi" });

        Assert.Contains("CareerLadders.g.cs", outcome.HintNames);
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void A_direct_reference_without_ladder_files_gets_one_CL0045_naming_the_globs_and_no_empty_catalog()
    {
        var outcome = GeneratorHarness.Run(Array.Empty<(string, string)>(), Direct());

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal(("CL0045", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("'ladders/**/*.yaml, ladders/**/*.yml' matched no framework, track or overlay file;", Message(diagnostic), StringComparison.Ordinal);
        Assert.Empty(outcome.HintNames);
    }

    [Fact]
    public void CL0045_points_at_a_ladder_folder_spelled_with_another_case()
    {
        var outcome = GeneratorHarness.Run(Array.Empty<(string, string)>(), Direct(("CareerLadderFolderCandidates", "Ladders")));

        var message = Message(Assert.Single(outcome.GeneratorDiagnostics));
        Assert.Contains("there is a folder 'Ladders'", message, StringComparison.Ordinal);
        Assert.Contains("rename it to 'ladders' or set CareerLadderFiles to 'Ladders/**/*.yaml'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void CL0045_says_when_the_ladder_folder_exists_but_holds_no_ladder_file()
    {
        var outcome = GeneratorHarness.Run(new[] { (ProjectDirectory + "/ladders/notes.yaml", "title: not a ladder\n") }, Direct(("CareerLadderFolderCandidates", "ladders")));

        var message = Message(Assert.Single(outcome.GeneratorDiagnostics));
        Assert.Contains("the folder 'ladders' has no .yaml or .yml file whose first key is 'framework:', 'track:', 'overlay:'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void CareerLadderGenerateCode_false_generates_nothing_and_reports_nothing_about_missing_files()
    {
        var outcome = GeneratorHarness.Run(WithTrack(TrackYaml), new Dictionary<string, string> { ["build_property.CareerLadderGenerateCode"] = "false" });

        Assert.Empty(outcome.HintNames);
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CL0045");
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.Latest)]
    public void The_generated_code_compiles_without_any_warning_at_every_supported_language_version(LanguageVersion version)
    {
        var outcome = GeneratorHarness.RunAt(version, RepositoryFiles, Direct(), consumerSources: PlainConsumer);

        Assert.Equal(new[] { "CL0038" }, outcome.GeneratorDiagnostics.Select(diagnostic => diagnostic.Id));
        Assert.True(outcome.CompilationDiagnostics.IsEmpty, string.Join(Environment.NewLine, outcome.CompilationDiagnostics));
        var nullableAllowed = version >= LanguageVersion.CSharp8;
        Assert.All(outcome.Result.Results.Single().GeneratedSources, source =>
            Assert.Equal(nullableAllowed, source.SourceText.ToString().Contains("#nullable enable", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_language_version_older_than_7_3_is_CL0046_and_nothing_is_generated()
    {
        var outcome = GeneratorHarness.RunAt(LanguageVersion.CSharp7_2, WithTrack(TrackYaml), Direct());

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("CL0046", diagnostic.Id);
        Assert.Contains("needs C# 7.3 or later, but this project compiles with C# 7.2; set <LangVersion>7.3</LangVersion>", Message(diagnostic), StringComparison.Ordinal);
        Assert.Empty(outcome.HintNames);
    }

    [Fact]
    public void CareerLadderAccessibility_internal_makes_every_generated_type_internal()
    {
        var outcome = GeneratorHarness.Run(RepositoryFiles, Direct(("CareerLadderAccessibility", "internal")), PlainConsumer);

        Assert.Empty(outcome.CompilationDiagnostics);
        var generated = GeneratedTypes(outcome.Output, "Consumer.Ladders");
        Assert.Contains(generated, type => type.Name == "CareerLadders");
        Assert.Contains(generated, type => type.Name == "TechnicalProgramManagerTrack");
        Assert.Contains(generated, type => type.Name == "TechnicalProgramManagerLevel");
        Assert.All(generated, type => Assert.Equal(Accessibility.Internal, type.DeclaredAccessibility));
    }

    [Fact]
    public void Generated_types_are_public_by_default()
    {
        var outcome = GeneratorHarness.Run(RepositoryFiles, Direct(), PlainConsumer);

        Assert.All(GeneratedTypes(outcome.Output, "Consumer.Ladders"), type => Assert.Equal(Accessibility.Public, type.DeclaredAccessibility));
    }

    [Fact]
    public void An_unknown_accessibility_is_CL0046_and_nothing_is_generated()
    {
        var outcome = GeneratorHarness.Run(WithTrack(TrackYaml), Direct(("CareerLadderAccessibility", "protected")));

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("CL0046", diagnostic.Id);
        Assert.Contains("'protected' is not a valid CareerLadderAccessibility: use 'public' (the default) or 'internal'", Message(diagnostic), StringComparison.Ordinal);
        Assert.Empty(outcome.HintNames);
    }

    [Theory]
    [InlineData("Acme", "Acme.Ladders")]
    [InlineData("Acme.Ladders", "Acme.Ladders")]
    [InlineData("Ladders", "Ladders")]
    [InlineData("Acme.HrLadders", "Acme.HrLadders.Ladders")]
    public void The_default_namespace_does_not_stutter(string rootNamespace, string expected)
    {
        var outcome = GeneratorHarness.Run(WithTrack(TrackYaml), Direct(("RootNamespace", rootNamespace)));

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Contains("namespace " + expected + "\n", outcome.Source("CareerLadders.g.cs"), StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("CareerLadderNamespace", "__arglist", "'__arglist' is a C# keyword")]
    [InlineData("CareerLadderNamespace", "Acme.class", "'class' is a C# keyword")]
    [InlineData("CareerLadderNamespace", "global.Ladders", "'global' is a C# keyword")]
    [InlineData("CareerLadderNamespace", "Acme..Ladders", "it has an empty part")]
    [InlineData("RootNamespace", "My-App", "'My-App' is not a C# identifier")]
    public void A_namespace_that_is_not_valid_CSharp_is_CL0019_and_the_fallback_compiles(string property, string value, string reason)
    {
        var properties = Direct(("RootNamespace", "Consumer"));
        properties["build_property." + property] = value;

        var outcome = GeneratorHarness.Run(WithTrack(TrackYaml), properties);

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("CL0019", diagnostic.Id);
        Assert.Contains("'" + value + "' (from " + property + ") is not a valid C# namespace: " + reason, Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains("CareerLadders.g.cs", outcome.HintNames);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("System.Math", "System.Math")]
    [InlineData("CareerLadder.Track", "CareerLadder.Track")]
    [InlineData("System.String.Ladders", "System.String")]
    public void A_namespace_that_names_a_type_is_CL0019_and_nothing_is_generated(string namespaceName, string type)
    {
        var outcome = GeneratorHarness.Run(WithTrack(TrackYaml), Direct(("CareerLadderNamespace", namespaceName)));

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("CL0019", diagnostic.Id);
        Assert.Contains("'" + type + "' is a type, so it cannot also be a namespace", Message(diagnostic), StringComparison.Ordinal);
        Assert.Empty(outcome.HintNames);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void Own_ladders_in_the_namespace_of_a_referenced_ladder_library_are_CL0047_not_a_hidden_catalog()
    {
        var library = LadderLibrary("Acme.Ladders", "Acme.Ladders", "public");

        var outcome = GeneratorHarness.RunAt(LanguageVersion.Latest, WithTrack(TrackYaml), Direct(("CareerLadderNamespace", "Acme.Ladders")), new[] { library }, "HrApi");

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("CL0047", diagnostic.Id);
        Assert.Contains("The namespace 'Acme.Ladders' already holds the ladders of the referenced assembly 'Acme.Ladders'", Message(diagnostic), StringComparison.Ordinal);
        Assert.Empty(outcome.HintNames);
    }

    [Fact]
    public void Own_ladders_in_their_own_namespace_and_a_ladder_library_are_both_usable()
    {
        var library = LadderLibrary("Acme.Ladders", "Acme.Ladders", "public");
        const string Uses = @"
internal static class BothCatalogs
{
    internal static object[] All() => new object[]
    {
        Acme.Ladders.CareerLadders.TechnicalProgramManager.TPM5,
        Acme.HrApi.Ladders.CareerLadders.Backend.BE2,
        Acme.Ladders.CareerLadders.Tracks.Count + Acme.HrApi.Ladders.CareerLadders.Tracks.Count,
    };
}";

        var outcome = GeneratorHarness.RunAt(LanguageVersion.Latest, WithTrack(TrackYaml), Direct(("CareerLadderNamespace", "Acme.HrApi.Ladders")), new[] { library }, "HrApi", Uses);

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.True(outcome.CompilationDiagnostics.IsEmpty, string.Join(Environment.NewLine, outcome.CompilationDiagnostics));
    }

    [Fact]
    public void An_internal_catalog_of_a_referenced_library_does_not_take_the_namespace()
    {
        var library = LadderLibrary("Acme.Ladders", "Acme.Ladders", "internal");

        var outcome = GeneratorHarness.RunAt(LanguageVersion.Latest, WithTrack(TrackYaml), Direct(("CareerLadderNamespace", "Acme.Ladders")), new[] { library }, "HrApi");

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Contains("CareerLadders.g.cs", outcome.HintNames);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    private static Dictionary<string, string> Direct(params (string Name, string Value)[] properties)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.CareerLadderGenerateCode"] = "true",
            ["build_property.MSBuildProjectDirectory"] = ProjectDirectory,
            ["build_property.CareerLadderFileGlobs"] = ProjectDirectory + "/ladders/**/*.yaml|" + ProjectDirectory + "/ladders/**/*.yml",
        };
        foreach (var (name, value) in properties)
        {
            result["build_property." + name] = value;
        }

        return result;
    }

    /// <summary>A ladder library built from the repository's ladders, as a metadata reference.</summary>
    private static MetadataReference LadderLibrary(string assemblyName, string namespaceName, string accessibility)
    {
        var outcome = GeneratorHarness.RunAt(
            LanguageVersion.Latest,
            RepositoryFiles,
            Direct(("CareerLadderNamespace", namespaceName), ("CareerLadderAccessibility", accessibility)),
            assemblyName: assemblyName);
        using var image = new MemoryStream();
        var emitted = outcome.Output.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static List<INamedTypeSymbol> GeneratedTypes(Compilation compilation, string namespaceName)
    {
        var found = compilation.Assembly.GlobalNamespace;
        foreach (var part in namespaceName.Split('.'))
        {
            found = found.GetNamespaceMembers().Single(member => member.Name == part);
        }

        return found.GetTypeMembers().ToList();
    }

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);
}
