using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CareerLadder.Rendering.Text;

namespace CareerLadder.Rendering.Pages;

/// <summary>
/// The fields of a form that records where a person stands: a step selector per competency and a level selector,
/// each a labelled <c>select</c> whose name is the competency id (the step's number as value) or <c>level</c> (the
/// level's code as value), so that a query string or a posted form reads back with the runtime's own parsing.
/// </summary>
public static class AssessmentForm
{
    /// <summary>One labelled selector per competency, its options the competency's steps, lowest first.</summary>
    /// <param name="competencies">The competencies, for example the generated <c>CareerLadders.Competencies</c>.</param>
    /// <param name="selected">The step value to select for a competency, or null to select none (the browser shows the first).</param>
    /// <param name="culture">The culture of the names; null for the current UI culture.</param>
    public static string StepFields(IEnumerable<Competency> competencies, Func<Competency, int?>? selected = null, CultureInfo? culture = null)
    {
        if (competencies is null)
        {
            throw new ArgumentNullException(nameof(competencies));
        }

        var names = culture ?? CultureInfo.CurrentUICulture;
        var html = new StringBuilder();
        foreach (var competency in competencies)
        {
            var value = selected?.Invoke(competency);
            OpenField(html, competency.Id, competency.Name.Get(names), " data-competency=\"" + HtmlText.Encode(competency.Id) + "\"");
            foreach (var step in competency.Steps)
            {
                html.Append("<option value=\"").Append(Invariant.Number(step.Value)).Append('"').Append(step.Value == value ? " selected=\"selected\"" : string.Empty).Append('>')
                    .Append(HtmlText.Encode(step.Name.Get(names))).Append("</option>\n");
            }

            html.Append("</select></div>\n");
        }

        return html.ToString();
    }

    /// <summary>A labelled selector of every level, grouped by track, named <c>level</c>.</summary>
    /// <param name="tracks">The tracks, for example the generated <c>CareerLadders.Tracks</c>.</param>
    /// <param name="selected">The level to select, or null.</param>
    /// <param name="culture">The culture of the names; null for the current UI culture.</param>
    public static string LevelField(IEnumerable<Track> tracks, Level? selected = null, CultureInfo? culture = null)
    {
        if (tracks is null)
        {
            throw new ArgumentNullException(nameof(tracks));
        }

        var names = culture ?? CultureInfo.CurrentUICulture;
        var html = new StringBuilder();
        OpenField(html, "level", "Level", string.Empty);
        foreach (var track in tracks)
        {
            html.Append("<optgroup label=\"").Append(HtmlText.Encode(track.Name.Get(names))).Append("\">\n");
            foreach (var level in track.Levels)
            {
                html.Append("<option value=\"").Append(HtmlText.Encode(level.Code)).Append('"').Append(ReferenceEquals(level, selected) ? " selected=\"selected\"" : string.Empty).Append('>')
                    .Append(HtmlText.Encode(level.Code + " – " + level.Title.Get(names))).Append("</option>\n");
            }

            html.Append("</optgroup>\n");
        }

        return html.Append("</select></div>\n").ToString();
    }

    /// <summary>
    /// The closest level of each track to an assessment, as a table that stacks on a phone: the level (linked), its
    /// distance (<c>exact</c> for 0) and what its next level adds.
    /// </summary>
    /// <param name="matches">Each track with its match, for example from the generated <c>CareerLadders.Assess</c>.</param>
    /// <param name="levelHref">Where a level links to, or null for no links.</param>
    /// <param name="query">Kept on the table as <c>data-query</c>, for example the query string the assessment came from.</param>
    /// <param name="culture">The culture of the texts; null for the current UI culture.</param>
    public static string ClosestLevels(IEnumerable<KeyValuePair<Track, LevelMatch>> matches, Func<Level, string?>? levelHref = null, string? query = null, CultureInfo? culture = null)
    {
        if (matches is null)
        {
            throw new ArgumentNullException(nameof(matches));
        }

        var names = culture ?? CultureInfo.CurrentUICulture;
        var html = new StringBuilder("<div id=\"results\" class=\"table-scroll\">\n<table id=\"assessment\" class=\"stack\"");
        if (query is not null)
        {
            html.Append(" data-query=\"").Append(HtmlText.Encode(query)).Append('"');
        }

        html.Append(">\n<caption>Closest level of each track</caption>\n<thead><tr><th scope=\"col\">Track</th><th scope=\"col\">Closest level</th><th scope=\"col\">Distance</th><th scope=\"col\">Next level adds</th></tr></thead>\n<tbody>\n");
        foreach (var pair in matches)
        {
            var (track, match) = (pair.Key, pair.Value);
            html.Append("<tr data-track=\"").Append(HtmlText.Encode(track.Id)).Append("\"><td>").Append(HtmlText.Encode(track.Name.Get(names))).Append("</td>");
            if (match.Level is not { } level)
            {
                html.Append("<td class=\"level\" data-level=\"\" data-label=\"Closest level\">–</td><td class=\"distance\" data-label=\"Distance\">–</td><td class=\"next\" data-label=\"Next level adds\">No level to compare with: the levels of this track expect no competency steps.</td></tr>\n");
                continue;
            }

            html.Append("<td class=\"level\" data-level=\"").Append(HtmlText.Encode(level.Code)).Append("\" data-label=\"Closest level\">");
            var text = level.Code + " – " + level.Title.Get(names);
            if (levelHref?.Invoke(level) is { } href)
            {
                html.AppendLink(text, href);
            }
            else
            {
                html.Append(HtmlText.Encode(text));
            }

            html.Append("</td><td class=\"distance\" data-label=\"Distance\">").Append(match.IsExact ? "exact" : Invariant.Number(match.Distance))
                .Append("</td><td class=\"next\" data-label=\"Next level adds\">").Append(HtmlText.Encode(match.GapToNext()?.ToString() ?? "Top of the track.")).Append("</td></tr>\n");
        }

        return html.Append("</tbody>\n</table>\n</div>\n").ToString();
    }

    /// <summary>A message about the form's input, announced by screen readers.</summary>
    /// <param name="message">The message.</param>
    public static string Alert(string message) =>
        "<p class=\"measured-by\" role=\"alert\">" + HtmlText.Encode(message ?? throw new ArgumentNullException(nameof(message))) + "</p>\n";

    private static void OpenField(StringBuilder html, string id, string label, string attributes)
    {
        var encoded = HtmlText.Encode(id);
        html.Append("<div class=\"field\"><label for=\"").Append(encoded).Append("\">").Append(HtmlText.Encode(label)).Append("</label>")
            .Append("<select id=\"").Append(encoded).Append("\" name=\"").Append(encoded).Append('"').Append(attributes).Append(">\n");
    }
}
