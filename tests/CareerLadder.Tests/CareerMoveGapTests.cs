using Xunit;

namespace CareerLadder.Tests;

/// <summary>Gaps of career moves: to another track, or to a level that expects no competency steps.</summary>
public class CareerMoveGapTests
{
    private static readonly TechnicalProgramManagerTrack Tpm = Ladder.Tpm;

    private static Level ManagerWithoutSteps()
    {
        var track = new SandboxTrack("people-manager", "PM");
        var manager = new Level(
            track,
            "PM5",
            5,
            Engineering.Text("Engineering Manager"),
            sections:
            [
                new Section("years-of-experience", Engineering.Text("Years of experience"), Engineering.Text("10+")),
                new Section("scope", Engineering.Text("Scope"), Engineering.Text("2-3 teams")),
            ]);
        track.Initialize(manager);
        return manager;
    }

    [Fact]
    public void A_gap_to_a_level_without_steps_compares_no_steps_and_says_so_in_words()
    {
        var manager = ManagerWithoutSteps();

        var gap = Tpm.TPM5.GapTo(manager);

        Assert.False(gap.ComparesSteps);
        Assert.True(gap.IsCareerMove);
        Assert.Empty(gap.Changes);
        Assert.Equal(0, gap.TotalSteps);
        using (new UICultureScope("en-US"))
        {
            Assert.Equal(
                "TPM5 → PM5: career move to Sandbox; PM5 expects no competency steps: it is described by its sections Years of experience, Scope",
                gap.ToString());
        }
    }

    [Fact]
    public void A_gap_to_another_track_whose_level_expects_steps_compares_them_and_names_the_move()
    {
        var gap = Ladder.Em.EM4.GapTo(Tpm.TPM4);

        Assert.True(gap.ComparesSteps);
        Assert.True(gap.IsCareerMove);
        Assert.Equal(4, gap.TotalSteps);
        using (new UICultureScope("en-US"))
        {
            Assert.StartsWith("EM4 → TPM4: career move to Technical Program Manager; Technology: - → Specializes (+2)", gap.ToString(), System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_gap_within_the_track_is_no_career_move()
    {
        var gap = Tpm.TPM3.GapTo(Tpm.TPM4);

        Assert.False(gap.IsCareerMove);
        Assert.True(gap.ComparesSteps);
    }
}
