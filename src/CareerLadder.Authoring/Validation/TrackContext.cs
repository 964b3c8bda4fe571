using System.Collections.Generic;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>What the consistency rules of one track need: the track, the framework, the other tracks, and where to report.</summary>
internal sealed class TrackContext
{
    public TrackContext(TrackDefinition track, FrameworkDefinition? framework, IReadOnlyList<TrackDefinition> allTracks, TrackMentions mentions, List<LadderDiagnostic> diagnostics)
    {
        Track = track;
        Mentions = mentions;
        Framework = framework;
        AllTracks = allTracks;
        Diagnostics = diagnostics;
    }

    public TrackDefinition Track { get; }

    public FrameworkDefinition? Framework { get; }

    public IReadOnlyList<TrackDefinition> AllTracks { get; }

    /// <summary>Which tracks a text names, indexed once for all tracks.</summary>
    public TrackMentions Mentions { get; }

    public List<LadderDiagnostic> Diagnostics { get; }

    public void Report(LadderRule rule, SourceSpan span, SourceSpan? related, params string[] arguments)
    {
        var diagnostic = LadderDiagnostic.Create(rule, Track.Path, span, arguments);
        Diagnostics.Add(related is { } other ? diagnostic.WithAdditionalLocation(new LadderLocation(Track.Path, other)) : diagnostic);
    }

    /// <summary>The levels ordered by rank; levels with the same rank keep their listed order.</summary>
    public List<LevelDefinition> LevelsByRank()
    {
        var levels = new List<LevelDefinition>(Track.Levels);
        var indexed = new List<(LevelDefinition Level, int Index)>();
        for (var i = 0; i < levels.Count; i++)
        {
            indexed.Add((levels[i], i));
        }

        indexed.Sort((left, right) => left.Level.Rank.Value != right.Level.Rank.Value
            ? left.Level.Rank.Value.CompareTo(right.Level.Rank.Value)
            : left.Index.CompareTo(right.Index));
        return indexed.ConvertAll(pair => pair.Level);
    }
}
