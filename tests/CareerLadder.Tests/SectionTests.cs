using System;
using Xunit;

namespace CareerLadder.Tests;

public class SectionTests
{
    [Fact]
    public void TextConstructor_CreatesTextSection()
    {
        var name = new LocalizedText("Years of experience (guideline)");
        var text = new LocalizedText("5+");

        var section = new Section("years-of-experience", name, text);

        Assert.Equal("years-of-experience", section.Id);
        Assert.Same(name, section.Name);
        Assert.Equal(SectionKind.Text, section.Kind);
        Assert.Same(text, section.Text);
        Assert.Empty(section.Items);
    }

    [Fact]
    public void ListConstructor_CreatesListSection()
    {
        var first = new SectionItem(new LocalizedText("Drives cross-team initiatives"));
        var second = new SectionItem(new LocalizedText("Program charter"), "https://example.com/charter");

        var section = new Section("responsibilities", new LocalizedText("Responsibilities"), SectionKind.List, first, second);

        Assert.Equal(SectionKind.List, section.Kind);
        Assert.Null(section.Text);
        Assert.Equal([first, second], section.Items);
    }

    [Fact]
    public void ListConstructor_CreatesGroupsSection()
    {
        var strategy = new SectionItem(new LocalizedText("Strategy"), null, new SectionItem(new LocalizedText("Sets the program's direction")));
        var results = new SectionItem(new LocalizedText("Results"), null, new SectionItem(new LocalizedText("Delivers milestones")));

        var section = new Section("expected", new LocalizedText("Is expected to"), SectionKind.Groups, strategy, results);

        Assert.Equal(SectionKind.Groups, section.Kind);
        Assert.Null(section.Text);
        Assert.Equal(["Strategy", "Results"], [section.Items[0].Text.Text, section.Items[1].Text.Text]);
        Assert.Equal("Delivers milestones", Assert.Single(section.Items[1].Items).Text.Text);
    }

    [Fact]
    public void ListConstructor_WithoutItems_IsEmpty()
    {
        Assert.Empty(new Section("checkpoints", new LocalizedText("Checkpoints"), SectionKind.List).Items);
        Assert.Empty(new Section("checkpoints", new LocalizedText("Checkpoints"), SectionKind.List, (SectionItem[])null!).Items);
    }

    [Fact]
    public void ListConstructor_TextKind_Throws()
    {
        Assert.Throws<ArgumentException>(
            "kind",
            () => new Section("scope", new LocalizedText("Scope of action"), SectionKind.Text, new SectionItem(new LocalizedText("Team"))));
    }

    [Fact]
    public void Constructors_NullIdOrName_Throw()
    {
        var name = new LocalizedText("Scope of action");
        var text = new LocalizedText("Team");

        Assert.Throws<ArgumentNullException>("id", () => new Section(null!, name, text));
        Assert.Throws<ArgumentNullException>("name", () => new Section("scope", null!, text));
        Assert.Throws<ArgumentNullException>("id", () => new Section(null!, name, SectionKind.List));
        Assert.Throws<ArgumentNullException>("name", () => new Section("scope", null!, SectionKind.List));
    }

    [Fact]
    public void Level_SectionsKeepTheirShape()
    {
        var level = Ladder.Tpm.TPM3;

        Assert.True(level.TryGetSection("years-of-experience", out var years));
        Assert.Equal(SectionKind.Text, years.Kind);
        Assert.Equal("5+", years.Text?.Text);

        Assert.True(level.TryGetSection("expected", out var expected));
        Assert.Equal(SectionKind.Groups, expected.Kind);
        Assert.Equal(2, expected.Items.Count);
    }

    [Fact]
    public void ToString_ReturnsNameInCurrentUICulture()
    {
        var section = new Section("scope", Engineering.Ko("Scope of action", "업무 범위"), new LocalizedText("Team"));

        using (new UICultureScope("ko-KR"))
        {
            Assert.Equal("업무 범위", section.ToString());
        }

        using (new UICultureScope("en-US"))
        {
            Assert.Equal("Scope of action", section.ToString());
        }
    }
}
