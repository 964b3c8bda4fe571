using System;
using System.Collections.Generic;
using System.Text;
using CareerLadder.Rendering.Text;
using CareerLadder.Rendering.Views;

namespace CareerLadder.Rendering.Pages;

/// <summary>The HTML table of every track: name (linked to its page), levels and summary.</summary>
public static class TrackIndex
{
    /// <summary>The table.</summary>
    /// <param name="tracks">The tracks.</param>
    public static string Html(IEnumerable<TrackEntry> tracks)
    {
        if (tracks is null)
        {
            throw new ArgumentNullException(nameof(tracks));
        }

        var html = new StringBuilder("<div class=\"table-scroll\">\n<table class=\"tracks stack\">\n<caption>Tracks</caption>\n<thead><tr><th scope=\"col\">Track</th><th scope=\"col\">Levels</th><th scope=\"col\">Summary</th></tr></thead>\n<tbody>\n");
        foreach (var track in tracks)
        {
            html.Append("<tr><td>").AppendLink(track.Name, track.Href).Append("</td><td data-label=\"Levels\">").Append(HtmlText.Encode(string.Join(", ", track.Levels)))
                .Append("</td><td>").Append(HtmlText.Encode(track.Summary ?? string.Empty)).Append("</td></tr>\n");
        }

        return html.Append("</tbody>\n</table>\n</div>\n").ToString();
    }
}
