using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CareerLadder.Rendering.Graph;

/// <summary>A track: one row (or band of rows) of the graph.</summary>
/// <param name="Id">The track id.</param>
/// <param name="Name">The track name.</param>
public sealed record GraphTrack(string Id, string Name);

/// <summary>A level: one box of the graph.</summary>
/// <param name="Code">The level code, unique in the graph.</param>
/// <param name="Title">The level title.</param>
/// <param name="Rank">The company-wide rank: the column.</param>
/// <param name="TrackId">The id of its track: the row.</param>
/// <param name="Href">Where the box links to, or null; links go through <see cref="Text.SafeUrl"/>.</param>
public sealed record GraphNode(string Code, string Title, int Rank, string TrackId, string? Href = null);

/// <summary>What a move between two levels is.</summary>
public enum MoveKind
{
    /// <summary>To the next level of the same track: a promotion.</summary>
    NextLevel,

    /// <summary>A declared transition (<c>transitions:</c>), usually to another track.</summary>
    CareerMove,
}

/// <summary>A move between two levels.</summary>
/// <param name="From">The code of the level moved from.</param>
/// <param name="To">The code of the level moved to.</param>
/// <param name="Kind">Next level or career move.</param>
public sealed record GraphEdge(string From, string To, MoveKind Kind);

/// <summary>The career-path graph: every level, its next level and its declared transitions.</summary>
/// <param name="Tracks">The tracks, in the order of their rows.</param>
/// <param name="Nodes">The levels.</param>
/// <param name="Edges">The moves.</param>
public sealed record CareerGraph(IReadOnlyList<GraphTrack> Tracks, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    /// <summary>The graph of runtime tracks: each level's <see cref="Level.NextSteps"/>, the next level first.</summary>
    /// <param name="tracks">The tracks, in the order of their rows, for example the generated <c>CareerLadders.Tracks</c>.</param>
    /// <param name="href">Where a level's box links to, or null for no links.</param>
    /// <param name="culture">The culture of the names; null for the current UI culture.</param>
    public static CareerGraph Of(IEnumerable<Track> tracks, Func<Level, string?>? href = null, CultureInfo? culture = null)
    {
        if (tracks is null)
        {
            throw new ArgumentNullException(nameof(tracks));
        }

        var names = culture ?? CultureInfo.CurrentUICulture;
        var list = tracks.ToList();
        var levels = list.SelectMany(track => track.Levels).ToList();
        return new CareerGraph(
            list.Select(track => new GraphTrack(track.Id, track.Name.Get(names))).ToArray(),
            levels.Select(level => new GraphNode(level.Code, level.Title.Get(names), level.Rank, level.Track.Id, href?.Invoke(level))).ToArray(),
            levels.SelectMany(level => level.NextSteps.Select(next => new GraphEdge(level.Code, next.Code, ReferenceEquals(next, level.Next) ? MoveKind.NextLevel : MoveKind.CareerMove))).ToArray());
    }
}
