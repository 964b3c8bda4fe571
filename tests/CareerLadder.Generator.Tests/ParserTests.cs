using System.Linq;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Parsing;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>The parsing step on its own: YAML text in, model and diagnostics out, never an exception.</summary>
public sealed class ParserTests
{
    [Fact]
    public void Track_file_is_read_with_levels_expectations_and_sections()
    {
        var file = LadderParser.Parse(TrackPath, TrackYaml);

        Assert.Equal(LadderFileKind.Track, file.Kind);
        Assert.Empty(file.Diagnostics);
        var track = file.Track!;
        Assert.Equal(("backend", "Backend", "BE"), (track.Id.Value, track.Name, track.Abbreviation.Value));
        Assert.Equal(new[] { "BE1", "BE2" }, track.Levels.Select(level => level.Code.Value));
        var be2 = track.Levels[1];
        Assert.Equal(("technology", "Specializes", "knows things"), (be2.Expectations[0].Competency.Value, be2.Expectations[0].Step.Value, be2.Expectations[0].Text));
        Assert.Equal(("influence", "Multiple Teams", (string?)null), (be2.Expectations[1].Competency.Value, be2.Expectations[1].Step.Value, be2.Expectations[1].Text));
        Assert.Equal(SectionShape.Text, be2.Sections[0].Shape);
        Assert.Equal("3+", be2.Sections[0].Text);
        Assert.Equal(new[] { "Designs", "Reviews" }, be2.Sections[1].Items.Select(item => item.Text));
    }

    [Fact]
    public void Positions_are_zero_based_lines_and_columns_of_the_value()
    {
        var level = LadderParser.Parse(TrackPath, TrackYaml).Track!.Levels[1];

        Assert.Equal((12, 10, 12, 13), (level.Rank.Span.StartLine, level.Rank.Span.StartColumn, level.Code.Span.StartLine + 1, level.Code.Span.EndColumn));
        Assert.Equal(TrackYaml.IndexOf("BE2", System.StringComparison.Ordinal), level.Code.Span.Start);
    }

    [Fact]
    public void Framework_file_is_read_with_ranks_competencies_and_sections()
    {
        var framework = LadderParser.Parse(FrameworkPath, FrameworkYaml).Framework!;

        Assert.Equal(new[] { 1, 2, 3 }, framework.Ranks.Select(rank => rank.Value.Value));
        Assert.Equal(new[] { "Engineer", "Senior Engineer", null }, framework.Ranks.Select(rank => rank.PublicTitle));
        Assert.Equal(new[] { "Team", "Multiple Teams", "Company" }, framework.Competencies[1].Steps.Select(step => step.Name.Value));
        Assert.Equal(new[] { SectionShape.Text, SectionShape.List }, framework.Sections.Select(section => section.Kind));
    }

    [Theory]
    [InlineData("")]
    [InlineData("just text")]
    [InlineData("[1, 2, 3]")]
    [InlineData("name: not a ladder\nitems: [1]\n")]
    public void Yaml_that_is_not_a_ladder_is_ignored_without_diagnostics(string text)
    {
        var file = LadderParser.Parse("/other.yaml", text);

        Assert.Equal(LadderFileKind.NotALadder, file.Kind);
        Assert.Empty(file.Diagnostics);
    }

    [Fact]
    public void Syntax_error_keeps_everything_read_before_it()
    {
        var file = LadderParser.Parse(TrackPath, TrackYaml + "  - code: BE3\n    rank: [\n");

        Assert.Contains(file.Diagnostics, diagnostic => diagnostic.RuleId == "CL0001");
        Assert.Equal(new[] { "BE1", "BE2" }, file.Track!.Levels.Select(level => level.Code.Value));
    }

    [Theory]
    [InlineData("track: a\n\tname: tab\n")]
    [InlineData("track: [a\n")]
    [InlineData("track: a\nlevels:\n  - code: X\n   rank: 1\n")]
    [InlineData("track: 'unterminated\n")]
    [InlineData("track: a\n? [complex]\n: key\n")]
    [InlineData("track: a\n!!binary x: y\n")]
    [InlineData("%YAML 9.9\n---\ntrack: a\n")]
    [InlineData("track: a\nname: &x [*x]\n")]
    [InlineData("\uFEFFtrack: a\r\nname: b\r\n")]
    [InlineData("track: a\n---\ntrack: b\n")]
    public void Malformed_or_unusual_yaml_becomes_diagnostics_never_exceptions(string text)
    {
        var file = LadderParser.Parse(TrackPath, text);

        Assert.NotEmpty(file.Diagnostics);
        Assert.All(file.Diagnostics, diagnostic => Assert.Equal(TrackPath, diagnostic.Location.FilePath));
        Assert.DoesNotContain(file.Diagnostics, diagnostic => diagnostic.RuleId == "CL0020");
    }

    [Fact]
    public void Aliases_read_as_the_anchored_value_located_at_the_alias()
    {
        var file = LadderParser.Parse(TrackPath, "track: a\nname: &n A\nabbreviation: *n\nlevels: [{ code: A1, rank: 1, title: One }]\n");

        Assert.Empty(file.Diagnostics);
        Assert.Equal("A", file.Track!.Abbreviation.Value);
        Assert.Equal((2, 14), (file.Track.Abbreviation.Span.StartLine, file.Track.Abbreviation.Span.StartColumn));
    }

    [Fact]
    public void Duplicate_keys_point_at_the_second_and_name_the_first()
    {
        var file = LadderParser.Parse(TrackPath, "track: a\nname: A\nname: B\nabbreviation: A\nlevels: [{ code: A1, rank: 1, title: One }]\n");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("CL0005", diagnostic.RuleId);
        Assert.Equal(2, diagnostic.Location.Span.StartLine);
        Assert.Equal(1, Assert.Single(diagnostic.AdditionalLocations).Span.StartLine);
        Assert.Equal("A", LadderParser.Parse(TrackPath, "track: a\nname: A\nname: B\nabbreviation: A\nlevels: [{ code: A1, rank: 1, title: One }]\n").Track!.Name);
    }

    [Theory]
    [InlineData("track: Bad_Id\nname: x\nabbreviation: X\nlevels: [{ code: A1, rank: 1, title: One }]\n", "CL0006")]
    [InlineData("track: a\nname: x\nabbreviation: X\nlevels:\n  - code: 1A\n    rank: 1\n    title: t\n", "CL0006")]
    [InlineData("track: a\nname: x\nabbreviation: X\nlevel: []\n", "CL0002")]
    [InlineData("track: a\nname: x\nlevels: [{ code: A1, rank: 1, title: One }]\n", "CL0003")]
    [InlineData("track: a\nname: [x]\nabbreviation: X\nlevels: [{ code: A1, rank: 1, title: One }]\n", "CL0004")]
    [InlineData("track: a\nname: x\nabbreviation: X\nlevels: {}\n", "CL0004")]
    [InlineData("track: a\nname: x\nabbreviation: X\nlevels:\n  - code: A1\n    rank: 1\n    title: t\n    chart: { dark: d.png }\n", "CL0003")]
    [InlineData("track: a\nname: x\nabbreviation: X\nlevels:\n  - code: A1\n    rank: 1\n    title: t\n    expectations: { technology: { text: t } }\n", "CL0003")]
    [InlineData("track: a\nname: x\nabbreviation: X\nlevels:\n  - code: A1\n    rank: 1\n    title: t\n    sections: { duties: [ { link: x } ] }\n", "CL0003")]
    [InlineData("framework: f\nname: F\ncompetencies:\n  tech: { name: T, steps: [] }\n", "CL0004")]
    [InlineData("framework: f\nname: F\ncompetencies: {}\nsections:\n  s: { name: S, kind: table }\n", "CL0004")]
    [InlineData("framework: f\nname: F\ncompetencies: {}\nranks:\n  three: {}\n", "CL0004")]
    public void Schema_problems_are_reported_with_their_rule(string text, string ruleId)
    {
        var file = LadderParser.Parse("/ladders/x.yaml", text);

        Assert.Contains(file.Diagnostics, diagnostic => diagnostic.RuleId == ruleId);
    }
}
