using System.IO;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>The rule catalogue, the Roslyn descriptors, the release-tracking file and the docs stay in step.</summary>
public sealed class RuleCatalogTests
{
    [Fact]
    public void Every_rule_has_an_identical_roslyn_descriptor()
    {
        Assert.Equal(LadderRules.All.Select(rule => rule.Id), DiagnosticDescriptors.All.Select(descriptor => descriptor.Id));
        foreach (var (rule, descriptor) in LadderRules.All.Zip(DiagnosticDescriptors.All))
        {
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal(rule.Severity.ToString(), descriptor.DefaultSeverity.ToString());
            Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
            Assert.True(descriptor.IsEnabledByDefault);
        }
    }

    [Fact]
    public void Ids_are_ordered_and_unique()
    {
        var ids = LadderRules.All.Select(rule => rule.Id).ToList();
        Assert.All(ids, id => Assert.Matches(@"^CL[0-9]{4}\z", id));
        Assert.Equal(ids.OrderBy(id => id, System.StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct(System.StringComparer.Ordinal).Count());
    }

    [Fact]
    public void README_states_the_number_of_rules()
    {
        var readme = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot, "README.md"));

        Assert.Contains("The " + LadderRules.All.Count + " rules cover", readme, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Release_tracking_and_diagnostics_reference_list_every_rule()
    {
        var generatorDirectory = Path.Combine(GeneratorHarness.RepositoryRoot, "src", "CareerLadder.Generator");
        var releases = File.ReadAllText(Path.Combine(generatorDirectory, "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(Path.Combine(generatorDirectory, "AnalyzerReleases.Unshipped.md"));
        var reference = File.ReadAllText(Path.Combine(generatorDirectory, "DIAGNOSTICS.md"));

        foreach (var rule in LadderRules.All)
        {
            Assert.Contains($"{rule.Id} | {rule.Category} | {rule.Severity} |", releases, System.StringComparison.Ordinal);
            Assert.Contains($"## {rule.Id}\n\n**{rule.Title}**", reference, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Diagnostic_data_maps_to_a_roslyn_diagnostic_at_the_same_place()
    {
        var data = LadderDiagnostic.Create(LadderRules.UnknownStep, "/ladders/a.yaml", new Authoring.SourceSpan(10, 15, 2, 4, 2, 9), "Adopt", "technology", " Did you mean 'Adopts'?")
            .WithAdditionalLocation(new LadderLocation("/ladders/b.yaml", new Authoring.SourceSpan(0, 3, 0, 0, 0, 3)));

        var diagnostic = LadderGenerator.ToRoslyn(data);

        Assert.Equal("CL0009", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("'Adopt' is not a step of competency 'technology'. Did you mean 'Adopts'?", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(data.Message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("/ladders/a.yaml", 2, 4, 2, 9), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character));
        Assert.Equal(10, diagnostic.Location.SourceSpan.Start);
        Assert.Equal("/ladders/b.yaml", Assert.Single(diagnostic.AdditionalLocations).GetLineSpan().Path);
    }
}
