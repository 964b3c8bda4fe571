using System;
using Xunit;

namespace CareerLadder.Tests;

/// <summary>
/// Invalid hand-built models are rejected at construction with a clear exception instead of misbehaving later.
/// Generated ladders never reach these cases (the generator validates and orders its input); hand-written tracks can.
/// </summary>
public class InvalidConstructionTests
{
    // Every other constructor null-checks its required reference arguments; Section(id, name, text) creates
    // a Text section whose Text is null instead.
    [Fact]
    public void Section_TextConstructor_NullText_Throws()
    {
        Assert.Throws<ArgumentNullException>("text", () => new Section("scope", new LocalizedText("Scope of action"), (LocalizedText)null!));
    }

    // InitializeLevels says "Call once", but the guard is _levels.Length > 0, so a first call with no levels
    // lets a second call through.
    [Fact]
    public void Track_InitializeLevels_AfterEmptyInitialization_Throws()
    {
        var track = new SandboxTrack();
        track.Initialize();

        Assert.Throws<InvalidOperationException>(() => track.Initialize(track.NewLevel("SB1", 1)));
    }

    // Passing one level twice gives it Index 1 and makes it its own Previous, so walking Previous never ends.
    [Fact]
    public void Track_InitializeLevels_SameLevelTwice_Throws()
    {
        var track = new SandboxTrack();
        var level = track.NewLevel("SB1", 1);

        Assert.Throws<ArgumentException>("levels", () => track.Initialize(level, level));
    }

    // Level.Expectations is documented as "in framework order" but keeps the order it was given.
    [Fact]
    public void Level_Expectations_GivenOutOfOrder_AreInFrameworkOrder()
    {
        var level = new SandboxTrack().NewLevel(
            "SB1",
            1,
            Engineering.Expect(Engineering.Influence, "Team"),
            Engineering.Expect(Engineering.System, "Owns"));

        Assert.Same(Engineering.System, level.Expectations[0].Competency);
        Assert.Same(Engineering.Influence, level.Expectations[1].Competency);
    }

    // An expectation on a step that no competency has taken yet fails with NullReferenceException
    // inside the Level constructor instead of an ArgumentException naming the problem.
    [Fact]
    public void Level_Constructor_ExpectationOnUnboundStep_ThrowsArgumentException()
    {
        var loose = new Expectation(new Step("Adopts", new LocalizedText("Adopts"), 1));

        Assert.Throws<ArgumentException>("expectations", () => new SandboxTrack().NewLevel("SB1", 1, loose));
    }

    // Competency accepts a negative index; a level expecting it then fails with IndexOutOfRangeException.
    [Fact]
    public void Competency_Constructor_NegativeIndex_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>("index", () => new Competency("technology", -1, new LocalizedText("Technology"), null, Engineering.Steps("Adopts")));
    }

    // A step handed to a second competency is silently rebound, so the first competency's steps
    // then report the second competency.
    [Fact]
    public void Competency_Constructor_StepOfAnotherCompetency_Throws()
    {
        var steps = Engineering.Steps("Adopts", "Specializes");
        _ = new Competency("technology", 0, new LocalizedText("Technology"), null, steps);

        Assert.Throws<ArgumentException>("steps", () => new Competency("system", 1, new LocalizedText("System"), null, steps));
    }
}
