using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Authoring.Yaml;
using CareerLadder.Cli.Importing;
using CareerLadder.Cli.Importing.Yaml;
using Xunit;

namespace CareerLadder.Cli.Tests;

public sealed class YamlWriterTests
{
    public static TheoryData<string> TrickyTexts() => new()
    {
        "plain text", "Collaborate with leadership to:", "key: value", "a # not a comment", "*starts with a star", "- dash", "'quoted'",
        "\"double\"", "back\\slash", "true", "10", "10+", "3.5", "null", "~", "line\nbreak", "tab\there", "여러 팀이 참여하는 과제", "Mariana Tek’s", " padded ",
        "[bracket", "{brace", "@at", "%percent", "`tick", "!bang", "&amp", "|pipe", ">gt", "?question", "ends with colon:",
    };

    [Theory]
    [MemberData(nameof(TrickyTexts))]
    public void Every_text_reads_back_unchanged(string text)
    {
        var track = new ImportedTrack { Id = "t", Name = text, Abbreviation = "T", Summary = text };
        var level = new ImportedLevel { Code = "T1", Rank = 1, Title = text, PublicTitle = text };
        level.Expectations.Add(new ImportedExpectation("technology", "Adopts", text));
        level.Sections.Add(new ImportedSection("duties", SectionShape.List, null, new List<ImportedItem> { new(text, null, new List<ImportedItem>()), new(text, "https://example.com/" + "x", new List<ImportedItem> { new(text, null, new List<ImportedItem>()) }) }));
        level.Sections.Add(new ImportedSection("groups", SectionShape.Groups, null, new List<ImportedItem> { new(text, null, new List<ImportedItem> { new(text, null, new List<ImportedItem>()) }) }));
        track.Levels.Add(level);

        var yaml = YamlLadderWriter.Track(track, new[] { "header" });
        var parsed = LadderParser.Parse("t.yaml", yaml);

        Assert.Empty(parsed.Diagnostics);
        var read = parsed.Track!;
        Assert.Equal(text, read.Name);
        Assert.Equal(text, read.Summary);
        var readLevel = Assert.Single(read.Levels);
        Assert.Equal(text, readLevel.Title.Value);
        Assert.Equal(text, readLevel.PublicTitle!.Value.Value);
        Assert.Equal(text, readLevel.Expectations.Single().Text);
        var items = readLevel.Sections[0].Items;
        Assert.Equal(new[] { text, text }, items.Select(item => item.Text));
        Assert.Equal(text, items[1].Items.Single().Text);
        Assert.Equal(text, readLevel.Sections[1].Items.Single().Text);
        Assert.Equal(text, readLevel.Sections[1].Items.Single().Items.Single().Text);
    }

    [Theory]
    [InlineData("plain", false)]
    [InlineData("Collaborate with engineering and cross-discipline leadership to:", true)]
    [InlineData("10+", false)]
    [InlineData("10", true)]
    [InlineData("TPM's role", false)]
    public void Quotes_only_when_needed(string text, bool quoted) => Assert.Equal(quoted, YamlScalar.NeedsQuotes(text));
}
