using System;
using System.Linq;
using Xunit;

namespace CareerLadder.Tests;

/// <summary><see cref="Level.NextSteps"/> and <see cref="Level.PathTo"/>: career paths across tracks.</summary>
public sealed class CareerPathTests
{
    [Fact]
    public void Next_steps_list_the_next_level_of_the_track_first_then_the_transitions_in_order()
    {
        var paths = new PathLadder();

        Assert.Equal(new[] { "DEV2", "LEAD2", "MGR3" }, paths.Dev.Dev1.NextSteps.Select(level => level.Code));
        Assert.Equal(new[] { "DEV3", "MGR3" }, paths.Dev.Dev2.NextSteps.Select(level => level.Code));
        Assert.Equal(new[] { "MGR4" }, paths.Dev.Dev3.NextSteps.Select(level => level.Code));
        Assert.Equal(new[] { "MGR3" }, paths.Lead.Lead2.NextSteps.Select(level => level.Code));
    }

    [Fact]
    public void Next_steps_leave_out_repeats_the_level_itself_and_the_next_level_listed_again()
    {
        var paths = new PathLadder();

        Assert.Equal(new[] { "MGR3" }, paths.Lead.Lead2.NextSteps.Select(level => level.Code));
        Assert.Same(paths.Lead.Lead2.NextSteps, paths.Lead.Lead2.NextSteps);
    }

    [Fact]
    public void Transitions_are_resolved_once_on_first_use_like_extends()
    {
        var calls = 0;
        var track = new SingleTrack();
        var target = new SingleTrack();
        target.Initialize(new Level(target, "T2", 2, new LocalizedText("T2")));
        var level = new Level(track, "S1", 1, new LocalizedText("S1"), transitions: () =>
        {
            calls++;
            return new[] { target.Only };
        });
        track.Initialize(level);

        Assert.Equal(0, calls);
        Assert.Same(target.Only, Assert.Single(level.NextSteps));
        Assert.Same(target.Only, Assert.Single(level.NextSteps));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Path_to_returns_the_shortest_path_both_ends_included()
    {
        var paths = new PathLadder();

        Assert.Equal(new[] { "DEV1", "MGR3" }, paths.Dev.Dev1.PathTo(paths.Mgr.Mgr3)!.Select(level => level.Code));
        Assert.Equal(new[] { "DEV1", "MGR3", "MGR4" }, paths.Dev.Dev1.PathTo(paths.Mgr.Mgr4)!.Select(level => level.Code));
        Assert.Equal(new[] { "DEV1", "DEV2", "DEV3" }, paths.Dev.Dev1.PathTo(paths.Dev.Dev3)!.Select(level => level.Code));
    }

    [Fact]
    public void Path_to_breaks_ties_by_the_order_of_next_steps()
    {
        var paths = new PathLadder();

        // DEV2 → DEV3 → MGR4 and DEV2 → MGR3 → MGR4 are both two moves: the next level of the track comes first.
        Assert.Equal(new[] { "DEV2", "DEV3", "MGR4" }, paths.Dev.Dev2.PathTo(paths.Mgr.Mgr4)!.Select(level => level.Code));
    }

    [Fact]
    public void Path_to_itself_is_the_level_alone_and_an_unreachable_level_is_null()
    {
        var paths = new PathLadder();

        Assert.Same(paths.Dev.Dev2, Assert.Single(paths.Dev.Dev2.PathTo(paths.Dev.Dev2)!));
        Assert.Null(paths.Mgr.Mgr3.PathTo(paths.Dev.Dev1));
        Assert.Null(paths.Dev.Dev3.PathTo(paths.Lead.Lead2));
        Assert.Throws<ArgumentNullException>(() => paths.Dev.Dev1.PathTo(null!));
    }

    [Fact]
    public void Levels_without_transitions_step_only_to_the_next_level()
    {
        Assert.Equal(new[] { "TPM4" }, Ladder.Tpm.TPM3.NextSteps.Select(level => level.Code));
        Assert.Empty(Ladder.Tpm.TPM6.NextSteps);
    }

    /// <summary>
    /// DEV1 → DEV2 → DEV3 (→ MGR4); DEV1 also leads to LEAD2 and MGR3, DEV2 to MGR3; LEAD2 → MGR3 (listed twice, and itself);
    /// MGR3 → MGR4.
    /// </summary>
    private sealed class PathLadder
    {
        public PathLadder()
        {
            Dev = new PathTrack("dev", "DEV");
            Lead = new PathTrack("lead", "LEAD");
            Mgr = new PathTrack("mgr", "MGR");
            Dev.Dev1 = Dev.Add("DEV1", 1, () => new[] { Lead.Lead2, Mgr.Mgr3 });
            Dev.Dev2 = Dev.Add("DEV2", 2, () => new[] { Mgr.Mgr3 });
            Dev.Dev3 = Dev.Add("DEV3", 3, () => new[] { Mgr.Mgr4 });
            Lead.Lead2 = Lead.Add("LEAD2", 2, () => new[] { Mgr.Mgr3, Lead.Lead2, Mgr.Mgr3 });
            Mgr.Mgr3 = Mgr.Add("MGR3", 3);
            Mgr.Mgr4 = Mgr.Add("MGR4", 4);
            Dev.Done();
            Lead.Done();
            Mgr.Done();
        }

        public PathTrack Dev { get; }

        public PathTrack Lead { get; }

        public PathTrack Mgr { get; }
    }

    private sealed class PathTrack(string id, string abbreviation) : Track(id, new LocalizedText(id), abbreviation)
    {
        private readonly System.Collections.Generic.List<Level> _levels = [];

        public Level Dev1 { get; set; } = null!;

        public Level Dev2 { get; set; } = null!;

        public Level Dev3 { get; set; } = null!;

        public Level Lead2 { get; set; } = null!;

        public Level Mgr3 { get; set; } = null!;

        public Level Mgr4 { get; set; } = null!;

        public Level Add(string code, int rank, Func<Level[]>? transitions = null)
        {
            var level = new Level(this, code, rank, new LocalizedText(code), transitions: transitions);
            _levels.Add(level);
            return level;
        }

        public void Done() => InitializeLevels([.. _levels]);
    }

    private sealed class SingleTrack() : Track("single", new LocalizedText("Single"), "S")
    {
        public Level Only { get; private set; } = null!;

        public void Initialize(Level level)
        {
            Only = level;
            InitializeLevels(level);
        }
    }
}
