using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using CareerLadder;
using LadderService.Ladders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LadderService;

/// <summary>
/// <c>/paths</c>: the career paths of the generated catalog as an SVG graph, one row per track and one column per rank;
/// solid arrows lead to the next level of the track, dashed arrows to the other levels of <c>Level.NextSteps</c>.
/// </summary>
public static class PathsPage
{
    private const int NodeWidth = 190;
    private const int NodeHeight = 44;
    private const int ColumnWidth = 240;
    private const int RowHeight = 90;
    private const int LeftMargin = 210;
    private const int TopMargin = 20;

    public static IEndpointRouteBuilder MapPathsPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/paths", () => Results.Content(Page(), "text/html; charset=utf-8"));
        return endpoints;
    }

    public static string Page() =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>Career paths</title>\n"
        + "<style>body{font:15px/1.5 system-ui,sans-serif;margin:1.5rem}.next{stroke:#3d6fb6;stroke-width:1.5}"
        + ".transition{stroke:#c26a00;stroke-width:1.5;stroke-dasharray:6 4}.node rect{fill:#eef3fb;stroke:#3d6fb6}"
        + ".node text,.track{font:12px sans-serif;fill:#111}@media (prefers-color-scheme: dark){body{background:#0d1117;color:#e6edf3}"
        + ".node rect{fill:#1d2a3a;stroke:#7fa7e0}.node text,.track{fill:#eee}}</style>\n</head>\n<body>\n"
        + "<p><a href=\"/\">All tracks</a></p>\n<h1>Career paths</h1>\n" + Svg() + "</body>\n</html>\n";

    public static string Svg()
    {
        var ranks = CareerLadders.Tracks.SelectMany(track => track.Levels).Select(level => level.Rank).Distinct().OrderBy(rank => rank).ToList();
        double X(Level level) => LeftMargin + (ranks.IndexOf(level.Rank) * ColumnWidth);
        double Y(Level level) => TopMargin + (CareerLadders.Tracks.ToList().IndexOf(level.Track) * RowHeight);
        var width = LeftMargin + (ranks.Count * ColumnWidth);
        var height = TopMargin + (CareerLadders.Tracks.Count * RowHeight);
        var svg = new StringBuilder(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"career-paths\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">\n"));
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"context-stroke\"/></marker></defs>\n");
        for (var index = 0; index < CareerLadders.Tracks.Count; index++)
        {
            svg.Append(Invariant($"<text class=\"track\" x=\"8\" y=\"{TopMargin + (index * RowHeight) + 27}\">{Encode(CareerLadders.Tracks[index].Name.ToString())}</text>\n"));
        }

        foreach (var level in CareerLadders.Tracks.SelectMany(track => track.Levels))
        {
            foreach (var next in level.NextSteps)
            {
                var kind = ReferenceEquals(next, level.Next) ? "next" : "transition";
                svg.Append(Invariant($"<line class=\"{kind}\" data-from=\"{level.Code}\" data-to=\"{next.Code}\" x1=\"{X(level) + NodeWidth}\" y1=\"{Y(level) + (NodeHeight / 2)}\" x2=\"{X(next)}\" y2=\"{Y(next) + (NodeHeight / 2)}\" marker-end=\"url(#arrow)\"/>\n"));
            }
        }

        foreach (var level in CareerLadders.Tracks.SelectMany(track => track.Levels))
        {
            svg.Append(Invariant($"<g class=\"node\" data-level=\"{level.Code}\"><a href=\"/tracks/{level.Track.Id}/page#{level.Code.ToLowerInvariant()}\"><rect x=\"{X(level)}\" y=\"{Y(level)}\" width=\"{NodeWidth}\" height=\"{NodeHeight}\" rx=\"6\"/>"))
                .Append(Invariant($"<text x=\"{X(level) + 8}\" y=\"{Y(level) + 18}\">{Encode(level.Code)}</text><text x=\"{X(level) + 8}\" y=\"{Y(level) + 35}\">{Encode(level.Title.ToString())}</text></a></g>\n"));
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static string Invariant(System.FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
