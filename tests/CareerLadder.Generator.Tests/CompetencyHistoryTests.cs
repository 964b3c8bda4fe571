using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CareerLadder.Generator.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// A competency renamed in the framework (<c>renamed-from:</c>) is not a removal: the build reports the rename as
/// information, compares the steps with the shipped ones of its former id, and refuses a former id that is also current.
/// </summary>
public sealed class CompetencyHistoryTests
{
    private static readonly string Framework = File.ReadAllText(GeneratorHarness.FixturePath("Rules", "framework.yaml"));
    private static readonly string Track = File.ReadAllText(GeneratorHarness.FixturePath("Rules", "CL0080", "track.yaml"));
    private static readonly string Shipped = File.ReadAllText(GeneratorHarness.FixturePath("Rules", "CL0086", "ladders.shipped.txt"));

    [Fact]
    public void A_shipped_competency_under_a_new_id_without_renamed_from_is_CL0079()
    {
        Assert.Equal(new[] { "CL0079", "CL0082" }, Ids(Run(Renamed(declareFormer: false))));
    }

    [Fact]
    public void A_renamed_competency_is_information_only_and_its_baseline_says_so()
    {
        var diagnostics = Run(Renamed(declareFormer: true));

        var rename = Assert.Single(diagnostics);
        Assert.Equal("CL0082", rename.Id);
        Assert.StartsWith("The rename of competency 'influence' to 'impact'", rename.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var at = rename.Location.GetLineSpan().StartLinePosition;
        Assert.StartsWith("influence]", Renamed(declareFormer: true).Split('\n')[at.Line].Substring(at.Character), StringComparison.Ordinal);
    }

    [Fact]
    public void A_renamed_competency_whose_steps_changed_is_CL0080_against_the_steps_of_its_former_id()
    {
        var framework = Renamed(declareFormer: true).Replace("steps: [Team, Multiple Teams, Company]", "steps: [Team, Multiple Teams]", StringComparison.Ordinal);

        var diagnostics = Run(framework);

        Assert.Equal(new[] { "CL0080", "CL0082" }, Ids(diagnostics));
        Assert.Contains("The steps of competency 'impact' differ from the baseline from step 3 on ([3 Company] shipped, [] now)",
            diagnostics.First(diagnostic => diagnostic.Id == "CL0080").GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_former_competency_id_that_is_also_current_is_CL0084()
    {
        var framework = Framework.Replace("    steps: [Team, Multiple Teams, Company]", "    renamed-from: [technology]\n    steps: [Team, Multiple Teams, Company]", StringComparison.Ordinal);

        var diagnostic = Assert.Single(Run(framework, baseline: false));

        Assert.Equal("CL0084", diagnostic.Id);
        Assert.Contains("'technology' was the id of competency 'influence' but is also the id of a current competency", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_previous_steps_list_is_an_error_not_an_acknowledgement()
    {
        var framework = Framework.Replace("    steps: [Team, Multiple Teams, Company]", "    steps: [Team, Multiple Teams]\n    previous-steps: []", StringComparison.Ordinal);

        Assert.Equal(new[] { "CL0004", "CL0080" }, Ids(Run(framework)));
    }

    private static string Renamed(bool declareFormer) =>
        Framework.Replace("  influence:\n", "  impact:\n" + (declareFormer ? "    renamed-from: [influence]\n" : string.Empty), StringComparison.Ordinal)
            .Replace("\r\n", "\n", StringComparison.Ordinal);

    private static IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Run(string framework, bool baseline = true)
    {
        var files = new List<(string Path, string Text)>
        {
            ("/ladders/framework.yaml", framework.Replace("\r\n", "\n", StringComparison.Ordinal)),
            ("/ladders/track.yaml", Track.Replace("influence:", framework.Contains("  impact:", StringComparison.Ordinal) ? "impact:" : "influence:", StringComparison.Ordinal)),
        };
        if (baseline)
        {
            files.Add(("/ladders/ladders.shipped.txt", Shipped));
        }

        return GeneratorHarness.Run(files, new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" }).GeneratorDiagnostics
            .OrderBy(diagnostic => diagnostic.Id, StringComparer.Ordinal).ToList();
    }

    private static string[] Ids(IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics) => diagnostics.Select(diagnostic => diagnostic.Id).ToArray();
}
