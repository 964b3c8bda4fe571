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
/// HTML pages: an index of the tracks and one page per track with each level's expectations and its radar chart.
/// Light and dark themes follow the browser's colour scheme; <c>?theme=light</c> or <c>?theme=dark</c> forces one.
/// The markup is well-formed XML so that tests can parse it.
/// </summary>
public static class TrackPages
{
    private const string Style = """
        :root { color-scheme: light; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --card: #f6f8fa; --border: #d0d7de; --grid: #d0d7de; --area: rgba(9, 105, 218, 0.22); --stroke: #0969da; --link: #0969da; }
        @media (prefers-color-scheme: dark) {
          :root:not([data-theme="light"]) { color-scheme: dark; --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --card: #161b22; --border: #30363d; --grid: #3d444d; --area: rgba(88, 166, 255, 0.28); --stroke: #58a6ff; --link: #58a6ff; }
        }
        :root[data-theme="dark"] { color-scheme: dark; --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --card: #161b22; --border: #30363d; --grid: #3d444d; --area: rgba(88, 166, 255, 0.28); --stroke: #58a6ff; --link: #58a6ff; }
        body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, sans-serif; }
        a { color: var(--link); }
        .muted { color: var(--muted); }
        .level { display: grid; grid-template-columns: 480px 1fr; gap: 1.5rem; align-items: start; margin: 1.5rem 0; padding: 1rem 1.25rem; background: var(--card); border: 1px solid var(--border); border-radius: 8px; }
        .level h2 { grid-column: 1 / -1; margin: 0; }
        .radar { max-width: 100%; height: auto; }
        .radar-ring, .radar-spoke { fill: none; stroke: var(--grid); stroke-width: 1; }
        .radar-area { fill: var(--area); stroke: var(--stroke); stroke-width: 2; stroke-linejoin: round; }
        .radar-step { fill: var(--stroke); }
        .radar-label { fill: var(--fg); font-size: 13px; }
        .radar-step-name { fill: var(--muted); }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--border); }
        """;

    public static IEndpointRouteBuilder MapLadderPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (string? theme) => Html(Index(theme)));
        endpoints.MapGet("/tracks/{id}/page", (string id, string? theme) =>
            CareerLadders.TryGetTrack(id, out var track)
                ? Html(Page(track, theme))
                : Results.Problem(title: "Unknown track", detail: $"No track has the id or abbreviation '{id}'.", statusCode: StatusCodes.Status404NotFound));
        return endpoints;
    }

    public static string Index(string? theme)
    {
        var body = new StringBuilder();
        body.Append("<h1>").Append(Encode(CareerLadders.FrameworkName)).Append(" career ladders</h1>\n<ul class=\"tracks\">\n");
        foreach (var track in CareerLadders.Tracks)
        {
            body.Append("<li><a href=\"/tracks/").Append(Encode(track.Id)).Append("/page\">").Append(Encode(track.Name.Text)).Append("</a> ")
                .Append("<span class=\"muted\">").Append(Encode(string.Join(", ", track.Levels.Select(level => level.Code)))).Append("</span></li>\n");
        }

        body.Append("</ul>\n<p><a href=\"/assess\">Self-assessment</a>: which level matches your steps?</p>\n<p><a href=\"/paths\">Career paths</a>: where each level leads.</p>\n");
        body.Append("<p class=\"muted\">JSON: <a href=\"/tracks\">/tracks</a>, /tracks/{id}, /levels/{code}, /levels/{code}/gap/{other}</p>\n");
        return Document(CareerLadders.FrameworkName + " career ladders", theme, body.ToString());
    }

    public static string Page(Track track, string? theme)
    {
        var competencies = CareerLadders.Competencies;
        var body = new StringBuilder();
        body.Append("<p><a href=\"/\">All tracks</a></p>\n<h1>").Append(Encode(track.Name.Text)).Append("</h1>\n");
        if (track.Summary is not null)
        {
            body.Append("<p>").Append(Encode(track.Summary.Text)).Append("</p>\n");
        }

        foreach (var level in track.Levels)
        {
            body.Append("<section class=\"level\" id=\"").Append(Encode(level.Code)).Append("\" data-level=\"").Append(Encode(level.Code)).Append("\">\n")
                .Append("<h2>").Append(Encode(level.Code)).Append(" – ").Append(Encode(level.Title.Text)).Append("</h2>\n")
                .Append(RadarChart.Svg(level, competencies)).Append('\n')
                .Append("<div>\n<p class=\"muted\">Rank ").Append(level.Rank);
            if (level.Seniority is not null)
            {
                body.Append(" · ").Append(Encode(level.Seniority));
            }

            if (level.PublicTitle is not null)
            {
                body.Append(" · ").Append(Encode(level.PublicTitle.Text));
            }

            body.Append(" · <a href=\"/levels/").Append(Encode(level.Code)).Append("\">JSON</a>");
            if (level.Next is { } next)
            {
                body.Append(" · <a href=\"/levels/").Append(Encode(level.Code)).Append("/gap/").Append(Encode(next.Code)).Append("\">gap to ")
                    .Append(Encode(next.Code)).Append("</a>");
            }

            body.Append("</p>\n");
            if (level.Summary is not null)
            {
                body.Append("<p>").Append(Encode(level.Summary.Text)).Append("</p>\n");
            }

            body.Append("<table class=\"expectations\">\n<tr><th>Competency</th><th>Step</th><th>Expectation</th></tr>\n");
            foreach (var competency in competencies)
            {
                var expectation = level.GetExpectation(competency);
                body.Append("<tr data-competency=\"").Append(Encode(competency.Id)).Append("\"><td>").Append(Encode(competency.Name.Text)).Append("</td><td>")
                    .Append(expectation is null ? "–" : Encode($"{expectation.Step.Name.Text} ({expectation.Step.Value}/{competency.Steps.Count})"))
                    .Append("</td><td>").Append(Encode(expectation?.Text?.Text ?? string.Empty)).Append("</td></tr>\n");
            }

            body.Append("</table>\n");
            foreach (var section in level.Sections)
            {
                body.Append("<h3>").Append(Encode(section.Name.Text)).Append("</h3>\n");
                if (section.Text is not null)
                {
                    body.Append("<p>").Append(Encode(section.Text.Text)).Append("</p>\n");
                }

                AppendItems(body, section.Items);
            }

            body.Append("</div>\n</section>\n");
        }

        return Document(track.Name.Text, theme, body.ToString());
    }

    private static void AppendItems(StringBuilder body, System.Collections.Generic.IReadOnlyList<SectionItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        body.Append("<ul>\n");
        foreach (var item in items)
        {
            body.Append("<li>");
            if (item.Link is not null)
            {
                body.Append("<a href=\"").Append(Encode(item.Link)).Append("\">").Append(Encode(item.Text.Text)).Append("</a>");
            }
            else
            {
                body.Append(Encode(item.Text.Text));
            }

            AppendItems(body, item.Items);
            body.Append("</li>\n");
        }

        body.Append("</ul>\n");
    }

    private static string Document(string title, string? theme, string body)
    {
        var themeAttribute = theme is "light" or "dark" ? " data-theme=\"" + theme + "\"" : string.Empty;
        return "<!DOCTYPE html>\n<html lang=\"en\"" + themeAttribute + ">\n<head>\n<meta charset=\"utf-8\" />\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
            + "<meta name=\"color-scheme\" content=\"light dark\" />\n"
            + "<title>" + Encode(title) + "</title>\n<style>\n" + Style + "\n</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
