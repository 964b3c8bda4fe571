using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// What the consistency rules of one track need: the track, its resolved levels (inherited content included), the
/// framework, which tracks a text names, and where to report.
/// </summary>
internal sealed class TrackContext
{
    private readonly Dictionary<LevelDefinition, ResolvedLevel> _resolved = new();

    public TrackContext(TrackDefinition track, IReadOnlyList<ResolvedLevel> levels, FrameworkNames names, TrackMentions mentions, DiagnosticSink sink)
    {
        Track = track;
        Levels = levels;
        Names = names;
        Mentions = mentions;
        Sink = sink;
        foreach (var level in levels)
        {
            if (!_resolved.ContainsKey(level.Definition))
            {
                _resolved.Add(level.Definition, level);
            }
        }
    }

    public TrackDefinition Track { get; }

    /// <summary>The track's levels in the order listed (a level whose code another track took first is left out), resolved.</summary>
    public IReadOnlyList<ResolvedLevel> Levels { get; }

    /// <summary>The framework's names, indexed.</summary>
    public FrameworkNames Names { get; }

    public FrameworkDefinition? Framework => Names.Source;

    /// <summary>Which tracks a text names, indexed once for all tracks.</summary>
    public TrackMentions Mentions { get; }

    /// <summary>Where every rule reports.</summary>
    public DiagnosticSink Sink { get; }

    /// <summary>Whether the track's file could not be read to its end, so that levels may be missing from it.</summary>
    public bool IsIncomplete => Sink.Unreadable.IsIncomplete(Track.Path);

    /// <summary>The diagnostics reported so far.</summary>
    public List<LadderDiagnostic> Diagnostics => Sink.Diagnostics;

    /// <summary>Reports in this track's file, also pointing to <paramref name="related"/> in it.</summary>
    public void Report(LadderRule rule, SourceSpan span, SourceSpan? related, params string[] arguments) =>
        Sink.Report(rule, new LadderLocation(Track.Path, span), related is { } other ? new[] { new LadderLocation(Track.Path, other) } : new LadderLocation[0], arguments);

    /// <summary>The resolved form of <paramref name="level"/>, or null when it is not part of the model (its code was taken).</summary>
    public ResolvedLevel? Resolved(LevelDefinition level) => _resolved.TryGetValue(level, out var resolved) ? resolved : null;

    /// <summary>The levels ordered by rank; levels with the same rank keep their listed order.</summary>
    public List<LevelDefinition> LevelsByRank() => ByRank(Track.Levels, level => level.Rank.Value);

    /// <summary>The resolved levels ordered by rank; levels with the same rank keep their listed order.</summary>
    public List<ResolvedLevel> ResolvedByRank() => ByRank(Levels, level => level.Definition.Rank.Value);

    private static List<T> ByRank<T>(IReadOnlyList<T> levels, System.Func<T, int> rank)
    {
        var indexed = levels.Select((level, index) => (Level: level, Index: index)).ToList();
        indexed.Sort((left, right) => rank(left.Level) != rank(right.Level)
            ? rank(left.Level).CompareTo(rank(right.Level))
            : left.Index.CompareTo(right.Index));
        return indexed.ConvertAll(pair => pair.Level);
    }
}
