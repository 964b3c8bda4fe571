using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Rendering.Radar;

namespace CareerLadder.Rendering.Graph;

/// <summary>The narrow layout, for a phone: nothing to scroll sideways.</summary>
public sealed partial class GraphLayout
{
    /// <summary>Height of the legend of the narrow layout: its two entries one under the other.</summary>
    public const double StackedLegendHeight = 52;

    /// <summary>Widest drawing whose legend entries stand one under the other.</summary>
    public const double StackedLegendWidth = 480;

    private const double RankHeadingHeight = 24;
    private const double BoxGap = 12;
    private const double RankGap = 8;
    private const double FirstLaneOffset = 18;
    private const double VerticalLaneSpacing = 10;
    private const double LaneClearance = 4;
    private const double MinimumLaneSpacing = 4;

    /// <summary>The width the narrow drawing keeps within while its lanes can close up: a 360 px screen less the page's margins.</summary>
    private const double NarrowWidth = 320;

    /// <summary>
    /// Lays out the graph in one column, for narrow screens: ranks as rows from the lowest down, each headed by its rank,
    /// the levels of a rank in track order, and every move in its own lane right of the boxes, leaving its source's right
    /// side and entering its target's right side. Moves whose vertical runs overlap take different lanes, shorter moves
    /// nearer the boxes, so no move crosses a box or runs along another.
    /// </summary>
    /// <param name="graph">The graph.</param>
    public static GraphLayout Vertical(CareerGraph graph)
    {
        if (graph is null)
        {
            throw new ArgumentNullException(nameof(graph));
        }

        var trackOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var track in graph.Tracks)
        {
            if (!trackOrder.ContainsKey(track.Id))
            {
                trackOrder[track.Id] = trackOrder.Count;
            }
        }

        var boxes = new List<NodeBox>();
        var labels = new List<TrackLabel>();
        var y = StackedLegendHeight;
        foreach (var rank in graph.Nodes.GroupBy(node => node.Rank).OrderBy(group => group.Key))
        {
            y += RankHeadingHeight;
            var name = "Rank " + Text.Invariant.Number(rank.Key);
            labels.Add(new TrackLabel(new GraphTrack("rank-" + Text.Invariant.Number(rank.Key), name), new[] { name }, Margin, y - 8));
            foreach (var node in rank.OrderBy(node => trackOrder.TryGetValue(node.TrackId, out var order) ? order : int.MaxValue).ThenBy(node => node.Code, StringComparer.Ordinal))
            {
                boxes.Add(new NodeBox(node, Margin, y, NodeWidth, NodeHeight));
                y += NodeHeight + BoxGap;
            }

            y += RankGap;
        }

        var boxByCode = new Dictionary<string, NodeBox>(StringComparer.Ordinal);
        foreach (var box in boxes)
        {
            if (!boxByCode.ContainsKey(box.Node.Code))
            {
                boxByCode[box.Node.Code] = box;
            }
        }

        var moves = graph.Edges
            .Where(edge => boxByCode.TryGetValue(edge.From, out var from) && boxByCode.TryGetValue(edge.To, out var to) && !ReferenceEquals(from, to))
            .Select(edge => (Edge: edge, From: boxByCode[edge.From], To: boxByCode[edge.To]))
            .ToList();
        var ports = RightSidePorts(moves.Select(move => (move.From, move.To)).ToList());
        var lanes = VerticalLanes(moves.Select((move, index) => (ports[(index, true)], ports[(index, false)])).ToList());

        // Lanes close up (down to MinimumLaneSpacing) rather than widen the drawing beyond a phone's width.
        var right = Margin + NodeWidth;
        var laneCount = lanes.Count == 0 ? 0 : lanes.Values.Max() + 1;
        var spacing = laneCount <= 1 ? VerticalLaneSpacing : Math.Max(MinimumLaneSpacing, Math.Min(VerticalLaneSpacing, (NarrowWidth - right - FirstLaneOffset - Margin) / (laneCount - 1)));
        var routes = moves.Select((move, index) =>
        {
            var lane = right + FirstLaneOffset + (lanes[index] * spacing);
            var from = ports[(index, true)];
            var to = ports[(index, false)];
            return new EdgeRoute(move.Edge, new[] { new SvgPoint(right, from), new SvgPoint(lane, from), new SvgPoint(lane, to), new SvgPoint(right, to) });
        }).ToList();

        var width = Math.Max(right + FirstLaneOffset + (Math.Max(0, laneCount - 1) * spacing) + Margin, StackedLegendMinimumWidth);
        return new GraphLayout(boxes, routes, labels, Math.Ceiling(width), Math.Ceiling(y - BoxGap - RankGap + Margin), isVertical: true);
    }

    /// <summary>Room for the stacked legend's longer entry.</summary>
    private const double StackedLegendMinimumWidth = 260;

    /// <summary>
    /// The height at which each move leaves its source and enters its target, all on the boxes' right sides: the moves
    /// at one box spread over its side, ordered by the height of their other end, so that they do not cross next to it.
    /// </summary>
    private static Dictionary<(int Move, bool Source), double> RightSidePorts(IReadOnlyList<(NodeBox From, NodeBox To)> moves)
    {
        var ends = moves.SelectMany((move, index) => new[] { (Box: move.From, Key: (index, true), Other: move.To.Y), (Box: move.To, Key: (index, false), Other: move.From.Y) });
        var ports = new Dictionary<(int, bool), double>();
        foreach (var side in ends.GroupBy(end => end.Box))
        {
            var ordered = side.OrderBy(end => end.Other).ThenBy(end => end.Key.Item1).ToList();
            var spacing = Math.Min(PortSpacing, (NodeHeight - 16) / Math.Max(1, ordered.Count - 1));
            var middle = side.Key.Y + (NodeHeight / 2);
            for (var index = 0; index < ordered.Count; index++)
            {
                ports[ordered[index].Key] = middle + ((index - ((ordered.Count - 1) / 2.0)) * spacing);
            }
        }

        return ports;
    }

    /// <summary>The lane of each move: the nearest lane whose moves' vertical runs all keep clear of its own, shorter moves first.</summary>
    private static Dictionary<int, int> VerticalLanes(IReadOnlyList<(double From, double To)> runs)
    {
        var taken = new List<List<(double Top, double Bottom)>>();
        var lanes = new Dictionary<int, int>();
        foreach (var (run, index) in runs.Select((run, index) => (run, index)).OrderBy(pair => Math.Abs(pair.run.To - pair.run.From)).ThenBy(pair => pair.index))
        {
            var top = Math.Min(run.From, run.To) - LaneClearance;
            var bottom = Math.Max(run.From, run.To) + LaneClearance;
            var lane = taken.FindIndex(used => used.All(other => other.Bottom < top || bottom < other.Top));
            if (lane < 0)
            {
                taken.Add(new List<(double, double)>());
                lane = taken.Count - 1;
            }

            taken[lane].Add((top, bottom));
            lanes[index] = lane;
        }

        return lanes;
    }
}
