using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CareerLadder.Cli.Rendering;

/// <summary>
/// Writes the career-path graph as a standalone SVG: one row per track, one column per rank, so that a move to the
/// right is a promotion; solid arrows to the next level, dashed arrows for declared transitions.
/// </summary>
public static class SvgPathWriter
{
    private const int NodeWidth = 190;
    private const int NodeHeight = 44;
    private const int ColumnWidth = 240;
    private const int RowHeight = 90;
    private const int LeftMargin = 200;
    private const int TopMargin = 30;

    /// <summary>Returns the SVG document.</summary>
    /// <param name="graph">The graph.</param>
    public static string Write(CareerPathGraph graph)
    {
        var ranks = graph.Nodes.Select(node => node.Rank).Distinct().OrderBy(rank => rank).ToList();
        var positions = new Dictionary<string, (double X, double Y)>();
        foreach (var node in graph.Nodes)
        {
            positions[node.Code] = (LeftMargin + (ranks.IndexOf(node.Rank) * ColumnWidth), TopMargin + (node.TrackIndex * RowHeight));
        }

        var width = LeftMargin + (ranks.Count * ColumnWidth);
        var height = TopMargin + (graph.Tracks.Count * RowHeight);
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"career-paths\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">\n"));
        svg.Append("<style>.track{font:600 14px sans-serif;fill:#333}.node rect{fill:#eef3fb;stroke:#3d6fb6}.node text{font:12px sans-serif;fill:#111}")
            .Append(".next{stroke:#3d6fb6;stroke-width:1.5}.transition{stroke:#c26a00;stroke-width:1.5;stroke-dasharray:6 4}")
            .Append("@media (prefers-color-scheme: dark){.track{fill:#ddd}.node rect{fill:#1d2a3a;stroke:#7fa7e0}.node text{fill:#eee}}</style>\n");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"context-stroke\"/></marker></defs>\n");
        for (var index = 0; index < graph.Tracks.Count; index++)
        {
            svg.Append(Invariant($"<text class=\"track\" x=\"10\" y=\"{TopMargin + (index * RowHeight) + (NodeHeight / 2) + 5}\">{Markup.Encode(graph.Tracks[index].Name.Text)}</text>\n"));
        }

        foreach (var edge in graph.Edges)
        {
            var (x1, y1) = positions[edge.From];
            var (x2, y2) = positions[edge.To];
            svg.Append(Invariant($"<line class=\"{(edge.IsTransition ? "transition" : "next")}\" data-from=\"{edge.From}\" data-to=\"{edge.To}\" x1=\"{x1 + NodeWidth}\" y1=\"{y1 + (NodeHeight / 2)}\" x2=\"{x2}\" y2=\"{y2 + (NodeHeight / 2)}\" marker-end=\"url(#arrow)\"/>\n"));
        }

        foreach (var node in graph.Nodes)
        {
            var (x, y) = positions[node.Code];
            svg.Append(Invariant($"<g class=\"node\" data-level=\"{node.Code}\" data-rank=\"{node.Rank}\"><rect x=\"{x}\" y=\"{y}\" width=\"{NodeWidth}\" height=\"{NodeHeight}\" rx=\"6\"/>"))
                .Append(Invariant($"<text x=\"{x + 8}\" y=\"{y + 18}\">{Markup.Encode(node.Code)}</text><text x=\"{x + 8}\" y=\"{y + 35}\">{Markup.Encode(Shorten(node.Title))}</text></g>\n"));
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static string Shorten(string title) => title.Length <= 28 ? title : title.Substring(0, 27) + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
