using System;
using System.IO;
using System.Linq;
using System.Text;
using CareerLadder.Cli.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Cli.Tests;

/// <summary>
/// validate reports at most 100 diagnostics of one rule (--max-per-rule), then one CL0088 that counts the rest and names
/// the likely cause: here a baseline of other ladders, 60,000 tracks these ladders do not have.
/// </summary>
public sealed class DiagnosticFloodTests
{
    [Fact]
    public void A_baseline_of_60000_foreign_tracks_gives_100_errors_and_one_summary()
    {
        using var temp = LaddersWithForeignBaseline(60_000);

        var result = CliRunner.Run(temp.Path, "validate", "ladders");

        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(100, lines.Count(line => line.Contains(" error CL0076: ", StringComparison.Ordinal)));
        var summary = Assert.Single(lines, line => line.Contains("CL0088", StringComparison.Ordinal));
        Assert.StartsWith("ladders/ladders.shipped.txt(", summary, StringComparison.Ordinal);
        Assert.Contains("info CL0088: 59,900 more CL0076 diagnostics are not reported: only the first 100 of a rule are. So many differences from the baseline usually mean a baseline of other ladders", summary, StringComparison.Ordinal);
        Assert.EndsWith("raise the limit with --max-per-rule (0: no limit)", summary, StringComparison.Ordinal);
        Assert.Equal("6 ladder files: 100 errors, 0 warnings, 2 info.", lines.Last());
    }

    [Theory]
    [InlineData("0", 150, false)]
    [InlineData("10", 10, true)]
    public void The_limit_is_an_option(string limit, int reported, bool summarized)
    {
        using var temp = LaddersWithForeignBaseline(150);

        var result = CliRunner.Run(temp.Path, "validate", "ladders", "--format", "json", "--max-per-rule", limit);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(reported, result.Out.Split("\"id\": \"CL0076\"").Length - 1);
        Assert.Equal(summarized, result.Out.Contains("\"id\": \"CL0088\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_negative_limit_is_a_usage_error()
    {
        var result = CliRunner.Run(Repository.Root, "validate", "ladders", "--max-per-rule", "-1");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("careerladder: error: --max-per-rule must be 0 (no limit) or more", result.Err, StringComparison.Ordinal);
    }

    private static TempDirectory LaddersWithForeignBaseline(int foreignTracks)
    {
        var temp = new TempDirectory();
        Repository.CopyDirectory(Repository.Ladders, temp.Combine("ladders"));
        var baseline = new StringBuilder(File.ReadAllText(temp.Combine("ladders", "ladders.shipped.txt")));
        for (var track = 0; track < foreignTracks; track++)
        {
            baseline.Append("track other-").Append(track).Append("\nlevel other-").Append(track).Append(" OT").Append(track).Append(" 3\n");
        }

        File.WriteAllText(temp.Combine("ladders", "ladders.shipped.txt"), baseline.ToString());
        return temp;
    }
}
