using System.Linq;
using CareerLadder.Authoring.Model;
using CareerLadder.Rendering.Pages;
using CareerLadder.Rendering.Text;
using CareerLadder.Rendering.Views;

namespace CareerLadder.Cli.Rendering;

/// <summary>
/// Writes a track as a standalone HTML page drawn by CareerLadder.Rendering: title, summary, links, the level table,
/// then a card per level (radar chart or what the level is measured by, expectations, sections with inherited ones
/// marked, next steps). Light and dark themes follow <c>prefers-color-scheme</c>.
/// </summary>
public static class HtmlPageRenderer
{
    private static readonly LinkView[] Navigation = { new("All tracks", "index.html") };

    /// <summary>The page of a track.</summary>
    /// <param name="site">The framework, the tracks and the culture.</param>
    /// <param name="track">The track.</param>
    public static string Track(SiteModel site, CodeTrack track) =>
        HtmlPage.Document(site.Text.Get(track.Name), TrackPage.Html(LadderViewBuilder.Track(site, track)), Navigation, site.Text.Culture);

    /// <summary>The index page: one row per track.</summary>
    /// <param name="site">The framework, the tracks and the culture.</param>
    public static string Index(SiteModel site)
    {
        var body = "<h1>Career ladders</h1>\n"
            + (site.Framework.Description is { } description ? "<p class=\"summary\">" + HtmlText.Encode(description) + "</p>\n" : string.Empty)
            + TrackIndex.Html(site.Tracks.Select(track => new TrackEntry(site.Text.Get(track.Name), track.Id + ".html", track.Levels.Select(level => level.Code).ToArray(), site.Text.GetOrNull(track.Summary))));
        return HtmlPage.Document("Career ladders", body, navigation: null, site.Text.Culture);
    }
}
