using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CareerLadder.Generator.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// A flood of one rule is bounded: past CareerLadderMaxDiagnosticsPerRule (default 100) one CL0088 counts the rest and
/// says what probably causes them. The case: the repository's ladders checked against a baseline of other ladders.
/// </summary>
public sealed class DiagnosticFloodTests
{
    [Fact]
    public void A_baseline_of_60000_tracks_the_ladders_lack_reports_100_of_them_and_one_summary()
    {
        var outcome = GeneratorHarness.Run(LaddersWithForeignBaseline(60_000));

        var removed = outcome.GeneratorDiagnostics.Where(diagnostic => diagnostic.Id == "CL0076").ToList();
        var summary = Assert.Single(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CL0088");
        Assert.Equal(100, removed.Count);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, summary.Severity);
        Assert.StartsWith("59,900 more CL0076 diagnostics are not reported: only the first 100 of a rule are. So many differences from the baseline usually mean a baseline of other ladders", summary.GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith("raise the limit with the MSBuild property CareerLadderMaxDiagnosticsPerRule (0: no limit)", summary.GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith("ladders.shipped.txt", summary.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("0", 150, false)]
    [InlineData("150", 150, false)]
    [InlineData("10", 10, true)]
    public void The_limit_is_a_build_property(string limit, int reported, bool summarized)
    {
        var outcome = GeneratorHarness.Run(
            LaddersWithForeignBaseline(150),
            new Dictionary<string, string> { ["build_property.CareerLadderMaxDiagnosticsPerRule"] = limit });

        Assert.Equal(reported, outcome.GeneratorDiagnostics.Count(diagnostic => diagnostic.Id == "CL0076"));
        Assert.Equal(summarized, outcome.GeneratorDiagnostics.Any(diagnostic => diagnostic.Id == "CL0088"));
    }

    /// <summary>The repository's ladders with its baseline plus <paramref name="foreignTracks"/> tracks of other ladders.</summary>
    private static IEnumerable<(string Path, string Text)> LaddersWithForeignBaseline(int foreignTracks)
    {
        var ladders = Path.Combine(GeneratorHarness.RepositoryRoot, "ladders");
        var baseline = new StringBuilder(File.ReadAllText(Path.Combine(ladders, "ladders.shipped.txt")));
        for (var track = 0; track < foreignTracks; track++)
        {
            baseline.Append("track other-").Append(track).Append("\nlevel other-").Append(track).Append(" OT").Append(track).Append(" 3\n");
        }

        return GeneratorHarness.LoadDirectory(ladders).Append((Path.Combine(ladders, "ladders.shipped.txt"), baseline.ToString()));
    }
}
