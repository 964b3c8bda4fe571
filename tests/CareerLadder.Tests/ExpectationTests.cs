using System;
using Xunit;

namespace CareerLadder.Tests;

public class ExpectationTests
{
    [Fact]
    public void Constructor_SetsStepAndText()
    {
        var step = Engineering.Technology.GetStep(2);
        var text = new LocalizedText("is the go-to person for one or more technologies");

        var expectation = new Expectation(step, text);

        Assert.Same(step, expectation.Step);
        Assert.Same(text, expectation.Text);
    }

    [Fact]
    public void Competency_IsTheStepsCompetency()
    {
        var expectation = new Expectation(Engineering.Process.GetStep(4));

        Assert.Same(Engineering.Process, expectation.Competency);
    }

    [Fact]
    public void Text_IsOptional()
    {
        Assert.Null(new Expectation(Engineering.People.GetStep(1)).Text);
    }

    [Fact]
    public void Constructor_NullStep_Throws()
    {
        Assert.Throws<ArgumentNullException>("step", () => new Expectation(null!));
    }

    [Fact]
    public void ToString_ReturnsCompetencyAndStep()
    {
        using (new UICultureScope("en-US"))
        {
            Assert.Equal("Influence: Multiple Teams", new Expectation(Engineering.Influence.GetStep(3)).ToString());
        }

        using (new UICultureScope("ko-KR"))
        {
            Assert.Equal("영향력: Multiple Teams", new Expectation(Engineering.Influence.GetStep(3)).ToString());
        }
    }
}
