using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CareerLadder.Rendering.Graph;
using CareerLadder.Rendering.Radar;
using CareerLadder.Rendering.Text;
using CareerLadder.Rendering.Views;

namespace CareerLadder.Rendering.Pages;

/// <summary>
/// The HTML card of a level: heading, facts, what it builds on, its radar chart and expectations (or, for a level that
/// expects no steps, what it is measured by instead), its sections with inherited ones marked, and where it leads.
/// </summary>
public static class LevelCard
{
    /// <summary>The card of a runtime level.</summary>
    /// <param name="level">The level.</param>
    /// <param name="competencies">Every competency of the framework, for example the generated <c>CareerLadders.Competencies</c>.</param>
    /// <param name="links">Where levels link to; null for anchors on the same page.</param>
    /// <param name="culture">The culture of the texts; null for the current UI culture.</param>
    public static string Html(Level level, IReadOnlyList<Competency> competencies, LevelLinks? links = null, System.Globalization.CultureInfo? culture = null) =>
        Html(LadderViews.Level(level, competencies, links, culture));

    /// <summary>The card of a level view.</summary>
    /// <param name="level">The level.</param>
    public static string Html(LevelView level)
    {
        if (level is null)
        {
            throw new ArgumentNullException(nameof(level));
        }

        var html = new StringBuilder();
        Append(html, level);
        return html.ToString();
    }

    internal static void Append(StringBuilder html, LevelView level)
    {
        var code = HtmlText.Encode(level.Code);
        html.Append("<section class=\"level\" id=\"").Append(code).Append("\" data-level=\"").Append(code).Append("\" aria-labelledby=\"").Append(code).Append("-heading\">\n")
            .Append("<h2 id=\"").Append(code).Append("-heading\">").Append(HtmlText.Encode(level.Heading)).Append("</h2>\n");
        AppendFacts(html, level);
        if (level.Extends is { } parent)
        {
            html.Append("<p class=\"extends\">Builds on ");
            AppendLevelRef(html, parent);
            html.Append(": what it inherits is marked <span class=\"inherited\">from ").Append(HtmlText.Encode(parent.Code)).Append("</span>.</p>\n");
        }

        if (level.Summary is { } summary)
        {
            html.Append("<p class=\"level-summary\">").Append(HtmlText.Encode(summary)).Append("</p>\n");
        }

        var chart = RadarAxis.AnyStep(level.Axes);
        html.Append("<div class=\"level-body").Append(chart ? string.Empty : " no-chart").Append("\">\n");
        if (chart)
        {
            html.Append("<figure class=\"chart\">\n").Append(RadarChart.Svg(level.Code, level.Heading, level.Axes, standalone: false)).Append("</figure>\n");
        }

        html.Append("<div class=\"level-content\">\n");
        if (level.Expectations.Count > 0)
        {
            AppendExpectations(html, level);
        }
        else
        {
            AppendMeasuredBy(html, level);
        }

        foreach (var section in level.Sections)
        {
            AppendSection(html, section);
        }

        html.Append("</div>\n</div>\n");
        AppendMoves(html, level);
        html.Append("</section>\n");
    }

    internal static void AppendLevelRef(StringBuilder html, LevelRef level)
    {
        var text = level.Code + " - " + level.Title;
        if (level.Href is { } href)
        {
            html.AppendLink(text, href);
        }
        else
        {
            html.Append(HtmlText.Encode(text));
        }
    }

    internal static void AppendMoveKind(StringBuilder html, MoveKind kind) =>
        html.Append(kind == MoveKind.NextLevel ? " <span class=\"move-kind\">(next level)</span>" : " <span class=\"move-kind career\">(career move)</span>");

    private static void AppendFacts(StringBuilder html, LevelView level)
    {
        var facts = new List<string> { "Rank " + level.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (level.Seniority is { } seniority)
        {
            facts.Add(seniority);
        }

        if (level.PublicTitle is { } publicTitle)
        {
            facts.Add(publicTitle);
        }

        html.Append("<p class=\"facts\">").Append(string.Join(" · ", facts.Select(HtmlText.Encode)));
        foreach (var action in level.Actions)
        {
            html.Append(" · ").AppendLink(action.Text, action.Url);
        }

        html.Append("</p>\n");
    }

    private static void AppendExpectations(StringBuilder html, LevelView level)
    {
        html.Append("<table class=\"expectations stack\">\n<caption>Expectations</caption>\n<thead><tr><th scope=\"col\">Competency</th><th scope=\"col\">Step</th><th scope=\"col\">Expectation</th></tr></thead>\n<tbody>\n");
        foreach (var expectation in level.Expectations)
        {
            html.Append("<tr data-competency=\"").Append(HtmlText.Encode(expectation.CompetencyId)).Append("\"><td>").Append(HtmlText.Encode(expectation.Competency))
                .Append("</td><td data-label=\"Step\">").Append(HtmlText.Encode(expectation.Step + " (" + expectation.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + expectation.Max.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")"))
                .Append("</td><td>").Append(HtmlText.Encode(expectation.Text ?? string.Empty));
            AppendInherited(html, expectation.InheritedFrom);
            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendMeasuredBy(StringBuilder html, LevelView level)
    {
        html.Append("<p class=\"measured-by\">").Append(HtmlText.Encode(level.Code)).Append(" expects no competency steps");
        html.Append(level.Sections.Count == 0
            ? ", and has no sections: it is described by its title alone."
            : ": it is measured by its sections " + HtmlText.Encode(string.Join(", ", level.Sections.Select(section => section.Name))) + ".");
        html.Append("</p>\n");
    }

    private static void AppendSection(StringBuilder html, SectionView section)
    {
        html.Append("<section class=\"section\" data-section=\"").Append(HtmlText.Encode(section.Id)).Append("\">\n<h3>").Append(HtmlText.Encode(section.Name));
        AppendInherited(html, section.InheritedFrom);
        html.Append("</h3>\n");
        switch (section.Kind)
        {
            case SectionViewKind.Text:
                html.Append("<p>").Append(HtmlText.Encode(section.Text ?? string.Empty)).Append("</p>\n");
                break;
            case SectionViewKind.Groups:
                foreach (var group in section.Items)
                {
                    html.Append("<h4>").Append(HtmlText.Encode(group.Text)).Append("</h4>\n");
                    AppendItems(html, group.Items);
                }

                break;
            default:
                AppendItems(html, section.Items);
                break;
        }

        html.Append("</section>\n");
    }

    private static void AppendItems(StringBuilder html, IReadOnlyList<ItemView> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        html.Append("<ul>\n");
        foreach (var item in items)
        {
            html.Append("<li>");
            if (item.Link is { } link)
            {
                html.AppendLink(item.Text, link);
            }
            else
            {
                html.Append(HtmlText.Encode(item.Text));
            }

            AppendItems(html, item.Items);
            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void AppendMoves(StringBuilder html, LevelView level)
    {
        if (level.Moves.Count == 0)
        {
            html.Append("<p class=\"moves-none muted\">Top of the track: no next level and no declared career move.</p>\n");
            return;
        }

        html.Append("<h3>Next steps</h3>\n<ul class=\"moves\">\n");
        foreach (var move in level.Moves)
        {
            html.Append("<li data-to=\"").Append(HtmlText.Encode(move.Target.Code)).Append("\">");
            AppendLevelRef(html, move.Target);
            AppendMoveKind(html, move.Kind);
            if (move.Gap is { } gap)
            {
                html.Append("<p class=\"gap\">").Append(HtmlText.Encode(gap)).Append("</p>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void AppendInherited(StringBuilder html, string? inheritedFrom)
    {
        if (inheritedFrom is not null)
        {
            html.Append(" <span class=\"inherited\">from ").Append(HtmlText.Encode(inheritedFrom)).Append("</span>");
        }
    }
}
