using System;
using System.Collections.Generic;
using Xunit;

namespace CareerLadder.Tests;

public class CompetencyTests
{
    [Fact]
    public void Constructor_SetsValues()
    {
        var name = new LocalizedText("Technology");
        var description = new LocalizedText("How deep and broad the technical knowledge is.");
        var steps = Engineering.Steps("Adopts", "Specializes");

        var competency = new Competency("technology", 0, name, description, steps);

        Assert.Equal("technology", competency.Id);
        Assert.Equal(0, competency.Index);
        Assert.Same(name, competency.Name);
        Assert.Same(description, competency.Description);
        Assert.Equal(steps, competency.Steps);
    }

    [Fact]
    public void Constructor_BindsEveryStepToTheCompetency()
    {
        var steps = Engineering.Steps("Learns", "Supports", "Mentors");

        var competency = new Competency("people", 2, new LocalizedText("People"), null, steps);

        Assert.All(steps, step => Assert.Same(competency, step.Competency));
    }

    [Fact]
    public void Framework_StepsAreBoundToTheirOwnCompetency()
    {
        Assert.Equal(5, Engineering.Competencies.Count);
        for (var index = 0; index < Engineering.Competencies.Count; index++)
        {
            var competency = Engineering.Competencies[index];
            Assert.Equal(index, competency.Index);
            Assert.Equal(5, competency.Steps.Count);
            Assert.All(competency.Steps, step => Assert.Same(competency, step.Competency));
        }
    }

    public static TheoryData<int[]> InvalidStepValues => new()
    {
        new[] { 2 },
        new[] { 1, 3 },
        new[] { 1, 1 },
        new[] { 2, 1 },
        new[] { 1, 2, 4 },
    };

    [Theory]
    [MemberData(nameof(InvalidStepValues))]
    public void Constructor_StepValuesNotOneToN_Throws(int[] values)
    {
        var steps = Array.ConvertAll(values, value => new Step("Step" + value, new LocalizedText("Step " + value), value));

        Assert.Throws<ArgumentException>("steps", () => new Competency("broken", 0, new LocalizedText("Broken"), null, steps));
    }

    [Fact]
    public void Constructor_WithoutSteps_IsAllowed()
    {
        var competency = new Competency("empty", 0, new LocalizedText("Empty"), null);

        Assert.Empty(competency.Steps);
        Assert.Throws<ArgumentOutOfRangeException>("value", () => competency.GetStep(1));
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        var name = new LocalizedText("Technology");

        Assert.Throws<ArgumentNullException>("id", () => new Competency(null!, 0, name, null));
        Assert.Throws<ArgumentNullException>("name", () => new Competency("technology", 0, null!, null));
        Assert.Throws<ArgumentNullException>("steps", () => new Competency("technology", 0, name, null, (Step[])null!));
        Assert.Throws<ArgumentNullException>("formerIds", () => new Competency("technology", 0, name, null, (string[])null!, new Step("adopts", new LocalizedText("Adopts"), 1, null)));
    }

    [Fact]
    public void Steps_IsReadOnly()
    {
        var steps = (ICollection<Step>)Engineering.Technology.Steps;

        Assert.True(steps.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => steps.Clear());
    }

    [Theory]
    [InlineData(1, "Adopts")]
    [InlineData(2, "Specializes")]
    [InlineData(5, "Creates")]
    public void GetStep_ReturnsStepWithValue(int value, string expectedId)
    {
        var step = Engineering.Technology.GetStep(value);

        Assert.Equal(expectedId, step.Id);
        Assert.Equal(value, step.Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(6)]
    public void GetStep_OutOfRange_Throws(int value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>("value", () => Engineering.Technology.GetStep(value));
        Assert.Equal(value, exception.ActualValue);
    }

    [Theory]
    [InlineData("Multiple Teams")]
    [InlineData("multiple teams")]
    [InlineData("MULTIPLE TEAMS")]
    public void TryGetStep_IgnoresCase(string id)
    {
        Assert.True(Engineering.Influence.TryGetStep(id, out var step));
        Assert.Same(Engineering.Influence.GetStep(3), step);
    }

    [Theory]
    [InlineData("Multiple")]
    [InlineData("MultipleTeams")]
    [InlineData("Specializes")]
    [InlineData("")]
    public void TryGetStep_Unknown_ReturnsFalse(string id)
    {
        Assert.False(Engineering.Influence.TryGetStep(id, out var step));
        Assert.Null(step);
    }

    [Fact]
    public void ToString_ReturnsNameInCurrentUICulture()
    {
        using (new UICultureScope("ko-KR"))
        {
            Assert.Equal("기술", Engineering.Technology.ToString());
        }

        using (new UICultureScope("en-US"))
        {
            Assert.Equal("Technology", Engineering.Technology.ToString());
        }
    }
}
