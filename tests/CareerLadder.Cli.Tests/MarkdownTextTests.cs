using CareerLadder.Cli.Importing.Markdown;
using CareerLadder.Cli.Rendering;
using Markdig.Syntax;
using Xunit;

namespace CareerLadder.Cli.Tests;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("plain text")]
    [InlineData("*not emphasis* and _not either_")]
    [InlineData("a [bracket] and a <tag> and `code`")]
    [InlineData("# not a heading")]
    [InlineData("- not a list")]
    [InlineData("1. not ordered")]
    [InlineData("back\\slash & &amp; entity")]
    [InlineData("pipes | in | tables")]
    [InlineData("Mariana Tek’s members")]
    public void Escaped_text_reads_back_unchanged(string text)
    {
        var source = MarkdownSource.Parse("x.md", MarkdownText.Block(text) + "\n");

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(source.Document));

        Assert.Equal(text, InlineText.Plain(paragraph.Inline));
    }

    [Theory]
    [InlineData("PE5 - Product Engineer 5", "pe5---product-engineer-5")]
    [InlineData("TPM3", "tpm3")]
    [InlineData("EM6 - Director, Engineering", "em6---director-engineering")]
    public void Anchors_follow_github(string heading, string anchor) => Assert.Equal(anchor, CareerLadder.Cli.Common.Anchors.Slug(heading));
}
