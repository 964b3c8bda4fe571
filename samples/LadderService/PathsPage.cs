using CareerLadder.Rendering.Graph;
using CareerLadder.Rendering.Pages;
using LadderService.Ladders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace LadderService;

/// <summary>
/// <c>/paths</c>: the career paths of the generated catalog (<c>Level.NextSteps</c>) as a graph, one row per track and
/// one column per rank, and as a list of every move.
/// </summary>
public static class PathsPage
{
    public static IEndpointRouteBuilder MapPathsPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/paths", (string? theme) => SitePages.Html("Career paths", Body(), theme, wide: true));
        return endpoints;
    }

    public static string Body() =>
        "<h1>Career paths</h1>\n" + CareerPathsFigure.Html(CareerGraph.Of(CareerLadders.Tracks, SitePages.LevelHref));
}
