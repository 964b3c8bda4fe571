using System;
using Xunit;

namespace CareerLadder.Tests;

public class SectionItemTests
{
    [Fact]
    public void Constructor_SetsTextAndLink()
    {
        var text = new LocalizedText("Program charter");

        var item = new SectionItem(text, "https://example.com/charter");

        Assert.Same(text, item.Text);
        Assert.Equal("https://example.com/charter", item.Link);
        Assert.Empty(item.Items);
    }

    [Fact]
    public void Constructor_LinkAndItemsAreOptional()
    {
        var item = new SectionItem(new LocalizedText("Tracks risks"));

        Assert.Null(item.Link);
        Assert.Empty(item.Items);
    }

    [Fact]
    public void Items_NestSeveralLevelsDeep()
    {
        var leaf = new SectionItem(new LocalizedText("Keeps the risk register current"));
        var child = new SectionItem(new LocalizedText("Tracks risks"), null, leaf);
        var sibling = new SectionItem(new LocalizedText("Writes the program plan"));
        var root = new SectionItem(new LocalizedText("Drives cross-team initiatives"), null, sibling, child);

        Assert.Equal([sibling, child], root.Items);
        Assert.Same(leaf, Assert.Single(root.Items[1].Items));
        Assert.Empty(leaf.Items);
    }

    [Fact]
    public void Level_ListSectionKeepsNestedItems()
    {
        Assert.True(Ladder.Tpm.TPM3.TryGetSection("responsibilities", out var section));

        var first = section.Items[0];
        Assert.Null(first.Link);
        Assert.Equal(["Writes the program plan", "Tracks risks and dependencies"], [first.Items[0].Text.Text, first.Items[1].Text.Text]);
        Assert.Equal("https://example.com/charter", section.Items[1].Link);
    }

    [Fact]
    public void Constructor_NullItems_IsEmpty()
    {
        Assert.Empty(new SectionItem(new LocalizedText("Tracks risks"), null, (SectionItem[])null!).Items);
    }

    [Fact]
    public void Constructor_NullText_Throws()
    {
        Assert.Throws<ArgumentNullException>("text", () => new SectionItem(null!));
    }

    [Fact]
    public void ToString_ReturnsTextInCurrentUICulture()
    {
        var item = new SectionItem(Engineering.Ko("Tracks risks", "위험을 추적한다"));

        using (new UICultureScope("ko-KR"))
        {
            Assert.Equal("위험을 추적한다", item.ToString());
        }

        using (new UICultureScope("en-US"))
        {
            Assert.Equal("Tracks risks", item.ToString());
        }
    }
}
