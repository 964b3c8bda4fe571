using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CareerLadder.Metadata;
using Xunit;

namespace CareerLadder.Tests;

/// <summary>
/// Many threads using a fresh ladder for the first time at once (a service's first requests) must all see the same,
/// complete values: every lazily built member publishes a finished value or none.
/// </summary>
public sealed class ConcurrentFirstUseTests
{
    private const int Threads = 32;
    private const int Iterations = 200;
    private const int LevelsPerTrack = 12;

    [Fact]
    public void Threads_reading_every_lazy_member_for_the_first_time_at_once_all_see_complete_values()
    {
        var expected = Describe(new CrossLadder());
        var wrong = new ConcurrentBag<string>();

        for (var iteration = 0; iteration < Iterations && wrong.IsEmpty; iteration++)
        {
            var ladder = new CrossLadder();
            using var start = new Barrier(Threads);
            var workers = Enumerable.Range(0, Threads).Select(_ => new Thread(() =>
            {
                start.SignalAndWait();
                var seen = Describe(ladder);
                if (seen != expected)
                {
                    wrong.Add(seen);
                }
            })).ToList();
            workers.ForEach(worker => worker.Start());
            workers.ForEach(worker => worker.Join());

            // What stays published after the race must be complete too.
            var after = Describe(ladder);
            if (after != expected)
            {
                wrong.Add(after);
            }
        }

        Assert.True(wrong.IsEmpty, $"Expected:\n{expected}\nSeen:\n{wrong.FirstOrDefault()}");
    }

    /// <summary>
    /// Reads every lazy member of <paramref name="ladder"/> through the index, level by level in one order (so that the
    /// threads meet on the same level) and writes what it saw, one line per level.
    /// </summary>
    private static string Describe(CrossLadder ladder)
    {
        var lines = new List<string>();
        foreach (var code in ladder.Codes)
        {
            Assert.True(ladder.Index.TryGetLevel(code, out var level));
            var next = string.Join(",", level.NextSteps.Select(step => step.Code));
            var extends = level.Extends?.Code ?? "-";
            var path = level.PathTo(ladder.Top)?.Count.ToString() ?? "none";
            var peers = string.Join(",", ladder.Index.AtRank(level.Rank).Select(peer => peer.Code));
            lines.Add($"{code}: next {next}; extends {extends}; path {path}; peers {peers}");
        }

        return string.Join("\n", lines);
    }

    /// <summary>
    /// Two tracks of <see cref="LevelsPerTrack"/> levels, found through a <see cref="LevelIndex"/> that builds each track
    /// on first use: each A level leads to the B level of its rank, each B level extends the A level of its rank and
    /// leads to the next A level, so every next-steps list holds a transition and the top B level is reached from anywhere.
    /// </summary>
    private sealed class CrossLadder
    {
        private readonly Lazy<Track>[] _tracks;

        public CrossLadder()
        {
            Codes = Enumerable.Range(1, LevelsPerTrack).Select(rank => "A" + rank)
                .Concat(Enumerable.Range(1, LevelsPerTrack).Select(rank => "B" + rank)).ToArray();
            var ranks = Enumerable.Range(1, LevelsPerTrack).Concat(Enumerable.Range(1, LevelsPerTrack)).ToArray();
            _tracks = new[]
            {
                new Lazy<Track>(() => new CrossTrack(this, "a", "A", rank => null, rank => new[] { "B" + rank }), LazyThreadSafetyMode.ExecutionAndPublication),
                new Lazy<Track>(() => new CrossTrack(this, "b", "B", rank => "A" + rank, rank => new[] { "A" + (rank + 1), "A" + rank }), LazyThreadSafetyMode.ExecutionAndPublication),
            };
            Index = new LevelIndex(new CodeIndex(Codes), new[] { LevelsPerTrack, LevelsPerTrack }, ranks, new TrackList(2, position => _tracks[position].Value));
        }

        public string[] Codes { get; }

        public LevelIndex Index { get; }

        public Level Top => Index.TryGetLevel("B" + LevelsPerTrack, out var top) ? top : throw new InvalidOperationException("No top level.");

        /// <summary>Finds a level by code for a link; a code of no level (the level above the top) links nowhere.</summary>
        public Level? Find(string code) => Index.TryGetLevel(code, out var level) ? level : null;
    }

    private sealed class CrossTrack : Track
    {
        public CrossTrack(CrossLadder ladder, string id, string abbreviation, Func<int, string?> extends, Func<int, string[]> transitions)
            : base(id, new LocalizedText(id), abbreviation)
        {
            var levels = new Level[LevelsPerTrack];
            for (var rank = 1; rank <= LevelsPerTrack; rank++)
            {
                var extended = extends(rank);
                var leadsTo = transitions(rank);
                levels[rank - 1] = new Level(
                    this,
                    abbreviation + rank,
                    rank,
                    new LocalizedText(abbreviation + rank),
                    extends: extended is null ? null : () => ladder.Find(extended)!,
                    transitions: () => leadsTo.Select(ladder.Find).Where(level => level is not null).ToArray()!);
            }

            InitializeLevels(levels);
        }
    }
}
