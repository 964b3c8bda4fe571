using System;
using System.Linq;
using System.Text;
using CareerLadder.Rendering.Graph;
using CareerLadder.Rendering.Text;
using CareerLadder.Rendering.Views;

namespace CareerLadder.Rendering.Pages;

/// <summary>
/// The career-path graph for a page: ranks as columns on a wide screen (in a box that scrolls sideways if the screen is
/// narrower than the graph), ranks as rows on a phone, and the same moves as a list of links that reads on any screen
/// and in a screen reader.
/// </summary>
public static class CareerPathsFigure
{
    /// <summary>The figure's HTML.</summary>
    /// <param name="graph">The graph.</param>
    public static string Html(CareerGraph graph)
    {
        if (graph is null)
        {
            throw new ArgumentNullException(nameof(graph));
        }

        // Two drawings of one graph: ranks as columns where the screen is wide enough, ranks as rows on a phone (the
        // style sheet shows one of them), so that neither scrolls sideways where it is shown.
        var html = new StringBuilder("<figure class=\"paths\">\n<div class=\"graph-scroll graph-wide\" tabindex=\"0\" aria-label=\"Career-path graph (scrolls sideways)\">\n")
            .Append(CareerPathSvg.Render(GraphLayout.Of(graph), graph, standalone: false))
            .Append("</div>\n<div class=\"graph-narrow\">\n")
            .Append(CareerPathSvg.Render(GraphLayout.Vertical(graph), graph, standalone: false, idPrefix: "narrow-"))
            .Append("</div>\n<figcaption class=\"muted\">Solid arrows lead to the next level of the track; dashed arrows are declared career moves. On a wide screen columns are ranks and rows are tracks; on a narrow one the levels are listed by rank, top to bottom. Every move is also listed below.</figcaption>\n</figure>\n");
        html.Append("<h2>Every move</h2>\n<ul class=\"moves\">\n");
        var nodes = graph.Nodes.GroupBy(node => node.Code, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        foreach (var edge in graph.Edges.Where(edge => nodes.ContainsKey(edge.From) && nodes.ContainsKey(edge.To)))
        {
            html.Append("<li data-from=\"").Append(HtmlText.Encode(edge.From)).Append("\" data-to=\"").Append(HtmlText.Encode(edge.To)).Append("\">");
            LevelCard.AppendLevelRef(html, Ref(nodes[edge.From]));
            html.Append(" → ");
            LevelCard.AppendLevelRef(html, Ref(nodes[edge.To]));
            LevelCard.AppendMoveKind(html, edge.Kind);
            html.Append("</li>\n");
        }

        return html.Append("</ul>\n").ToString();
    }

    private static LevelRef Ref(GraphNode node) => new(node.Code, node.Title, node.Href);
}
