using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Rendering.Radar;

namespace CareerLadder.Rendering.Graph;

/// <summary>A level's box in the drawing.</summary>
/// <param name="Node">The level.</param>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
public sealed record NodeBox(GraphNode Node, double X, double Y, double Width, double Height)
{
    /// <summary>Right edge.</summary>
    public double Right => X + Width;

    /// <summary>Bottom edge.</summary>
    public double Bottom => Y + Height;
}

/// <summary>A move drawn as a polyline of horizontal and vertical segments, ending with the arrowhead at the target box.</summary>
/// <param name="Edge">The move.</param>
/// <param name="Points">The polyline, from the source box's side to the target box's side.</param>
public sealed record EdgeRoute(GraphEdge Edge, IReadOnlyList<SvgPoint> Points);

/// <summary>A track's name, left of its rows.</summary>
/// <param name="Track">The track.</param>
/// <param name="Lines">The name broken into lines that fit the label column.</param>
/// <param name="X">Left edge of the text.</param>
/// <param name="Y">Baseline of the first line.</param>
public sealed record TrackLabel(GraphTrack Track, IReadOnlyList<string> Lines, double X, double Y);

/// <summary>
/// Lays out a career-path graph: one row per track, one column per rank (a move to the right is a promotion). Moves are
/// routed along the free channels between columns and between rows, each in its own lane, so no move crosses a box; a
/// move leaves its source from the right side and enters its target from the side facing it, where its arrowhead stays
/// visible.
/// </summary>
public sealed partial class GraphLayout
{
    /// <summary>Width of a box.</summary>
    public const double NodeWidth = 150;

    /// <summary>Height of a box.</summary>
    public const double NodeHeight = 62;

    /// <summary>Free space between two columns: the vertical channel moves run in.</summary>
    public const double ColumnGap = 56;

    /// <summary>Free space between two rows: the horizontal channel moves run in.</summary>
    public const double RowGap = 52;

    /// <summary>Height of the legend above the graph.</summary>
    public const double LegendHeight = 28;

    private const double Margin = 12;
    private const double LabelCharacterWidth = 8.2;
    private const int LabelLineLength = 18;
    private const double LabelLineHeight = 17;
    private const double LaneSpacing = 9;
    private const double PortSpacing = 10;

    private GraphLayout(IReadOnlyList<NodeBox> boxes, IReadOnlyList<EdgeRoute> routes, IReadOnlyList<TrackLabel> labels, double width, double height, bool isVertical = false)
    {
        IsVertical = isVertical;
        Boxes = boxes;
        Routes = routes;
        Labels = labels;
        Width = width;
        Height = height;
    }

    /// <summary>
    /// True for the narrow layout of <see cref="Vertical"/>: one column of boxes, ranks as rows, and <see cref="Labels"/>
    /// naming the ranks rather than the tracks.
    /// </summary>
    public bool IsVertical { get; }

    /// <summary>The boxes, in the graph's node order.</summary>
    public IReadOnlyList<NodeBox> Boxes { get; }

    /// <summary>The moves, in the graph's edge order (moves whose levels are not in the graph are left out).</summary>
    public IReadOnlyList<EdgeRoute> Routes { get; }

    /// <summary>The track names.</summary>
    public IReadOnlyList<TrackLabel> Labels { get; }

    /// <summary>Width of the drawing.</summary>
    public double Width { get; }

    /// <summary>Height of the drawing.</summary>
    public double Height { get; }

    /// <summary>Lays out the graph.</summary>
    /// <param name="graph">The graph.</param>
    public static GraphLayout Of(CareerGraph graph)
    {
        if (graph is null)
        {
            throw new ArgumentNullException(nameof(graph));
        }

        var ranks = graph.Nodes.Select(node => node.Rank).Distinct().OrderBy(rank => rank).ToList();
        var column = ranks.Select((rank, index) => (rank, index)).ToDictionary(pair => pair.rank, pair => pair.index);
        var tracks = graph.Tracks.Select(track => track.Id).Concat(graph.Nodes.Select(node => node.TrackId)).Distinct(StringComparer.Ordinal).ToList();
        var trackNames = graph.Tracks.GroupBy(track => track.Id, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);

        // Rows: one per track, more when two levels of a track share a rank.
        var rowOf = new Dictionary<GraphNode, int>();
        var trackRows = new List<(GraphTrack Track, int First, int Count)>();
        var nextRow = 0;
        foreach (var trackId in tracks)
        {
            var nodes = graph.Nodes.Where(node => string.Equals(node.TrackId, trackId, StringComparison.Ordinal)).ToList();
            var count = Math.Max(1, nodes.GroupBy(node => node.Rank).Select(group => group.Count()).DefaultIfEmpty(1).Max());
            foreach (var group in nodes.GroupBy(node => node.Rank))
            {
                var offset = 0;
                foreach (var node in group)
                {
                    rowOf[node] = nextRow + offset++;
                }
            }

            trackRows.Add((trackNames.TryGetValue(trackId, out var track) ? track : new GraphTrack(trackId, trackId), nextRow, count));
            nextRow += count;
        }

        var labelLines = trackRows.ToDictionary(row => row.Track.Id, row => Wrap(row.Track.Name, LabelLineLength, 3), StringComparer.Ordinal);
        var labelWidth = Margin + (labelLines.Values.SelectMany(lines => lines).Select(line => line.Length).DefaultIfEmpty(0).Max() * LabelCharacterWidth);
        var left = labelWidth + ColumnGap;
        var top = LegendHeight + RowGap;
        double ColumnX(int index) => left + (index * (NodeWidth + ColumnGap));
        double RowY(int index) => top + (index * (NodeHeight + RowGap));
        double VerticalChannel(int index) => ColumnX(index) - (ColumnGap / 2);
        double HorizontalChannel(int index) => RowY(index) - (RowGap / 2);

        var boxes = graph.Nodes.Where(rowOf.ContainsKey).Select(node => new NodeBox(node, ColumnX(column[node.Rank]), RowY(rowOf[node]), NodeWidth, NodeHeight)).ToList();
        var boxByCode = new Dictionary<string, NodeBox>(StringComparer.Ordinal);
        foreach (var box in boxes)
        {
            boxByCode[box.Node.Code] = box;
        }

        var plans = new List<RoutePlan>();
        foreach (var edge in graph.Edges)
        {
            if (boxByCode.TryGetValue(edge.From, out var from) && boxByCode.TryGetValue(edge.To, out var to) && !ReferenceEquals(from, to))
            {
                plans.Add(Plan(edge, from, to, column[from.Node.Rank], rowOf[from.Node], column[to.Node.Rank], rowOf[to.Node], boxes));
            }
        }

        AssignPorts(plans);
        var verticalUses = plans.Where(plan => plan.VerticalChannel is not null).Select(plan => (Channel: plan.VerticalChannel!.Value, Use: (plan, 0)))
            .Concat(plans.Where(plan => plan.SecondVerticalChannel is not null).Select(plan => (Channel: plan.SecondVerticalChannel!.Value, Use: (plan, 1))));
        var verticalLanes = Lanes(verticalUses.GroupBy(use => use.Channel, use => use.Use), ColumnGap);
        var horizontalLanes = Lanes(plans.Where(plan => plan.HorizontalChannel is not null).GroupBy(plan => plan.HorizontalChannel!.Value, plan => (plan, 2)), RowGap);
        var routes = plans.Select(plan => new EdgeRoute(plan.Edge, Simplify(plan.Points(
            plan.VerticalChannel is { } v ? VerticalChannel(v) + verticalLanes[(plan, 0)] : 0,
            plan.HorizontalChannel is { } h ? HorizontalChannel(h) + horizontalLanes[(plan, 2)] : 0,
            plan.SecondVerticalChannel is { } w ? VerticalChannel(w) + verticalLanes[(plan, 1)] : 0)))).ToList();

        var labels = trackRows.Select(row =>
        {
            var lines = labelLines[row.Track.Id];
            var middle = RowY(row.First) + (((row.Count * (NodeHeight + RowGap)) - RowGap) / 2);
            return new TrackLabel(row.Track, lines, Margin, middle - ((lines.Count - 1) * LabelLineHeight / 2) + 5);
        }).ToList();

        var width = ColumnX(ranks.Count) - ColumnGap + Margin + (ColumnGap / 2);
        var height = RowY(Math.Max(nextRow, 1)) - RowGap + (RowGap / 2) + Margin;
        return new GraphLayout(boxes, routes, labels, Math.Ceiling(width), Math.Ceiling(height));
    }

    private static RoutePlan Plan(GraphEdge edge, NodeBox from, NodeBox to, int fromColumn, int fromRow, int toColumn, int toRow, IReadOnlyList<NodeBox> boxes)
    {
        if (fromRow == toRow && toColumn > fromColumn
            && !boxes.Any(box => Math.Abs(box.Y - from.Y) < 0.5 && box.X > from.X && box.X < to.X))
        {
            return new RoutePlan(edge, from, to, RouteShape.Straight, null, null, null);
        }

        if (toColumn == fromColumn + 1)
        {
            return new RoutePlan(edge, from, to, RouteShape.OneChannel, fromColumn + 1, null, null);
        }

        if (toColumn == fromColumn)
        {
            return new RoutePlan(edge, from, to, RouteShape.SameColumn, fromColumn + 1, null, null);
        }

        var horizontal = toRow > fromRow ? toRow : toRow < fromRow ? toRow + 1 : toRow;
        return new RoutePlan(edge, from, to, RouteShape.ThroughRowChannel, fromColumn + 1, horizontal, toColumn);
    }

    /// <summary>Spreads the moves that leave or enter the same side of a box over that side, ordered by where their other end is.</summary>
    private static void AssignPorts(List<RoutePlan> plans)
    {
        var sides = new List<(NodeBox Box, bool Right, RoutePlan Plan, bool Source, double Other)>();
        foreach (var plan in plans)
        {
            sides.Add((plan.From, true, plan, true, plan.To.Y));
            sides.Add((plan.To, plan.Shape == RouteShape.SameColumn, plan, false, plan.From.Y));
        }

        foreach (var group in sides.GroupBy(side => (side.Box, side.Right)))
        {
            var ordered = group.OrderBy(side => side.Other).ThenBy(side => side.Source ? 0 : 1).ToList();
            var spacing = Math.Min(PortSpacing, (NodeHeight - 16) / Math.Max(1, ordered.Count - 1));

            // A move to the same row keeps the middle of the side, so that it is drawn straight, when the others still fit.
            var level = ordered.FindIndex(side => Math.Abs(side.Other - group.Key.Box.Y) < 0.5);
            var centre = level >= 0 && Math.Max(level, ordered.Count - 1 - level) * spacing <= (NodeHeight / 2) - 8 ? level : (ordered.Count - 1) / 2.0;
            for (var index = 0; index < ordered.Count; index++)
            {
                var offset = (index - centre) * spacing;
                if (ordered[index].Source)
                {
                    ordered[index].Plan.SourcePort = offset;
                }
                else
                {
                    ordered[index].Plan.TargetPort = offset;
                }
            }
        }
    }

    private static Dictionary<(RoutePlan, int), double> Lanes(IEnumerable<IGrouping<int, (RoutePlan, int)>> channels, double gap)
    {
        var lanes = new Dictionary<(RoutePlan, int), double>();
        foreach (var channel in channels)
        {
            var uses = channel.ToList();
            var spacing = Math.Min(LaneSpacing, (gap - 40) / Math.Max(1, uses.Count - 1));
            for (var index = 0; index < uses.Count; index++)
            {
                lanes[uses[index]] = (index - ((uses.Count - 1) / 2.0)) * spacing;
            }
        }

        return lanes;
    }

    private static IReadOnlyList<SvgPoint> Simplify(IReadOnlyList<SvgPoint> points)
    {
        var result = new List<SvgPoint>();
        foreach (var point in points)
        {
            if (result.Count > 0 && Math.Abs(result[result.Count - 1].X - point.X) < 0.01 && Math.Abs(result[result.Count - 1].Y - point.Y) < 0.01)
            {
                continue;
            }

            if (result.Count >= 2)
            {
                var a = result[result.Count - 2];
                var b = result[result.Count - 1];
                if ((Math.Abs(a.X - b.X) < 0.01 && Math.Abs(b.X - point.X) < 0.01) || (Math.Abs(a.Y - b.Y) < 0.01 && Math.Abs(b.Y - point.Y) < 0.01))
                {
                    result[result.Count - 1] = point;
                    continue;
                }
            }

            result.Add(point);
        }

        return result;
    }

    /// <summary>Breaks a name into at most <paramref name="maxLines"/> lines of about <paramref name="lineLength"/> characters, the last cut with an ellipsis.</summary>
    /// <param name="name">The text.</param>
    /// <param name="lineLength">The longest line.</param>
    /// <param name="maxLines">The most lines.</param>
    public static IReadOnlyList<string> Wrap(string name, int lineLength, int maxLines)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in name.Split(' '))
        {
            var piece = word.Length > lineLength ? word.Substring(0, (lineLength) - 1) + "…" : word;
            if (line.Length > 0 && line.Length + 1 + piece.Length > lineLength)
            {
                lines.Add(line);
                line = piece;
            }
            else
            {
                line = line.Length == 0 ? piece : line + " " + piece;
            }
        }

        lines.Add(line);
        if (lines.Count <= maxLines)
        {
            return lines;
        }

        var last = lines[maxLines - 1];
        return lines.Take(maxLines - 1).Concat(new[] { (last.Length >= lineLength ? last.Substring(0, lineLength - 1) : last) + "…" }).ToList();
    }

    private enum RouteShape
    {
        Straight,
        OneChannel,
        SameColumn,
        ThroughRowChannel,
    }

    private sealed class RoutePlan
    {
        public RoutePlan(GraphEdge edge, NodeBox from, NodeBox to, RouteShape shape, int? verticalChannel, int? horizontalChannel, int? secondVerticalChannel)
        {
            Edge = edge;
            From = from;
            To = to;
            Shape = shape;
            VerticalChannel = verticalChannel;
            HorizontalChannel = horizontalChannel;
            SecondVerticalChannel = secondVerticalChannel;
        }

        public GraphEdge Edge { get; }

        public NodeBox From { get; }

        public NodeBox To { get; }

        public RouteShape Shape { get; }

        public int? VerticalChannel { get; }

        public int? HorizontalChannel { get; }

        public int? SecondVerticalChannel { get; }

        public double SourcePort { get; set; }

        public double TargetPort { get; set; }

        public IReadOnlyList<SvgPoint> Points(double x, double y, double x2)
        {
            var start = new SvgPoint(From.Right, From.Y + (From.Height / 2) + SourcePort);
            var endY = To.Y + (To.Height / 2) + TargetPort;
            switch (Shape)
            {
                case RouteShape.Straight when Math.Abs(SourcePort - TargetPort) < 0.01:
                    return new[] { start, new SvgPoint(To.X, endY) };
                case RouteShape.Straight:
                    var middle = From.Right + (ColumnGap / 2);
                    return new[] { start, new SvgPoint(middle, start.Y), new SvgPoint(middle, endY), new SvgPoint(To.X, endY) };
                case RouteShape.OneChannel:
                    return new[] { start, new SvgPoint(x, start.Y), new SvgPoint(x, endY), new SvgPoint(To.X, endY) };
                case RouteShape.SameColumn:
                    return new[] { start, new SvgPoint(x, start.Y), new SvgPoint(x, endY), new SvgPoint(To.Right, endY) };
                default:
                    return new[] { start, new SvgPoint(x, start.Y), new SvgPoint(x, y), new SvgPoint(x2, y), new SvgPoint(x2, endY), new SvgPoint(To.X, endY) };
            }
        }
    }
}
