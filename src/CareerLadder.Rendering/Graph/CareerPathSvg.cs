using System;
using System.Linq;
using System.Text;
using CareerLadder.Rendering.Pages;
using CareerLadder.Rendering.Text;

namespace CareerLadder.Rendering.Graph;

/// <summary>
/// Draws the career-path graph as SVG (see <see cref="GraphLayout"/>): solid arrows to the next level of the track,
/// dashed arrows for career moves, a legend saying which is which, and a text description for screen readers.
/// </summary>
public static class CareerPathSvg
{
    /// <summary>Rules that draw the graph from the palette's custom properties (see <see cref="Theme"/>).</summary>
    public const string Rules =
        ".career-paths { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }\n" +
        ".career-paths .track, .career-paths .rank { fill: var(--fg); font-size: 14px; font-weight: 600; }\n" +
        ".career-paths .node rect { fill: var(--node); stroke: var(--node-border); stroke-width: 1.5; }\n" +
        ".career-paths .node text { fill: var(--fg); font-size: 13px; }\n" +
        ".career-paths .node .code { font-weight: 700; }\n" +
        ".career-paths .node a:focus rect, .career-paths .node a:hover rect { stroke-width: 3; }\n" +
        ".career-paths .edge { fill: none; stroke-width: 1.75; stroke-linejoin: round; }\n" +
        ".career-paths .next { stroke: var(--accent); }\n" +
        ".career-paths .move { stroke: var(--move); stroke-dasharray: 7 4; }\n" +
        ".career-paths .arrow-next { fill: var(--accent); }\n" +
        ".career-paths .arrow-move { fill: var(--move); }\n" +
        ".career-paths .legend text { fill: var(--fg); font-size: 13px; }\n";

    /// <summary>Returns the SVG of a graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="standalone">True (default) for a self-contained SVG file with its own palette and background; false to inline in a page styled by <see cref="PageStyles"/>.</param>
    public static string Render(CareerGraph graph, bool standalone = true) => Render(GraphLayout.Of(graph), graph, standalone);

    /// <summary>Returns the SVG of a graph already laid out.</summary>
    /// <param name="layout">The layout of <paramref name="graph"/>.</param>
    /// <param name="graph">The graph.</param>
    /// <param name="standalone">True for a self-contained SVG file; false to inline in a page.</param>
    public static string Render(GraphLayout layout, CareerGraph graph, bool standalone) => Render(layout, graph, standalone, idPrefix: string.Empty);

    /// <summary>Returns the SVG of a graph already laid out, its element ids prefixed so that two drawings can share a page.</summary>
    /// <param name="layout">The layout of <paramref name="graph"/>, for example <see cref="GraphLayout.Vertical"/> for a narrow screen.</param>
    /// <param name="graph">The graph.</param>
    /// <param name="standalone">True for a self-contained SVG file; false to inline in a page.</param>
    /// <param name="idPrefix">Put before every id of the drawing (title, description, arrowheads); letters, digits and hyphens.</param>
    public static string Render(GraphLayout layout, CareerGraph graph, bool standalone, string idPrefix)
    {
        if (layout is null)
        {
            throw new ArgumentNullException(nameof(layout));
        }

        if (graph is null)
        {
            throw new ArgumentNullException(nameof(graph));
        }

        if (idPrefix is null || idPrefix.Any(character => !(char.IsLetterOrDigit(character) || character == '-')))
        {
            throw new ArgumentException("An id prefix holds letters, digits and hyphens only.", nameof(idPrefix));
        }

        var width = Invariant.Number(layout.Width);
        var height = Invariant.Number(layout.Height);
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"career-paths").Append(layout.IsVertical ? " vertical" : string.Empty).Append("\" role=\"group\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height)
            .Append("\" width=\"").Append(width).Append("\" height=\"").Append(height).Append("\" aria-labelledby=\"").Append(idPrefix).Append("paths-title ").Append(idPrefix).Append("paths-desc\">\n");
        svg.Append("<title id=\"").Append(idPrefix).Append("paths-title\">Career paths</title>\n<desc id=\"").Append(idPrefix).Append("paths-desc\">")
            .Append(HtmlText.Encode(Description(graph))).Append("</desc>\n");
        if (standalone)
        {
            svg.Append("<style>\n").Append(Theme.Rules("svg.career-paths")).Append(Rules).Append(".paths-background { fill: var(--bg); }\n</style>\n")
                .Append("<rect class=\"paths-background\" width=\"100%\" height=\"100%\"/>\n");
        }

        svg.Append("<defs>")
            .Append("<marker id=\"").Append(idPrefix).Append("arrow-next\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\"><path class=\"arrow-next\" d=\"M0,0 L10,5 L0,10 z\"/></marker>")
            .Append("<marker id=\"").Append(idPrefix).Append("arrow-move\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\"><path class=\"arrow-move\" d=\"M0,0 L10,5 L0,10 z\"/></marker>")
            .Append("</defs>\n");
        AppendLegend(svg, idPrefix, stacked: layout.IsVertical);
        foreach (var label in layout.Labels)
        {
            svg.Append(layout.IsVertical ? "<text class=\"rank\" data-rank=\"" : "<text class=\"track\" data-track=\"").Append(HtmlText.Encode(label.Track.Id)).Append("\" x=\"").Append(Invariant.Number(label.X))
                .Append("\" y=\"").Append(Invariant.Number(label.Y)).Append("\">");
            for (var index = 0; index < label.Lines.Count; index++)
            {
                svg.Append("<tspan x=\"").Append(Invariant.Number(label.X)).Append("\" dy=\"").Append(index == 0 ? "0" : "17").Append("\">")
                    .Append(HtmlText.Encode(label.Lines[index])).Append("</tspan>");
            }

            svg.Append("</text>\n");
        }

        foreach (var route in layout.Routes)
        {
            var kind = route.Edge.Kind == MoveKind.NextLevel ? "next" : "move";
            svg.Append("<polyline class=\"edge ").Append(kind).Append("\" data-from=\"").Append(HtmlText.Encode(route.Edge.From)).Append("\" data-to=\"")
                .Append(HtmlText.Encode(route.Edge.To)).Append("\" points=\"")
                .Append(string.Join(" ", route.Points.Select(point => Invariant.Number(point.X) + "," + Invariant.Number(point.Y))))
                .Append("\" marker-end=\"url(#").Append(idPrefix).Append("arrow-").Append(kind).Append(")\"><title>")
                .Append(HtmlText.Encode(route.Edge.From + " → " + route.Edge.To + (route.Edge.Kind == MoveKind.NextLevel ? ": next level" : ": career move"))).Append("</title></polyline>\n");
        }

        foreach (var box in layout.Boxes)
        {
            AppendNode(svg, box);
        }

        return svg.Append("</svg>\n").ToString();
    }

    /// <summary>The graph in one sentence per track, for the SVG's description.</summary>
    /// <param name="graph">The graph.</param>
    public static string Description(CareerGraph graph) =>
        graph.Nodes.Count + " levels in " + graph.Tracks.Count + " tracks. " + string.Join(" ", graph.Edges.Select(edge =>
            edge.From + (edge.Kind == MoveKind.NextLevel ? " leads to " : " can move to ") + edge.To + "."));

    /// <summary>The two kinds of arrow, side by side, or one under the other in a narrow drawing.</summary>
    private static void AppendLegend(StringBuilder svg, string idPrefix, bool stacked)
    {
        var (moveX, moveY) = stacked ? (12, 42) : (240, 18);
        svg.Append("<g class=\"legend\" aria-hidden=\"true\">")
            .Append("<line class=\"edge next\" x1=\"12\" y1=\"18\" x2=\"52\" y2=\"18\" marker-end=\"url(#").Append(idPrefix).Append("arrow-next)\"/><text x=\"60\" y=\"23\">next level in the track</text>")
            .Append("<line class=\"edge move\" x1=\"").Append(Invariant.Number(moveX)).Append("\" y1=\"").Append(Invariant.Number(moveY)).Append("\" x2=\"").Append(Invariant.Number(moveX + 40))
            .Append("\" y2=\"").Append(Invariant.Number(moveY)).Append("\" marker-end=\"url(#").Append(idPrefix).Append("arrow-move)\"/><text x=\"").Append(Invariant.Number(moveX + 48))
            .Append("\" y=\"").Append(Invariant.Number(moveY + 5)).Append("\">career move (transitions)</text>")
            .Append("</g>\n");
    }

    private static void AppendNode(StringBuilder svg, NodeBox box)
    {
        var node = box.Node;
        svg.Append("<g class=\"node\" data-level=\"").Append(HtmlText.Encode(node.Code)).Append("\" data-rank=\"").Append(Invariant.Number(node.Rank)).Append("\">");
        var link = node.Href is { } href && SafeUrl.IsSafe(href);
        if (link)
        {
            svg.Append("<a href=\"").Append(HtmlText.Encode(node.Href!)).Append("\">");
        }

        svg.Append("<title>").Append(HtmlText.Encode(node.Code + " - " + node.Title)).Append("</title>")
            .Append("<rect x=\"").Append(Invariant.Number(box.X)).Append("\" y=\"").Append(Invariant.Number(box.Y)).Append("\" width=\"").Append(Invariant.Number(box.Width))
            .Append("\" height=\"").Append(Invariant.Number(box.Height)).Append("\" rx=\"6\"/>")
            .Append("<text class=\"code\" x=\"").Append(Invariant.Number(box.X + 10)).Append("\" y=\"").Append(Invariant.Number(box.Y + 19)).Append("\">")
            .Append(HtmlText.Encode(HtmlText.Shorten(node.Code, 18))).Append("</text>");
        var lines = GraphLayout.Wrap(node.Title, 18, 2);
        for (var index = 0; index < lines.Count; index++)
        {
            svg.Append("<text x=\"").Append(Invariant.Number(box.X + 10)).Append("\" y=\"").Append(Invariant.Number(box.Y + 38 + (index * 16))).Append("\">")
                .Append(HtmlText.Encode(lines[index])).Append("</text>");
        }

        if (link)
        {
            svg.Append("</a>");
        }

        svg.Append("</g>\n");
    }
}
