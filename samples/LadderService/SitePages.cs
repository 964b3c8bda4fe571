using System.Collections.Generic;
using CareerLadder;
using CareerLadder.Rendering.Pages;
using CareerLadder.Rendering.Views;
using Microsoft.AspNetCore.Http;

namespace LadderService;

/// <summary>What every HTML page of the sample shares: its navigation, where a level's card is, and the HTML result.</summary>
public static class SitePages
{
    public static IReadOnlyList<LinkView> Navigation { get; } = new[]
    {
        new LinkView("All tracks", "/"),
        new LinkView("Career paths", "/paths"),
        new LinkView("Self-assessment", "/assess"),
        new LinkView("People", "/people"),
    };

    /// <summary>Level cards link to each other on their track pages, and show the level's JSON and its gap to the next level.</summary>
    public static LevelLinks Links { get; } = new LevelLinks(LevelHref)
    {
        Actions = level => level.Next is { } next
            ? new[] { new LinkView("JSON", "/levels/" + level.Code), new LinkView("gap to " + next.Code, "/levels/" + level.Code + "/gap/" + next.Code) }
            : new[] { new LinkView("JSON", "/levels/" + level.Code) },
    };

    /// <summary>Keeps a forced theme (<c>?theme=light</c> or <c>dark</c>) across a form's submission.</summary>
    public static string HiddenTheme(string? theme) =>
        theme is "light" or "dark" ? "<input type=\"hidden\" name=\"theme\" value=\"" + theme + "\" />\n" : string.Empty;

    public static string LevelHref(Level level) => "/tracks/" + level.Track.Id + "/page#" + level.Code;

    public static IResult Html(string title, string body, string? theme, string? script = null, int statusCode = StatusCodes.Status200OK, bool wide = false) =>
        Results.Content(HtmlPage.Document(title, body, Navigation, theme: theme, script: script, wide: wide), "text/html; charset=utf-8", statusCode: statusCode);
}
