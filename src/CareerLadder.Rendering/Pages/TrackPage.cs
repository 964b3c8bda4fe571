using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CareerLadder.Rendering.Text;
using CareerLadder.Rendering.Views;

namespace CareerLadder.Rendering.Pages;

/// <summary>The HTML of a track: its name, summary, links, a table of its levels and one <see cref="LevelCard"/> per level.</summary>
public static class TrackPage
{
    /// <summary>The page body of a runtime track.</summary>
    /// <param name="track">The track.</param>
    /// <param name="competencies">Every competency of the framework, for example the generated <c>CareerLadders.Competencies</c>.</param>
    /// <param name="links">Where levels link to; null for anchors on the same page.</param>
    /// <param name="culture">The culture of the texts; null for the current UI culture.</param>
    public static string Html(Track track, IReadOnlyList<Competency> competencies, LevelLinks? links = null, CultureInfo? culture = null) =>
        Html(LadderViews.Track(track, competencies, links, culture));

    /// <summary>The page body of a track view (to wrap with <see cref="HtmlPage.Document"/>).</summary>
    /// <param name="track">The track.</param>
    public static string Html(TrackView track)
    {
        if (track is null)
        {
            throw new ArgumentNullException(nameof(track));
        }

        var html = new StringBuilder();
        html.Append("<h1>").Append(HtmlText.Encode(track.Name)).Append("</h1>\n");
        if (track.Summary is { } summary)
        {
            html.Append("<p class=\"summary\">").Append(HtmlText.Encode(summary)).Append("</p>\n");
        }

        if (track.Links.Count > 0)
        {
            html.Append("<ul class=\"links\">\n");
            foreach (var link in track.Links)
            {
                html.Append("<li>").AppendLink(link.Text, link.Url).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<div class=\"table-scroll\">\n<table class=\"levels stack\">\n<caption>Levels</caption>\n<thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Rank</th><th scope=\"col\">Title</th><th scope=\"col\">Seniority</th><th scope=\"col\">Public title</th></tr></thead>\n<tbody>\n");
        foreach (var level in track.Levels)
        {
            html.Append("<tr><td>").AppendLink(level.Code, "#" + level.Code).Append("</td><td data-label=\"Rank\">").Append(level.Rank.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(HtmlText.Encode(level.Title)).Append("</td><td data-label=\"Seniority\">").Append(HtmlText.Encode(level.Seniority ?? string.Empty))
                .Append("</td><td data-label=\"Public title\">").Append(HtmlText.Encode(level.PublicTitle ?? string.Empty)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
        foreach (var level in track.Levels)
        {
            LevelCard.Append(html, level);
        }

        return html.ToString();
    }
}
