using System.Linq;
using CareerLadder.Authoring.Parsing;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// Anchors, aliases and merge keys mean what YAML says they mean: an alias stands for a copy of its anchored node, a
/// merge key (<c>&lt;&lt;</c>) adds the entries the mapping does not write itself. Problems in expanded content are
/// reported at the alias, and the expansion is bounded so that an alias bomb stays one clear error.
/// </summary>
public sealed class YamlAliasTests
{
    private const string Levels =
        "levels:\n" +
        "  - code: BE1\n" +
        "    rank: 1\n" +
        "    title: Backend 1\n" +
        "    expectations:\n" +
        "      technology: &adopts { step: Adopts, text: Uses the team's tools }\n" +
        "      influence: &team Team\n" +
        "  - code: BE2\n" +
        "    rank: 2\n" +
        "    title: Backend 2\n" +
        "    expectations:\n" +
        "      technology: *adopts\n" +
        "      influence: *team\n";

    [Fact]
    public void Every_alias_of_a_file_is_expanded_not_only_the_first()
    {
        var file = LadderParser.Parse(TrackPath, "track: backend\nname: &name Backend\nabbreviation: BE\nsummary: *name\n" + Levels);

        Assert.Empty(file.Diagnostics);
        Assert.Equal("Backend", file.Track!.Summary);
        var second = file.Track.Levels[1];
        Assert.Equal(new[] { ("technology", "Adopts", "Uses the team's tools"), ("influence", "Team", (string?)null) },
            second.Expectations.Select(expectation => (expectation.Competency.Value, expectation.Step.Value, expectation.Text)));
    }

    [Fact]
    public void Problems_in_expanded_content_are_reported_at_the_alias()
    {
        var text = "track: backend\nname: Backend\nabbreviation: BE\n" +
            "levels:\n" +
            "  - &first { code: BE1, rank: 1, title: Backend 1, colour: red }\n" +
            "  - *first\n";

        var file = LadderParser.Parse(TrackPath, text);

        var unknown = file.Diagnostics.Where(diagnostic => diagnostic.RuleId == "CL0002").Select(diagnostic => diagnostic.Location.Span.StartLine).ToArray();
        Assert.Equal(new[] { 4, 5 }, unknown);
        Assert.Equal(4, file.Diagnostics.Single(diagnostic => diagnostic.RuleId == "CL0002" && diagnostic.Location.Span.StartLine == 5).Location.Span.StartColumn);
    }

    [Fact]
    public void Merge_keys_add_the_entries_the_mapping_does_not_write_and_explicit_keys_win()
    {
        var text = "track: backend\nname: Backend\nabbreviation: BE\n" +
            "levels:\n" +
            "  - &base\n" +
            "    code: BE1\n" +
            "    rank: 1\n" +
            "    title: Backend 1\n" +
            "    summary: Learns the stack\n" +
            "  - <<: *base\n" +
            "    code: BE2\n" +
            "    rank: 2\n" +
            "    title: Backend 2\n" +
            "  - { <<: [{ summary: From the first }, *base], code: BE3, rank: 3, title: Backend 3 }\n";

        var file = LadderParser.Parse(TrackPath, text);

        Assert.Empty(file.Diagnostics);
        Assert.Equal(new[] { ("BE1", 1, "Learns the stack"), ("BE2", 2, "Learns the stack"), ("BE3", 3, "From the first") },
            file.Track!.Levels.Select(level => (level.Code.Value, level.Rank.Value, level.Summary!)));
    }

    [Theory]
    [InlineData("  - { <<: Just text, code: BE1, rank: 1, title: Backend 1 }\n", 4, 10)]
    [InlineData("  - { <<: [[a]], code: BE1, rank: 1, title: Backend 1 }\n", 4, 11)]
    public void A_merge_key_that_is_not_a_mapping_is_one_CL0007_at_its_value(string level, int line, int column)
    {
        var file = LadderParser.Parse(TrackPath, "track: backend\nname: Backend\nabbreviation: BE\nlevels:\n" + level);

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("CL0007", diagnostic.RuleId);
        Assert.Equal((line, column), (diagnostic.Location.Span.StartLine, diagnostic.Location.Span.StartColumn));
        Assert.Contains("<<", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("links: &n [*n]\n", 3, 11)]
    [InlineData("links: *nowhere\n", 3, 7)]
    public void An_alias_without_an_anchor_before_it_is_one_CL0007_at_the_alias(string links, int line, int column)
    {
        var file = LadderParser.Parse(TrackPath, "track: backend\nname: Backend\nabbreviation: BE\n" + links + "levels: [{ code: BE1, rank: 1, title: Backend 1 }]\n");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("CL0007", diagnostic.RuleId);
        Assert.Equal((line, column), (diagnostic.Location.Span.StartLine, diagnostic.Location.Span.StartColumn));
    }

    [Fact]
    public void Aliases_nested_beyond_the_depth_limit_stop_at_the_alias()
    {
        var text = "track: backend\nname: Backend\nabbreviation: BE\nsummary: [&a [[[[x]]]]]\nlinks: [[[[*a]]]]\nlevels: [{ code: BE1, rank: 1, title: Backend 1 }]\n";

        var file = LadderParser.Parse(TrackPath, text, LadderLimits.Default with { MaxDepth = 6 });

        var diagnostic = Assert.Single(file.Diagnostics, candidate => candidate.RuleId == "CL0042");
        Assert.Equal((4, 11), (diagnostic.Location.Span.StartLine, diagnostic.Location.Span.StartColumn));
    }

    [Fact]
    public void An_anchor_on_a_value_inside_a_flow_mapping_with_more_entries_after_it_is_read()
    {
        var text = "track: backend\nname: Backend\nabbreviation: BE\n" +
            "levels: [{ code: BE1, rank: &one 1, title: &title Backend, summary: *title }, { code: BE2, rank: 2, title: Backend 2, summary: *title }]\n";

        var file = LadderParser.Parse(TrackPath, text);

        Assert.Empty(file.Diagnostics);
        Assert.Equal(new[] { ("BE1", 1, "Backend"), ("BE2", 2, "Backend") }, file.Track!.Levels.Select(level => (level.Code.Value, level.Rank.Value, level.Summary!)));
    }
}
