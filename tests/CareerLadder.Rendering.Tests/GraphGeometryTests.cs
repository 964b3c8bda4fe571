using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Rendering.Graph;
using CareerLadder.Rendering.Radar;
using CareerLadder.Rendering.Tests.Ladders;
using Xunit;

namespace CareerLadder.Rendering.Tests;

/// <summary>
/// The career-path layouts read, the wide one (ranks as columns) and the narrow one (ranks as rows): no move crosses a
/// box, every arrowhead sits outside its target, on a side of it.
/// </summary>
public sealed class GraphGeometryTests
{
    private const double ArrowLength = 10;

    public static TheoryData<string, bool> Graphs() => new()
    {
        { "repository", false },
        { "ten-generated-tracks", false },
        { "repository", true },
        { "ten-generated-tracks", true },
    };

    [Theory]
    [MemberData(nameof(Graphs))]
    public void No_segment_of_a_move_intersects_a_box_other_than_its_ends(string name, bool vertical)
    {
        var layout = Layout(name, vertical);

        foreach (var route in layout.Routes)
        {
            foreach (var (a, b) in Segments(route))
            {
                foreach (var box in layout.Boxes.Where(box => box.Node.Code != route.Edge.From && box.Node.Code != route.Edge.To))
                {
                    Assert.False(Intersects(a, b, box), $"{name}: {route.Edge.From}→{route.Edge.To} segment ({a.X},{a.Y})-({b.X},{b.Y}) crosses {box.Node.Code}.");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Moves_are_drawn_with_horizontal_and_vertical_segments_outside_their_own_boxes(string name, bool vertical)
    {
        var layout = Layout(name, vertical);

        foreach (var route in layout.Routes)
        {
            var from = layout.Boxes.Single(box => box.Node.Code == route.Edge.From);
            var to = layout.Boxes.Single(box => box.Node.Code == route.Edge.To);
            foreach (var (a, b) in Segments(route))
            {
                Assert.True(Math.Abs(a.X - b.X) < 0.01 || Math.Abs(a.Y - b.Y) < 0.01, $"{route.Edge.From}→{route.Edge.To}: diagonal segment.");
                Assert.False(Intersects(a, b, Shrink(from)) || Intersects(a, b, Shrink(to)), $"{route.Edge.From}→{route.Edge.To}: runs through its own box.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Every_arrowhead_ends_on_a_side_of_its_target_after_a_straight_run_longer_than_the_arrowhead(string name, bool vertical)
    {
        var layout = Layout(name, vertical);

        Assert.Equal(Graph(name).Edges.Count, layout.Routes.Count);
        foreach (var route in layout.Routes)
        {
            var to = layout.Boxes.Single(box => box.Node.Code == route.Edge.To);
            var end = route.Points[^1];
            var before = route.Points[^2];
            Assert.True(Math.Abs(end.X - to.X) < 0.01 || Math.Abs(end.X - to.Right) < 0.01, $"{route.Edge.From}→{route.Edge.To} does not end on a side of its target.");
            Assert.InRange(end.Y, to.Y + 4, to.Bottom - 4);
            Assert.True(Math.Abs(before.Y - end.Y) < 0.01 && Math.Abs(before.X - end.X) >= ArrowLength + 4, $"{route.Edge.From}→{route.Edge.To}: last run too short for the arrowhead.");
            Assert.True(Math.Abs(end.X - to.X) < 0.01 ? before.X < end.X : before.X > end.X, $"{route.Edge.From}→{route.Edge.To}: arrowhead points away from its target.");
        }
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Boxes_and_track_names_do_not_overlap_and_fit_the_drawing(string name, bool vertical)
    {
        var layout = Layout(name, vertical);

        foreach (var box in layout.Boxes)
        {
            Assert.True(box.X >= 0 && box.Y >= 0 && box.Right <= layout.Width && box.Bottom <= layout.Height, $"{box.Node.Code} is outside the drawing.");
            Assert.DoesNotContain(layout.Boxes, other => !ReferenceEquals(other, box) && other.X < box.Right && box.X < other.Right && other.Y < box.Bottom && box.Y < other.Bottom);
        }

        if (vertical)
        {
            // A phone of 360 px shows the repository's graph at full size; a much larger graph is scaled down to fit.
            Assert.True(name != "repository" || layout.Width <= 320, $"The narrow drawing is {layout.Width} wide: it would not fit a phone.");
            foreach (var label in layout.Labels)
            {
                var (left, right, top, bottom) = (label.X, label.X + (label.Lines.Max(line => line.Length) * 8.2), label.Y - 14, label.Y + 4);
                Assert.DoesNotContain(layout.Boxes, box => box.X < right && left < box.Right && box.Y < bottom && top < box.Bottom);
            }

            return;
        }

        var firstColumn = layout.Boxes.Min(box => box.X);
        foreach (var label in layout.Labels)
        {
            var right = label.X + (label.Lines.Max(line => line.Length) * 8.2);
            Assert.True(right + 16 <= firstColumn, $"Track name '{label.Track.Name}' reaches {right}, the first column starts at {firstColumn}.");
        }
    }

    [Fact]
    public void The_repository_graph_keeps_the_same_rank_moves_in_the_channel_beside_their_column()
    {
        var layout = GraphLayout.Of(Graph("repository"));

        var move = layout.Routes.Single(route => route.Edge.From == "TPM5" && route.Edge.To == "PM5");
        var tpm5 = layout.Boxes.Single(box => box.Node.Code == "TPM5");
        Assert.All(move.Points.Skip(1), point => Assert.True(point.X >= tpm5.Right - 0.01, "TPM5→PM5 leaves the channel right of rank 5."));
    }

    private static GraphLayout Layout(string name, bool vertical) => vertical ? GraphLayout.Vertical(Graph(name)) : GraphLayout.Of(Graph(name));

    internal static CareerGraph Graph(string name) =>
        name == "repository" ? CareerGraph.Of(CareerLadders.Tracks) : GeneratedLadders.TenTracks();

    private static IEnumerable<(SvgPoint A, SvgPoint B)> Segments(EdgeRoute route) =>
        route.Points.Zip(route.Points.Skip(1), (a, b) => (a, b));

    private static NodeBox Shrink(NodeBox box) => box with { X = box.X + 1, Y = box.Y + 1, Width = box.Width - 2, Height = box.Height - 2 };

    /// <summary>Whether the segment touches the box, borders included (Liang–Barsky clipping).</summary>
    private static bool Intersects(SvgPoint a, SvgPoint b, NodeBox box)
    {
        double t0 = 0, t1 = 1;
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        foreach (var (p, q) in new[] { (-dx, a.X - box.X), (dx, box.Right - a.X), (-dy, a.Y - box.Y), (dy, box.Bottom - a.Y) })
        {
            if (Math.Abs(p) < 1e-9)
            {
                if (q < 0)
                {
                    return false;
                }

                continue;
            }

            var t = q / p;
            if (p < 0)
            {
                t0 = Math.Max(t0, t);
            }
            else
            {
                t1 = Math.Min(t1, t);
            }

            if (t0 > t1)
            {
                return false;
            }
        }

        return true;
    }
}
