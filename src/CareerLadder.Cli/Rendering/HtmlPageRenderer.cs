using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Cli.Rendering;

/// <summary>
/// Writes a track as a standalone HTML page: title, summary, links, the level table (code, rank, title, seniority,
/// public title), then per level its inline SVG radar chart, expectations and free-form sections. Light and dark themes
/// follow <c>prefers-color-scheme</c>.
/// </summary>
public static class HtmlPageRenderer
{
    /// <summary>The page of a track.</summary>
    /// <param name="site">The framework, the tracks and the culture.</param>
    /// <param name="track">The track.</param>
    public static string Track(SiteModel site, CodeTrack track)
    {
        var text = site.Text;
        var page = new StringBuilder();
        AppendHead(page, site, text.Get(track.Name));
        page.Append("<nav><a href=\"index.html\">All tracks</a></nav>\n");
        page.Append("<h1>").Append(Markup.Encode(text.Get(track.Name))).Append("</h1>\n");
        if (text.GetOrNull(track.Summary) is { } summary)
        {
            page.Append("<p class=\"summary\">").Append(Markup.Encode(summary)).Append("</p>\n");
        }

        if (track.Links.Count > 0)
        {
            page.Append("<ul class=\"links\">\n");
            foreach (var link in track.Links)
            {
                page.Append("<li><a href=\"").Append(Markup.Url(link.Url)).Append("\">").Append(Markup.Encode(link.Text)).Append("</a></li>\n");
            }

            page.Append("</ul>\n");
        }

        AppendLevelTable(page, track, text);
        foreach (var level in track.Levels)
        {
            AppendLevel(page, site, level);
        }

        page.Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>The index page: one row per track.</summary>
    /// <param name="site">The framework, the tracks and the culture.</param>
    public static string Index(SiteModel site)
    {
        var page = new StringBuilder();
        AppendHead(page, site, "Career ladders");
        page.Append("<h1>Career ladders</h1>\n");
        if (site.Framework.Description is { } description)
        {
            page.Append("<p class=\"summary\">").Append(Markup.Encode(description)).Append("</p>\n");
        }

        page.Append("<table class=\"tracks\">\n<thead><tr><th>Track</th><th>Levels</th><th>Summary</th></tr></thead>\n<tbody>\n");
        foreach (var track in site.Tracks)
        {
            page.Append("<tr><td><a href=\"").Append(Markup.Encode(track.Id)).Append(".html\">").Append(Markup.Encode(site.Text.Get(track.Name))).Append("</a></td><td>")
                .Append(Markup.Encode(string.Join(", ", track.Levels.Select(level => level.Code)))).Append("</td><td>")
                .Append(Markup.Encode(site.Text.GetOrNull(track.Summary) ?? string.Empty)).Append("</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static void AppendHead(StringBuilder page, SiteModel site, string title)
    {
        page.Append("<!DOCTYPE html>\n<html lang=\"").Append(Markup.Encode(site.Text.Culture ?? "en")).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"color-scheme\" content=\"light dark\">\n")
            .Append("<meta name=\"generator\" content=\"careerladder render\">\n")
            .Append("<title>").Append(Markup.Encode(title)).Append("</title>\n<style>\n").Append(PageStyles.Css).Append("</style>\n</head>\n<body>\n<main>\n");
    }

    private static void AppendLevelTable(StringBuilder page, CodeTrack track, TextSelector text)
    {
        page.Append("<table class=\"levels\">\n<thead><tr><th>Code</th><th>Rank</th><th>Title</th><th>Seniority</th><th>Public title</th></tr></thead>\n<tbody>\n");
        foreach (var level in track.Levels)
        {
            page.Append("<tr><td><a href=\"#").Append(Markup.Encode(LevelHeadings.Anchor(level, text))).Append("\">").Append(Markup.Encode(level.Code)).Append("</a></td>")
                .Append("<td>").Append(level.Rank.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td>").Append(Markup.Encode(text.Get(level.Title))).Append("</td>")
                .Append("<td>").Append(Markup.Encode(level.Seniority ?? string.Empty)).Append("</td>")
                .Append("<td>").Append(Markup.Encode(text.GetOrNull(level.PublicTitle) ?? string.Empty)).Append("</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n");
    }

    private static void AppendLevel(StringBuilder page, SiteModel site, CodeLevel level)
    {
        var text = site.Text;
        page.Append("<section class=\"level\" id=\"").Append(Markup.Encode(LevelHeadings.Anchor(level, text))).Append("\" data-code=\"").Append(Markup.Encode(level.Code)).Append("\">\n");
        page.Append("<h2>").Append(Markup.Encode(LevelHeadings.Heading(level, text))).Append("</h2>\n");
        if (level.Extends is { } extends && site.FindLevel(extends.Code) is { } parent)
        {
            page.Append("<p class=\"extends\">Builds on <a href=\"").Append(Markup.Encode(parent.Track.Id)).Append(".html#").Append(Markup.Encode(LevelHeadings.Anchor(parent.Level, text))).Append("\">")
                .Append(Markup.Encode(LevelHeadings.Heading(parent.Level, text))).Append("</a>; what it inherits is marked.</p>\n");
        }

        if (text.GetOrNull(level.Summary) is { } summary)
        {
            page.Append("<p>").Append(Markup.Encode(summary)).Append("</p>\n");
        }

        if (site.HasChart(level))
        {
            page.Append("<figure class=\"chart\">\n").Append(RadarChartSvg.Render(LevelHeadings.Heading(level, text), RadarAxis.For(site.Framework, level), standalone: false)).Append("</figure>\n");
        }

        if (level.Expectations.Count > 0)
        {
            page.Append("<ul class=\"expectations\">\n");
            foreach (var expectation in level.Expectations)
            {
                page.Append("<li><strong>").Append(Markup.Encode(site.StepName(expectation))).Append("</strong> <span class=\"competency\">(")
                    .Append(Markup.Encode(site.CompetencyName(expectation))).Append(")</span>");
                if (text.GetOrNull(expectation.Text) is { } sentence)
                {
                    page.Append(": ").Append(Markup.Encode(sentence));
                }

                AppendInherited(page, expectation.InheritedFrom);
                page.Append("</li>\n");
            }

            page.Append("</ul>\n");
        }

        foreach (var section in level.Sections)
        {
            AppendSection(page, site, section);
        }

        page.Append("</section>\n");
    }

    private static void AppendSection(StringBuilder page, SiteModel site, CodeSectionValue section)
    {
        var definition = site.Section(section);
        page.Append("<section class=\"section\" data-section=\"").Append(Markup.Encode(definition.Id)).Append("\">\n<h3>").Append(Markup.Encode(definition.Name));
        AppendInherited(page, section.InheritedFrom);
        page.Append("</h3>\n");
        switch (definition.Kind)
        {
            case SectionShape.Text:
                page.Append("<p>").Append(Markup.Encode(site.Text.GetOrNull(section.Text) ?? string.Empty)).Append("</p>\n");
                break;
            case SectionShape.Groups:
                foreach (var group in section.Items)
                {
                    page.Append("<h4>").Append(Markup.Encode(site.Text.Get(group.Text))).Append("</h4>\n");
                    AppendItems(page, site.Text, group.Items);
                }

                break;
            default:
                AppendItems(page, site.Text, section.Items);
                break;
        }

        page.Append("</section>\n");
    }

    private static void AppendItems(StringBuilder page, TextSelector text, IEnumerable<CodeItem> items)
    {
        page.Append("<ul>\n");
        foreach (var item in items)
        {
            page.Append("<li>");
            if (item.Link is { } link)
            {
                page.Append("<a href=\"").Append(Markup.Url(link)).Append("\">").Append(Markup.Encode(text.Get(item.Text))).Append("</a>");
            }
            else
            {
                page.Append(Markup.Encode(text.Get(item.Text)));
            }

            if (item.Items.Count > 0)
            {
                page.Append('\n');
                AppendItems(page, text, item.Items);
            }

            page.Append("</li>\n");
        }

        page.Append("</ul>\n");
    }

    private static void AppendInherited(StringBuilder page, string? inheritedFrom)
    {
        if (inheritedFrom is not null)
        {
            page.Append(" <span class=\"inherited\">from ").Append(Markup.Encode(inheritedFrom)).Append("</span>");
        }
    }
}
