using System;
using System.Linq;
using Xunit;

namespace CareerLadder.Tests;

public class LevelGapTests
{
    private static readonly TechnicalProgramManagerTrack Tpm = Ladder.Tpm;
    private static readonly EngineeringManagerTrack Em = Ladder.Em;

    [Fact]
    public void GapTo_ListsOnlyCompetenciesThatMove()
    {
        var gap = Tpm.TPM3.GapTo(Tpm.TPM4);

        var change = Assert.Single(gap.Changes);
        Assert.Same(Engineering.Process, change.Competency);
        Assert.Equal("Adjusts", change.From?.Id);
        Assert.Equal("Defines", change.To?.Id);
        Assert.Equal(1, change.Steps);
    }

    [Fact]
    public void GapTo_ListsChangesInFrameworkOrder()
    {
        var gap = Tpm.TPM4.GapTo(Tpm.TPM5);

        Assert.Equal(["system", "people", "influence"], gap.Changes.Select(change => change.Competency.Id));
        Assert.All(gap.Changes, change => Assert.Equal(1, change.Steps));
        Assert.DoesNotContain(gap.Changes, change => change.Competency == Engineering.Technology);
    }

    [Fact]
    public void GapTo_Promotion_HasPositiveSteps()
    {
        var gap = Tpm.TPM3.GapTo(Tpm.TPM6);

        Assert.Equal(["system", "people", "process", "influence"], gap.Changes.Select(change => change.Competency.Id));
        Assert.Equal([2, 1, 1, 2], gap.Changes.Select(change => change.Steps));
        Assert.Equal(6, gap.TotalSteps);
        Assert.Equal(3, gap.Ranks);
    }

    [Fact]
    public void GapTo_Demotion_HasNegativeSteps()
    {
        var gap = Tpm.TPM6.GapTo(Tpm.TPM3);

        Assert.Equal([-2, -1, -1, -2], gap.Changes.Select(change => change.Steps));
        Assert.Equal("Evolves", gap.Changes[0].From?.Id);
        Assert.Equal("Designs", gap.Changes[0].To?.Id);
        Assert.Equal(-6, gap.TotalSteps);
        Assert.Equal(-3, gap.Ranks);
    }

    [Fact]
    public void GapTo_CompetencyMissingOnTarget_CountsAsZero()
    {
        var gap = Tpm.TPM4.GapTo(Em.EM4);

        var technology = Assert.Single(gap.Changes, change => change.Competency == Engineering.Technology);
        Assert.Equal("Specializes", technology.From?.Id);
        Assert.Null(technology.To);
        Assert.Equal(-2, technology.Steps);
    }

    [Fact]
    public void GapTo_CompetencyMissingOnSource_CountsAsZero()
    {
        var gap = Em.EM4.GapTo(Tpm.TPM4);

        var technology = gap.Changes[0];
        Assert.Same(Engineering.Technology, technology.Competency);
        Assert.Null(technology.From);
        Assert.Equal("Specializes", technology.To?.Id);
        Assert.Equal(2, technology.Steps);
    }

    [Fact]
    public void GapTo_AcrossTracks_ComparesEveryCompetency()
    {
        // EM4: -, Designs(2), Manages(5), Challenges(3), Team(2)
        // TPM4: Specializes(2), Designs(2), Coordinates(4), Defines(5), Multiple Teams(3)
        var gap = Em.EM4.GapTo(Tpm.TPM4);

        Assert.Equal(["technology", "people", "process", "influence"], gap.Changes.Select(change => change.Competency.Id));
        Assert.Equal([2, -1, 2, 1], gap.Changes.Select(change => change.Steps));
        Assert.Equal(4, gap.TotalSteps);
        Assert.Equal(0, gap.Ranks);
    }

    [Fact]
    public void GapTo_FromLevelWithoutExpectations_CountsEveryStepFromZero()
    {
        var empty = new SandboxTrack().NewLevel("SB0", 0);

        var gap = empty.GapTo(Tpm.TPM3);

        Assert.Equal(5, gap.Changes.Count);
        Assert.All(gap.Changes, change => Assert.Null(change.From));
        Assert.Equal(2 + 2 + 4 + 4 + 3, gap.TotalSteps);
        Assert.Equal(3, gap.Ranks);
    }

    [Fact]
    public void GapTo_Itself_IsEmpty()
    {
        var gap = Tpm.TPM5.GapTo(Tpm.TPM5);

        Assert.Empty(gap.Changes);
        Assert.Equal(0, gap.TotalSteps);
        Assert.Equal(0, gap.Ranks);
    }

    [Fact]
    public void GapTo_SetsFromAndTo()
    {
        var gap = Tpm.TPM3.GapTo(Em.EM5);

        Assert.Same(Tpm.TPM3, gap.From);
        Assert.Same(Em.EM5, gap.To);
        Assert.Equal(2, gap.Ranks);
    }

    [Fact]
    public void GapTo_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>("to", () => Tpm.TPM3.GapTo(null!));
    }

    [Fact]
    public void ToString_Promotion()
    {
        using (new UICultureScope("en-US"))
        {
            Assert.Equal("TPM3 → TPM4: Process: Adjusts → Defines (+1)", Tpm.TPM3.GapTo(Tpm.TPM4).ToString());
        }
    }

    [Fact]
    public void ToString_Demotion_JoinsChanges()
    {
        using (new UICultureScope("en-US"))
        {
            Assert.Equal(
                "TPM5 → TPM4: System: Owns → Designs (-1), People: Manages → Coordinates (-1), Influence: Company → Multiple Teams (-1)",
                Tpm.TPM5.GapTo(Tpm.TPM4).ToString());
        }
    }

    [Fact]
    public void ToString_NoChange()
    {
        Assert.Equal("TPM4 → TPM4: no change", Tpm.TPM4.GapTo(Tpm.TPM4).ToString());
    }

    [Fact]
    public void CompetencyGap_ToString_ShowsMissingStepAsDash()
    {
        var gap = Tpm.TPM4.GapTo(Em.EM4);

        using (new UICultureScope("en-US"))
        {
            Assert.Equal("Technology: Specializes → - (-2)", gap.Changes[0].ToString());
            Assert.Equal("Technology: - → Specializes (+2)", Em.EM4.GapTo(Tpm.TPM4).Changes[0].ToString());
        }
    }

    [Fact]
    public void CompetencyGap_ToString_UsesCurrentUICulture()
    {
        using (new UICultureScope("ko-KR"))
        {
            Assert.Equal("프로세스: Adjusts → Defines (+1)", Tpm.TPM3.GapTo(Tpm.TPM4).Changes[0].ToString());
        }
    }
}
