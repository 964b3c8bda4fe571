using System;
using System.Collections.Generic;
using Xunit;

namespace CareerLadder.Tests;

public class StepTests
{
    [Fact]
    public void Constructor_SetsValues()
    {
        var description = new LocalizedText("Makes an impact on other teams.");
        var step = new Step("Multiple Teams", new LocalizedText("Multiple teams"), 3, description);

        Assert.Equal("Multiple Teams", step.Id);
        Assert.Equal("Multiple teams", step.Name.Text);
        Assert.Equal(3, step.Value);
        Assert.Same(description, step.Description);
    }

    [Fact]
    public void Constructor_DescriptionIsOptional()
    {
        Assert.Null(new Step("Adopts", new LocalizedText("Adopts"), 1).Description);
    }

    [Fact]
    public void Competency_IsUnsetUntilACompetencyTakesTheStep()
    {
        var step = new Step("Adopts", new LocalizedText("Adopts"), 1);
        Assert.Null(step.Competency);

        var competency = new Competency("technology", 0, new LocalizedText("Technology"), null, step);
        Assert.Same(competency, step.Competency);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Constructor_ValueBelowOne_Throws(int value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>("value", () => new Step("Adopts", new LocalizedText("Adopts"), value));
        Assert.Equal(value, exception.ActualValue);
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("id", () => new Step(null!, new LocalizedText("Adopts"), 1));
        Assert.Throws<ArgumentNullException>("name", () => new Step("Adopts", null!, 1));
    }

    [Fact]
    public void CompareTo_OrdersByValue()
    {
        var adopts = Engineering.Technology.GetStep(1);
        var masters = Engineering.Technology.GetStep(4);

        Assert.True(adopts.CompareTo(masters) < 0);
        Assert.True(masters.CompareTo(adopts) > 0);
        Assert.Equal(0, masters.CompareTo(masters));
        Assert.True(adopts.CompareTo(null) > 0);
    }

    [Fact]
    public void CompareTo_SortsStepsFromLowestToHighest()
    {
        var steps = new List<Step>(Engineering.Influence.Steps);
        steps.Reverse();

        steps.Sort();

        Assert.Equal(["Subsystem", "Team", "Multiple Teams", "Company", "Community"], steps.ConvertAll(step => step.Id));
    }

    [Fact]
    public void ToString_ReturnsNameInCurrentUICulture()
    {
        var step = new Step("Mentors", Engineering.Ko("Mentors", "멘토링"), 3);

        using (new UICultureScope("ko-KR"))
        {
            Assert.Equal("멘토링", step.ToString());
        }

        using (new UICultureScope("en-US"))
        {
            Assert.Equal("Mentors", step.ToString());
        }
    }
}
