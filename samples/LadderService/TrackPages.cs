using System.Linq;
using System.Text;
using CareerLadder;
using CareerLadder.Rendering.Pages;
using CareerLadder.Rendering.Radar;
using CareerLadder.Rendering.Text;
using CareerLadder.Rendering.Views;
using LadderService.Ladders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LadderService;

/// <summary>
/// HTML pages drawn by CareerLadder.Rendering: an index of the tracks and one page per track with a card per level.
/// Light and dark themes follow the browser's colour scheme; <c>?theme=light</c> or <c>?theme=dark</c> forces one.
/// </summary>
public static class TrackPages
{
    public static IEndpointRouteBuilder MapLadderPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (string? theme) => SitePages.Html(CareerLadders.FrameworkName + " career ladders", Index(), theme));
        endpoints.MapGet("/tracks/{id}/page", (string id, string? theme) =>
            CareerLadders.TryGetTrack(id, out var track)
                ? SitePages.Html(track.Name.ToString(), TrackPage.Html(track, CareerLadders.Competencies, SitePages.Links), theme)
                : LadderApi.NotFound("Unknown track", "No track has the id or abbreviation", id));

        // CareerLadder.Rendering's README shows this endpoint: a Level binds from its code (any case); an unknown code is a 400.
        // chart-snippet-start
        endpoints.MapGet("/levels/{level}/chart.svg", (Level level) =>
            Results.Content(RadarChart.Svg(level, CareerLadders.Competencies), "image/svg+xml"));
        // chart-snippet-end
        return endpoints;
    }

    public static string Index()
    {
        var body = new StringBuilder();
        body.Append("<h1>").Append(HtmlText.Encode(CareerLadders.FrameworkName)).Append(" career ladders</h1>\n")
            .Append(TrackIndex.Html(CareerLadders.Tracks.Select(track => new TrackEntry(
                track.Name.ToString(),
                "/tracks/" + track.Id + "/page",
                track.Levels.Select(level => level.Code).ToArray(),
                track.Summary?.ToString()))))
            .Append("<p><a href=\"/assess\">Self-assessment</a>: which level matches your steps?</p>\n<p><a href=\"/paths\">Career paths</a>: where each level leads.</p>\n")
            .Append("<p class=\"muted\">JSON: <a href=\"/tracks\">/tracks</a>, /tracks/{id}, /levels/{code}, /levels/{code}/gap/{other}; SVG: /levels/{level}/chart.svg</p>\n");
        return body.ToString();
    }
}
