using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CareerLadder.Tests;

public class LevelTests
{
    private static readonly TechnicalProgramManagerTrack Tpm = Ladder.Tpm;
    private static readonly EngineeringManagerTrack Em = Ladder.Em;

    [Fact]
    public void Constructor_SetsValues()
    {
        var level = Tpm.TPM3;

        Assert.Same(Tpm, level.Track);
        Assert.Equal("TPM3", level.Code);
        Assert.Equal(3, level.Rank);
        Assert.Equal("Technical Program Manager 3", level.Title.Text);
        Assert.Equal("Senior", level.Seniority);
        Assert.Equal("Senior Engineer", level.PublicTitle?.Text);
        Assert.Equal("Coordinates initiatives that span multiple teams.", level.Summary?.Text);
        Assert.Equal("/charts/tpm-3.png", level.Chart?.Source);
        Assert.Equal(["technology", "system", "people", "process", "influence"], level.Expectations.Select(expectation => expectation.Competency.Id));
        Assert.Equal(["years-of-experience", "responsibilities", "expected"], level.Sections.Select(section => section.Id));
    }

    [Fact]
    public void Constructor_OptionalValuesDefaultToNullOrEmpty()
    {
        var level = new Level(new SandboxTrack(), "SB1", 1, new LocalizedText("Sandbox 1"));

        Assert.Null(level.Seniority);
        Assert.Null(level.PublicTitle);
        Assert.Null(level.Summary);
        Assert.Null(level.Chart);
        Assert.Empty(level.Expectations);
        Assert.Empty(level.Sections);
        Assert.Null(level.GetExpectation(Engineering.Technology));
        Assert.Null(level.GetExpectationAt(0));
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        var track = new SandboxTrack();
        var title = new LocalizedText("Sandbox 1");

        Assert.Throws<ArgumentNullException>("track", () => new Level(null!, "SB1", 1, title));
        Assert.Throws<ArgumentNullException>("code", () => new Level(track, null!, 1, title));
        Assert.Throws<ArgumentNullException>("title", () => new Level(track, "SB1", 1, null!));
    }

    [Fact]
    public void Constructor_TwoExpectationsForOneCompetency_Throws()
    {
        var track = new SandboxTrack();

        var exception = Assert.Throws<ArgumentException>("expectations", () => track.NewLevel(
            "SB1",
            1,
            Engineering.Expect(Engineering.Technology, "Adopts"),
            Engineering.Expect(Engineering.People, "Learns"),
            Engineering.Expect(Engineering.Technology, "Masters")));
        Assert.Contains("technology", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_FollowsTrackOrder()
    {
        Assert.Equal(0, Tpm.TPM3.Index);
        Assert.Equal(1, Tpm.TPM4.Index);
        Assert.Equal(2, Tpm.TPM5.Index);
        Assert.Equal(3, Tpm.TPM6.Index);
    }

    [Fact]
    public void NextAndPrevious_LinkNeighbours()
    {
        Assert.Same(Tpm.TPM4, Tpm.TPM3.Next);
        Assert.Same(Tpm.TPM5, Tpm.TPM4.Next);
        Assert.Same(Tpm.TPM3, Tpm.TPM4.Previous);
        Assert.Same(Tpm.TPM5, Tpm.TPM6.Previous);
    }

    [Fact]
    public void FirstLevel_HasNoPrevious_LastLevel_HasNoNext()
    {
        Assert.Null(Tpm.TPM3.Previous);
        Assert.Null(Tpm.TPM6.Next);
        Assert.Null(Em.EM4.Previous);
        Assert.Null(Em.EM6.Next);
    }

    [Fact]
    public void NextAndPrevious_StayWithinTheTrack()
    {
        Assert.Same(Em.EM5, Em.EM4.Next);
        Assert.Same(Em.EM5, Em.EM6.Previous);
    }

    [Fact]
    public void Level_NotYetInitialized_HasNoIndexOrNeighbours()
    {
        var track = new SandboxTrack();
        var first = track.NewLevel("SB1", 1);
        var second = track.NewLevel("SB2", 2);

        Assert.Equal(-1, first.Index);
        Assert.Null(first.Next);
        Assert.Null(second.Previous);

        track.Initialize(first, second);

        Assert.Equal(0, first.Index);
        Assert.Same(second, first.Next);
        Assert.Same(first, second.Previous);
    }

    [Fact]
    public void Level_SingleLevelTrack_HasNoNeighbours()
    {
        var track = new SandboxTrack();
        var only = track.NewLevel("SB1", 1);
        track.Initialize(only);

        Assert.Equal(0, only.Index);
        Assert.Null(only.Next);
        Assert.Null(only.Previous);
    }

    [Fact]
    public void GetExpectation_ByCompetency_ReturnsTheStepReached()
    {
        var expectation = Tpm.TPM5.GetExpectation(Engineering.People);

        Assert.NotNull(expectation);
        Assert.Same(Engineering.People, expectation.Competency);
        Assert.Equal("Manages", expectation.Step.Id);
    }

    [Theory]
    [InlineData("influence")]
    [InlineData("Influence")]
    [InlineData("INFLUENCE")]
    public void GetExpectation_ById_IgnoresCase(string competencyId)
    {
        var expectation = Tpm.TPM5.GetExpectation(competencyId);

        Assert.NotNull(expectation);
        Assert.Same(Engineering.Influence, expectation.Competency);
        Assert.Equal("Company", expectation.Step.Id);
    }

    [Theory]
    [InlineData(0, "Specializes")]
    [InlineData(1, "Evolves")]
    [InlineData(2, "Manages")]
    [InlineData(3, "Defines")]
    [InlineData(4, "Community")]
    public void GetExpectationAt_ReturnsExpectationOfCompetencyIndex(int competencyIndex, string expectedStep)
    {
        var expectation = Tpm.TPM6.GetExpectationAt(competencyIndex);

        Assert.NotNull(expectation);
        Assert.Same(Engineering.Competencies[competencyIndex], expectation.Competency);
        Assert.Equal(expectedStep, expectation.Step.Id);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    [InlineData(int.MaxValue)]
    public void GetExpectationAt_OutOfRange_ReturnsNull(int competencyIndex)
    {
        Assert.Null(Tpm.TPM6.GetExpectationAt(competencyIndex));
    }

    [Fact]
    public void GetExpectation_CompetencyTheLevelDoesNotExpect_ReturnsNull()
    {
        Assert.Null(Em.EM4.GetExpectation(Engineering.Technology));
        Assert.Null(Em.EM4.GetExpectation("technology"));
        Assert.Null(Em.EM4.GetExpectationAt(Engineering.Technology.Index));
        Assert.NotNull(Em.EM4.GetExpectation(Engineering.System));
    }

    [Fact]
    public void GetExpectation_UnknownCompetencyId_ReturnsNull()
    {
        Assert.Null(Tpm.TPM3.GetExpectation("leadership"));
        Assert.Null(Tpm.TPM3.GetExpectation(string.Empty));
    }

    [Fact]
    public void GetExpectation_CompetencyOfAnotherFrameworkAtTheSameIndex_ReturnsNull()
    {
        var lookalike = new Competency("technology", 0, new LocalizedText("Technology"), null, Engineering.Steps("Adopts", "Specializes"));

        Assert.Null(Tpm.TPM3.GetExpectation(lookalike));
        Assert.NotNull(Tpm.TPM3.GetExpectation(Engineering.Technology));
    }

    [Fact]
    public void GetExpectation_NullCompetency_Throws()
    {
        Assert.Throws<ArgumentNullException>("competency", () => Tpm.TPM3.GetExpectation((Competency)null!));
    }

    [Fact]
    public void Expectations_AreIndexedByCompetencyWhateverTheirOrder()
    {
        var level = new SandboxTrack().NewLevel(
            "SB1",
            1,
            Engineering.Expect(Engineering.Influence, "Team"),
            Engineering.Expect(Engineering.System, "Owns"));

        Assert.Equal(2, level.Expectations.Count);
        Assert.Equal("Team", level.GetExpectation(Engineering.Influence)?.Step.Id);
        Assert.Equal("Owns", level.GetExpectationAt(1)?.Step.Id);
        Assert.Null(level.GetExpectationAt(0));
        Assert.Null(level.GetExpectationAt(2));
    }

    [Theory]
    [InlineData("responsibilities")]
    [InlineData("Responsibilities")]
    [InlineData("RESPONSIBILITIES")]
    public void TryGetSection_IgnoresCase(string sectionId)
    {
        Assert.True(Tpm.TPM3.TryGetSection(sectionId, out var section));
        Assert.Equal("responsibilities", section.Id);
        Assert.Equal(SectionKind.List, section.Kind);
    }

    [Fact]
    public void TryGetSection_Missing_ReturnsFalse()
    {
        Assert.False(Tpm.TPM3.TryGetSection("checkpoints", out var section));
        Assert.Null(section);
        Assert.False(Tpm.TPM4.TryGetSection("responsibilities", out section));
        Assert.Null(section);
    }

    [Fact]
    public void CompareTo_OrdersByRankFirst()
    {
        // "technical-program-manager" sorts after "engineering-manager", but the lower rank wins.
        Assert.True(Tpm.TPM3.CompareTo(Em.EM4) < 0);
        Assert.True(Em.EM4.CompareTo(Tpm.TPM3) > 0);
        Assert.True(Em.EM5.CompareTo(Tpm.TPM6) < 0);
    }

    [Fact]
    public void CompareTo_SameRank_OrdersByTrackId()
    {
        Assert.True(Em.EM4.CompareTo(Tpm.TPM4) < 0);
        Assert.True(Tpm.TPM4.CompareTo(Em.EM4) > 0);
    }

    [Fact]
    public void CompareTo_SameRankAndTrack_OrdersByCode()
    {
        var track = new SandboxTrack();
        var a = track.NewLevel("SB2a", 2);
        var b = track.NewLevel("SB2b", 2);

        Assert.True(a.CompareTo(b) < 0);
        Assert.True(b.CompareTo(a) > 0);
    }

    [Fact]
    public void CompareTo_SameLevel_IsZero_Null_IsGreater()
    {
        Assert.Equal(0, Tpm.TPM4.CompareTo(Tpm.TPM4));
        Assert.True(Tpm.TPM4.CompareTo(null) > 0);
    }

    [Fact]
    public void CompareTo_SortsLevelsOfSeveralTracks()
    {
        var levels = new List<Level> { Tpm.TPM6, Em.EM5, Tpm.TPM3, Em.EM6, Tpm.TPM5, Em.EM4, Tpm.TPM4 };

        levels.Sort();

        Assert.Equal(["TPM3", "EM4", "TPM4", "EM5", "TPM5", "EM6", "TPM6"], levels.ConvertAll(level => level.Code));
    }

    [Fact]
    public void ToString_ReturnsCodeAndTitle()
    {
        using (new UICultureScope("en-US"))
        {
            Assert.Equal("TPM3 - Technical Program Manager 3", Tpm.TPM3.ToString());
        }

        using (new UICultureScope("ko-KR"))
        {
            Assert.Equal("TPM3 - 기술 프로그램 매니저 3", Tpm.TPM3.ToString());
        }
    }
}
