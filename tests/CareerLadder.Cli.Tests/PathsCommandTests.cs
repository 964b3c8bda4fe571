using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CareerLadder.Cli.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Cli.Tests;

public sealed class PathsCommandTests
{
    [Fact]
    public void Mermaid_graph_has_a_subgraph_per_track_next_levels_and_dashed_transitions()
    {
        var result = CliRunner.Run(Repository.Root, "paths", "ladders");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("flowchart LR\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("  subgraph technical-program-manager[\"Technical Program Manager\"]\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("    TPM5[\"TPM5 - Technical Program Manager 5\"]\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("  TPM5 --> TPM6\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("  TPM5 -.-> PM5\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("  TPM6 -.-> PM6\n", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("TPM6 --> ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_graph_places_levels_by_rank_and_draws_every_move()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(Repository.Root, "paths", "ladders", "--format", "svg", "-o", temp.Combine("paths.svg"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var svg = XDocument.Load(temp.Combine("paths.svg"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var nodes = svg.Descendants(ns + "g").Where(g => (string?)g.Attribute("class") == "node").ToList();
        Assert.Equal(11, nodes.Count);
        double X(string code) => (double)nodes.Single(node => (string?)node.Attribute("data-level") == code).Element(ns + "rect")!.Attribute("x")!;
        Assert.True(X("TPM3") < X("TPM4") && X("TPM5") == X("PM5") && X("PM6") == X("EM6"), "columns follow ranks");
        var lines = svg.Descendants(ns + "polyline").ToList();
        Assert.Equal(7, lines.Count(line => (string?)line.Attribute("class") == "edge next"));
        Assert.Equal(new[] { "PM5>EM6", "QD6>PM6", "TPM5>PM5", "TPM6>PM6" },
            lines.Where(line => (string?)line.Attribute("class") == "edge move").Select(line => $"{line.Attribute("data-from")!.Value}>{line.Attribute("data-to")!.Value}").OrderBy(edge => edge, StringComparer.Ordinal));
    }

    [Fact]
    public void Ladders_with_errors_write_nothing_and_fail()
    {
        using var temp = new TempDirectory();
        Repository.CopyDirectory(Path.Combine(Repository.RuleFixtures, "CL0043"), temp.Combine("ladders"));
        File.Copy(Path.Combine(Repository.RuleFixtures, "framework.yaml"), temp.Combine("ladders", "framework.yaml"));

        var result = CliRunner.Run(temp.Path, "paths", "ladders", "-o", "paths.md");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("CL0043", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("paths.md")));
    }
}
