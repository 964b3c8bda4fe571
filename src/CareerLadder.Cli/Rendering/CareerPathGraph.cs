using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Cli.Rendering;

/// <summary>A level as a node of the career-path graph.</summary>
/// <param name="Code">The level code.</param>
/// <param name="Title">The level title.</param>
/// <param name="Rank">The company-wide rank.</param>
/// <param name="TrackIndex">The position of its track, ordered by id.</param>
public sealed record PathNode(string Code, string Title, int Rank, int TrackIndex);

/// <summary>A move between two levels: to the next level of the same track, or a declared transition.</summary>
/// <param name="From">The code of the level moved from.</param>
/// <param name="To">The code of the level moved to.</param>
/// <param name="IsTransition">Whether it is a declared transition (<c>transitions:</c>) rather than the next level.</param>
public sealed record PathEdge(string From, string To, bool IsTransition);

/// <summary>The career-path graph of the ladders: every level, its next level and its declared transitions.</summary>
/// <param name="Tracks">The tracks, ordered by id.</param>
/// <param name="Nodes">The levels, track by track in ladder order.</param>
/// <param name="Edges">The moves, next levels first.</param>
public sealed record CareerPathGraph(IReadOnlyList<CodeTrack> Tracks, IReadOnlyList<PathNode> Nodes, IReadOnlyList<PathEdge> Edges)
{
    /// <summary>Builds the graph of validated ladders.</summary>
    /// <param name="ladders">The ladders.</param>
    public static CareerPathGraph From(ValidatedLadders ladders)
    {
        var tracks = ladders.Tracks.OrderBy(track => track.Id, StringComparer.Ordinal).ToList();
        var nodes = new List<PathNode>();
        var edges = new List<PathEdge>();
        for (var trackIndex = 0; trackIndex < tracks.Count; trackIndex++)
        {
            var levels = tracks[trackIndex].Levels;
            for (var index = 0; index < levels.Count; index++)
            {
                nodes.Add(new PathNode(levels[index].Code, levels[index].Title.Text, levels[index].Rank, trackIndex));
                if (index + 1 < levels.Count)
                {
                    edges.Add(new PathEdge(levels[index].Code, levels[index + 1].Code, IsTransition: false));
                }
            }
        }

        edges.AddRange(tracks.SelectMany(track => track.Levels)
            .SelectMany(level => level.Transitions.Select(target => new PathEdge(level.Code, target.Code, IsTransition: true))));
        return new CareerPathGraph(tracks, nodes, edges);
    }
}
