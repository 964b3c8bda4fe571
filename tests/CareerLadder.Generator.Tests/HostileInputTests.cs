using System.Linq;
using System.Text;
using CareerLadder.Authoring.Parsing;
using Xunit;
using Xunit.Abstractions;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// Hostile or accidental input yields a diagnostic instead of stalling or crashing the build. Time and memory are
/// measured by the benchmarks, not asserted here.
/// </summary>
public sealed class HostileInputTests
{
    private readonly ITestOutputHelper _output;

    public HostileInputTests(ITestOutputHelper output) => _output = output;

    /// <summary>Parses and reports time and allocation for the README's table; nothing is asserted on them.</summary>
    private CareerLadder.Authoring.Model.ParsedLadderFile Measure(string name, string text, LadderLimits? limits = null)
    {
        var before = System.GC.GetAllocatedBytesForCurrentThread();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var file = LadderParser.Parse(TrackPath, text, limits ?? LadderLimits.Default);
        watch.Stop();
        var allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;
        _output.WriteLine($"{name}: {watch.Elapsed.TotalMilliseconds:F1} ms, {allocated / 1024.0 / 1024.0:F1} MB allocated, {string.Join(",", file.Diagnostics.Select(d => d.RuleId).Distinct())}");
        return file;
    }

    [Fact]
    public void Alias_bomb_stops_with_one_diagnostic_at_the_alias_that_crosses_the_file_length_limit()
    {
        var bomb = new StringBuilder("track: bomb\nname: Bomb\nabbreviation: BO\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append(level).Append(": &").Append(level).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        bomb.Append("levels: [{ code: A1, rank: 1, title: One }]\n");
        var file = Measure("alias bomb", bomb.ToString());

        // Aliases are expanded as if written out, so the bomb crosses the file length limit at level 'f' (9^5 'lol's).
        var limit = Assert.Single(file.Diagnostics, diagnostic => diagnostic.RuleId == "CL0042");
        Assert.Equal(8, limit.Location.Span.StartLine);
        Assert.Contains("aliases written out", limit.Message, System.StringComparison.Ordinal);
        Assert.Contains("CareerLadderMaxFileLength", limit.Message, System.StringComparison.Ordinal);
        Assert.All(file.Diagnostics, diagnostic => Assert.Contains(diagnostic.RuleId, new[] { "CL0042", "CL0002" }));
    }

    [Fact]
    public void Ten_megabyte_file_is_CL0042_without_being_parsed()
    {
        var huge = "track: huge\nname: Huge\nabbreviation: HU\nsummary: " + new string('x', 10 * 1024 * 1024) + "\nlevels: [{ code: A1, rank: 1, title: One }]\n";

        var file = Measure("10 MB file", huge);

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("CL0042", diagnostic.RuleId);
        Assert.Contains("CareerLadderMaxFileLength", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Large_yaml_that_is_not_a_ladder_is_ignored_silently()
    {
        var file = LadderParser.Parse("/config/big.yaml", "settings:\n  blob: " + new string('x', 2 * 1024 * 1024) + "\n");

        Assert.Empty(file.Diagnostics);
    }

    [Fact]
    public void Ten_thousand_levels_of_nesting_stop_at_the_depth_limit()
    {
        var deep = "track: deep\nname: Deep\nabbreviation: DE\nsummary: " + new string('[', 10_000) + new string(']', 10_000) + "\nlevels: [{ code: A1, rank: 1, title: One }]\n";

        var file = Measure("10,000 nested lists", deep);

        var diagnostic = Assert.Single(file.Diagnostics, candidate => candidate.RuleId == "CL0042");
        Assert.Equal(3, diagnostic.Location.Span.StartLine);
        Assert.Contains("CareerLadderMaxDepth", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Hundred_thousand_levels_exceed_the_default_file_length()
    {
        var levels = new StringBuilder("track: many\nname: Many\nabbreviation: MA\nlevels:\n");
        for (var i = 0; i < 100_000; i++)
        {
            levels.Append("  - { code: MA").Append(i).Append(", rank: 1, title: t }\n");
        }

        var file = Measure("100,000 levels", levels.ToString());

        Assert.Equal("CL0042", Assert.Single(file.Diagnostics).RuleId);
    }

    [Fact]
    public void Limits_can_be_raised()
    {
        var deep = "track: deep\nname: Deep\nabbreviation: DE\nlevels: [{ code: A1, rank: 1, title: One }]\nsummary: " + new string('[', 40) + new string(']', 40) + "\n";

        Assert.Contains(LadderParser.Parse(TrackPath, deep).Diagnostics, diagnostic => diagnostic.RuleId == "CL0042");
        Assert.DoesNotContain(LadderParser.Parse(TrackPath, deep, LadderLimits.From(null, "64")).Diagnostics, diagnostic => diagnostic.RuleId == "CL0042");
        Assert.Equal(LadderLimits.Default, LadderLimits.From("not a number", "-3"));
    }

    [Fact]
    public void Very_long_scalar_within_the_limit_is_read_exactly()
    {
        var text = new string('é', 500_000);

        var file = Measure("500,000-character scalar", "track: long\nname: Long\nabbreviation: LO\nsummary: " + text + "\nlevels: [{ code: A1, rank: 1, title: One }]\n");

        Assert.Empty(file.Diagnostics);
        Assert.Equal(text, file.Track!.Summary);
    }
}
