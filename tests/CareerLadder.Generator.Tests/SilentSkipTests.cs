using System.Linq;
using CareerLadder.Authoring.Parsing;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>Input that used to be skipped without a word: oversize or broken ladder files the kind check did not recognise, and YAML tags.</summary>
public sealed class SilentSkipTests
{
    private static readonly LadderLimits SmallFiles = LadderLimits.Default with { MaxFileLength = 2_000 };

    [Theory]
    [InlineData("\"track\": backend\n")]
    [InlineData("'track' : backend\n")]
    [InlineData("  track: backend\n")]
    [InlineData("{ track: backend,\n")]
    [InlineData("framework: engineering\n")]
    [InlineData("overlay: backend\n")]
    public void An_oversize_file_with_a_kind_key_written_any_way_is_CL0042(string head)
    {
        var file = LadderParser.Parse(TrackPath, head + "name: " + new string('x', 3_000) + "\n", SmallFiles);

        Assert.Equal("CL0042", Assert.Single(file.Diagnostics).RuleId);
    }

    [Fact]
    public void An_oversize_file_whose_kind_key_follows_a_64_KB_comment_is_CL0042()
    {
        var text = "# " + new string('c', 70_000) + "\ntrack: backend\n";

        var file = LadderParser.Parse(TrackPath, text, LadderLimits.Default with { MaxFileLength = 65_536 });

        Assert.Equal("CL0042", Assert.Single(file.Diagnostics).RuleId);
    }

    [Theory]
    [InlineData("name: " + "just data")]
    [InlineData("items:\n  - track: not a kind key at the root\n")]
    [InlineData("# track: in a comment\nname: data\n")]
    [InlineData("tracks: [a, b]\n")]
    public void An_oversize_file_that_cannot_be_a_ladder_is_not_reported(string head)
    {
        var file = LadderParser.Parse(TrackPath, head + "\nnote: " + new string('x', 3_000) + "\n", SmallFiles);

        Assert.Empty(file.Diagnostics);
    }

    [Theory]
    [InlineData("\"track\": [backend\nname: Backend\n")]
    [InlineData("\"track\": \"backend\nname: Backend\n")]
    [InlineData("\"track\": backend: x\nname: Backend\n")]
    [InlineData("\"track\": backend\n name: Backend\n")]
    [InlineData("\"track\":\tbackend\n\tname: Backend\n")]
    [InlineData("\"track\": @backend\nname: Backend\n")]
    public void A_syntax_error_on_line_1_of_a_file_with_a_quoted_kind_key_is_CL0001(string text)
    {
        var file = LadderParser.Parse(TrackPath, text);

        Assert.Contains(file.Diagnostics, diagnostic => diagnostic.RuleId == "CL0001");
    }

    [Theory]
    [InlineData("    title: !!null\n", "!!null")]
    [InlineData("    title: !!str Backend 1\n", "!!str")]
    [InlineData("    title: !custom Backend 1\n", "!custom")]
    public void A_YAML_tag_is_CL0007_naming_the_tag(string title, string tag)
    {
        var file = LadderParser.Parse(TrackPath, TrackYaml.Replace("    title: Backend 1\n", title));

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("CL0007", diagnostic.RuleId);
        Assert.Equal(6, diagnostic.Location.Span.StartLine);
        Assert.Contains("(" + tag + ")", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_tag_on_a_list_is_CL0007_and_the_list_is_still_read()
    {
        var file = LadderParser.Parse(TrackPath, TrackYaml.Replace("      duties: [Designs, Reviews]\n", "      duties: !!seq [Designs, Reviews]\n"));

        Assert.Equal("CL0007", Assert.Single(file.Diagnostics).RuleId);
        Assert.Equal(2, file.Track!.Levels[1].Sections.Single(section => section.Section.Value == "duties").Items.Count);
    }
}
