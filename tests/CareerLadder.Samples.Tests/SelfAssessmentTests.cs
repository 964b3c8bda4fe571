using System;
using System.Linq;
using CareerLadder;
using LadderExplorer.Ladders;
using Xunit;

namespace CareerLadder.Samples.Tests;

/// <summary>The generated <c>CareerLadders.Assess</c> over the repository's ladders, and the generated career paths.</summary>
public sealed class SelfAssessmentTests
{
    public static TheoryData<string> AssessableLevels()
    {
        var data = new TheoryData<string>();
        foreach (var level in CareerLadders.Tracks.SelectMany(track => track.Levels).Where(level => level.Expectations.Count > 0))
        {
            data.Add(level.Code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AssessableLevels))]
    public void Every_seed_level_s_own_steps_return_that_level_in_its_track(string code)
    {
        Assert.True(CareerLadders.TryGetLevel(code, out var level));

        var assessment = Assess(level);

        var match = assessment[level.Track];
        Assert.Same(level, match.Level);
        Assert.Equal(0, match.Distance);
        Assert.True(match.IsExact);
        Assert.Same(level.Next, match.Next);
    }

    [Fact]
    public void Every_seed_level_with_expectations_is_covered()
    {
        Assert.Equal(new[] { "QD5", "QD6", "QD7", "TPM3", "TPM4", "TPM5", "TPM6" }, CareerLadders.Tracks.SelectMany(track => track.Levels).Where(level => level.Expectations.Count > 0).Select(level => level.Code).OrderBy(code => code, StringComparer.Ordinal));
    }

    [Fact]
    public void A_tie_goes_to_the_lower_rank()
    {
        // TPM3 is (Specializes, Designs, Coordinates, Adjusts, Multiple Teams), TPM5 (Specializes, Owns, Manages, Defines, Company):
        // these steps are two steps from each, and further from TPM4 and TPM6.
        var assessment = CareerLadders.Assess(new AssessedSteps { Technology = TechnologyStep.Specializes, System = SystemStep.Designs, People = PeopleStep.Manages, Process = ProcessStep.Adjusts, Influence = InfluenceStep.Company });

        Assert.Equal(2, Distance(CareerLadders.TechnicalProgramManager.TPM3, 2, 2, 5, 4, 4));
        Assert.Equal(2, Distance(CareerLadders.TechnicalProgramManager.TPM5, 2, 2, 5, 4, 4));
        Assert.Same(CareerLadders.TechnicalProgramManager.TPM3, assessment.TechnicalProgramManager.Level);
        Assert.Equal(2, assessment.TechnicalProgramManager.Distance);
        Assert.False(assessment.TechnicalProgramManager.IsExact);
    }

    [Fact]
    public void Assess_agrees_with_a_brute_force_search_over_every_input()
    {
        var tracks = CareerLadders.Tracks;
        for (var input = 0; input < 5 * 5 * 5 * 5 * 5; input++)
        {
            var steps = new[] { input % 5 + 1, input / 5 % 5 + 1, input / 25 % 5 + 1, input / 125 % 5 + 1, input / 625 % 5 + 1 };
            var assessment = CareerLadders.Assess(new AssessedSteps { Technology = (TechnologyStep)steps[0], System = (SystemStep)steps[1], People = (PeopleStep)steps[2], Process = (ProcessStep)steps[3], Influence = (InfluenceStep)steps[4] });
            for (var index = 0; index < tracks.Count; index++)
            {
                var expected = tracks[index].Levels
                    .Where(level => level.Expectations.Count > 0)
                    .OrderBy(level => Distance(level, steps))
                    .ThenBy(level => level.Rank)
                    .FirstOrDefault();
                var match = assessment[CareerLadders.Tracks[index]];
                Assert.Same(expected, match.Level);
                Assert.Equal(expected is null ? 0 : Distance(expected, steps), match.Distance);
            }
        }
    }

    [Fact]
    public void Tracks_whose_levels_expect_no_step_have_no_match()
    {
        var assessment = CareerLadders.Assess(new AssessedSteps { Technology = TechnologyStep.Adopts, System = SystemStep.Enhances, People = PeopleStep.Learns, Process = ProcessStep.Follows, Influence = InfluenceStep.Subsystem });

        Assert.False(assessment.PeopleManager.HasLevel);
        Assert.False(assessment.EngineeringManagement.HasLevel);
        Assert.Null(assessment.PeopleManager.GapToNext());
        Assert.Equal("no level", assessment.PeopleManager.ToString());
        Assert.Same(CareerLadders.TechnicalProgramManager.TPM3, assessment.TechnicalProgramManager.Level);
    }

    [Fact]
    public void The_match_gives_the_gap_to_the_next_level_and_none_at_the_top()
    {
        var tpm5 = Assess(CareerLadders.TechnicalProgramManager.TPM5).TechnicalProgramManager;
        var tpm6 = Assess(CareerLadders.TechnicalProgramManager.TPM6).TechnicalProgramManager;

        var gap = tpm5.GapToNext()!;
        Assert.Equal(("TPM5", "TPM6"), (gap.From.Code, gap.To.Code));
        Assert.Equal(new[] { "system", "influence" }, gap.Changes.Select(change => change.Competency.Id));
        Assert.Equal("TPM5 (distance 0)", tpm5.ToString());
        Assert.Null(tpm6.Next);
        Assert.Null(tpm6.GapToNext());
    }

    [Theory]
    [InlineData(0, 1, 1, 1, 1, "Technology")]
    [InlineData(6, 1, 1, 1, 1, "Technology")]
    [InlineData(1, 0, 1, 1, 1, "System")]
    [InlineData(1, 1, -1, 1, 1, "People")]
    [InlineData(1, 1, 1, 99, 1, "Process")]
    [InlineData(1, 1, 1, 1, 6, "Influence")]
    public void Out_of_range_steps_are_rejected(int technology, int system, int people, int process, int influence, string competency)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CareerLadders.Assess(new AssessedSteps { Technology = (TechnologyStep)technology, System = (SystemStep)system, People = (PeopleStep)people, Process = (ProcessStep)process, Influence = (InfluenceStep)influence }));

        Assert.Equal("steps", exception.ParamName);
        Assert.StartsWith("Not a step of " + competency + ": expected 1 to 5.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assessing_allocates_nothing()
    {
        var level = CareerLadders.QualityDirector.QD6;
        Assess(level);
        var matched = 0;

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            var assessment = CareerLadders.Assess(new AssessedSteps { Technology = TechnologyStep.Evangelizes, System = SystemStep.Owns, People = PeopleStep.Manages, Process = ProcessStep.Defines, Influence = (InfluenceStep)(i % 5 + 1) });
            matched += assessment.QualityDirector.Distance + assessment[TrackId.TechnicalProgramManager].Distance;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(matched > 0);
    }

    [Fact]
    public void An_unassessed_competency_does_not_count_and_none_assessed_matches_nothing()
    {
        var onlyTechnology = CareerLadders.Assess(new AssessedSteps { Technology = TechnologyStep.Masters });
        var nothing = CareerLadders.Assess(new AssessedSteps());

        var expected = CareerLadders.TechnicalProgramManager.Levels
            .Where(level => level.Expectations.Count > 0)
            .OrderBy(level => Math.Abs((level.GetTechnologyStep() is { } step ? (int)step : 0) - (int)TechnologyStep.Masters))
            .ThenBy(level => level.Rank)
            .First();
        Assert.Equal(expected, onlyTechnology.TechnicalProgramManager.Level);
        Assert.Equal(Math.Abs((int)expected.GetTechnologyStep()!.Value - (int)TechnologyStep.Masters), onlyTechnology.TechnicalProgramManager.Distance);
        Assert.All(Enum.GetValues<TrackId>(), id => Assert.False(nothing[id].HasLevel));
        Assert.Throws<ArgumentOutOfRangeException>(() => CareerLadders.Assess(new AssessedSteps { People = (PeopleStep)6 }));
    }

    [Fact]
    public void Assessment_indexer_rejects_unknown_tracks()
    {
        var assessment = Assess(CareerLadders.TechnicalProgramManager.TPM3);

        Assert.Throws<ArgumentOutOfRangeException>(() => assessment[(TrackId)99]);
        Assert.Equal(assessment.TechnicalProgramManager, assessment[TrackId.TechnicalProgramManager]);
    }

    [Fact]
    public void D4_style_lookup_lists_next_steps_across_tracks()
    {
        Assert.True(CareerLadders.TryGetLevel("tpm5", out var tpm5));

        Assert.Equal(new[] { "TPM6", "PM5" }, tpm5.NextSteps.Select(level => level.Code));
        Assert.Equal(new[] { "TPM5", "PM5", "EM6" }, tpm5.PathTo(CareerLadders.EngineeringManagement.EM6)!.Select(level => level.Code));
    }

    private static LadderAssessment Assess(Level level) => CareerLadders.Assess(new AssessedSteps
    {
        Technology = level.GetTechnologyStep()!.Value,
        System = level.GetSystemStep()!.Value,
        People = level.GetPeopleStep()!.Value,
        Process = level.GetProcessStep()!.Value,
        Influence = level.GetInfluenceStep()!.Value,
    });

    private static int Distance(Level level, params int[] steps) =>
        steps.Select((step, index) => Math.Abs((level.GetExpectationAt(index)?.Step.Value ?? 0) - step)).Sum();
}
