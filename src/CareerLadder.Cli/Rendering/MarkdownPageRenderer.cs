using System.Globalization;
using System.Linq;
using System.Text;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Cli.Rendering;

/// <summary>
/// Writes a track as a Markdown page in the seeds' style: title, summary, the level table (Level, Seniority, Public
/// Title, Position), then per level a <c>## CODE - Title</c> section with its radar chart, <c>* **Step**: sentence</c>
/// bullets and its free-form sections. <c>careerladder import</c> reads this style back.
/// </summary>
public static class MarkdownPageRenderer
{
    /// <summary>The page of a track.</summary>
    /// <param name="site">The framework, the tracks and the culture.</param>
    /// <param name="track">The track.</param>
    public static string Track(SiteModel site, CodeTrack track)
    {
        var text = site.Text;
        var page = new StringBuilder();
        page.Append("# ").Append(MarkdownText.Inline(text.Get(track.Name))).Append("\n\n");
        if (text.GetOrNull(track.Summary) is { } summary)
        {
            page.Append(MarkdownText.Block(summary)).Append("\n\n");
        }

        if (track.Links.Count > 0)
        {
            foreach (var link in track.Links)
            {
                page.Append("* ").Append(MarkdownText.Link(link.Text, link.Url)).Append('\n');
            }

            page.Append('\n');
        }

        AppendLevelTable(page, track, text);
        foreach (var level in track.Levels)
        {
            AppendLevel(page, site, level);
        }

        return page.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The index page: one row per track with its levels and summary.</summary>
    /// <param name="site">The framework, the tracks and the culture.</param>
    public static string Index(SiteModel site)
    {
        var page = new StringBuilder("# Career ladders\n\n");
        if (site.Framework.Name.Length > 0)
        {
            page.Append(MarkdownText.Block(site.Framework.Name + " framework" + (site.Framework.Description is { } description ? ": " + description : "."))).Append("\n\n");
        }

        page.Append("| Track | Levels | Summary |\n| :--- | :--- | :--- |\n");
        foreach (var track in site.Tracks)
        {
            page.Append("| [").Append(MarkdownText.Inline(site.Text.Get(track.Name))).Append("](").Append(track.Id).Append(".md) | ")
                .Append(string.Join(", ", track.Levels.Select(level => level.Code))).Append(" | ")
                .Append(MarkdownText.Inline(site.Text.GetOrNull(track.Summary) ?? string.Empty)).Append(" |\n");
        }

        return page.ToString();
    }

    private static void AppendLevelTable(StringBuilder page, CodeTrack track, TextSelector text)
    {
        page.Append("| Level | Seniority | Public Title | Position |\n| :--- | :--- | :--- | :--- |\n");
        foreach (var level in track.Levels)
        {
            page.Append("| ").Append(level.Rank.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(MarkdownText.Inline(level.Seniority ?? string.Empty))
                .Append(" | ").Append(MarkdownText.Inline(text.GetOrNull(level.PublicTitle) ?? string.Empty))
                .Append(" | [").Append(MarkdownText.Inline(LevelHeadings.Heading(level, text))).Append("](#").Append(LevelHeadings.Anchor(level, text)).Append(") |\n");
        }

        page.Append('\n');
    }

    private static void AppendLevel(StringBuilder page, SiteModel site, CodeLevel level)
    {
        var text = site.Text;
        page.Append("## ").Append(MarkdownText.Inline(LevelHeadings.Heading(level, text))).Append("\n\n");
        if (level.Extends is { } extends && site.FindLevel(extends.Code) is { } parent)
        {
            page.Append("*Builds on [").Append(MarkdownText.Inline(LevelHeadings.Heading(parent.Level, text))).Append("](")
                .Append(parent.Track.Id).Append(".md#").Append(LevelHeadings.Anchor(parent.Level, text))
                .Append("); what it inherits is included below.*\n\n");
        }

        if (text.GetOrNull(level.Summary) is { } summary)
        {
            page.Append(MarkdownText.Block(summary)).Append("\n\n");
        }

        if (site.HasChart(level))
        {
            page.Append("![").Append(MarkdownText.Inline(text.Get(level.Title))).Append("](charts/").Append(level.Code).Append(".svg)\n\n");
        }

        if (level.Expectations.Count > 0)
        {
            foreach (var expectation in level.Expectations)
            {
                page.Append("* **").Append(MarkdownText.Inline(site.StepName(expectation))).Append("**");
                if (text.GetOrNull(expectation.Text) is { } sentence)
                {
                    page.Append(": ").Append(MarkdownText.Inline(sentence));
                }

                page.Append('\n');
            }

            page.Append('\n');
        }

        foreach (var section in level.Sections)
        {
            AppendSection(page, site, section);
        }
    }

    private static void AppendSection(StringBuilder page, SiteModel site, CodeSectionValue section)
    {
        var definition = site.Section(section);
        page.Append("### ").Append(MarkdownText.Inline(definition.Name)).Append("\n\n");
        switch (definition.Kind)
        {
            case SectionShape.Text:
                page.Append(MarkdownText.Block(site.Text.GetOrNull(section.Text) ?? string.Empty)).Append("\n\n");
                break;
            case SectionShape.Groups:
                foreach (var group in section.Items)
                {
                    page.Append("#### ").Append(MarkdownText.Inline(site.Text.Get(group.Text))).Append("\n\n");
                    AppendItems(page, site.Text, group.Items, 0);
                    page.Append('\n');
                }

                break;
            default:
                AppendItems(page, site.Text, section.Items, 0);
                page.Append('\n');
                break;
        }
    }

    private static void AppendItems(StringBuilder page, TextSelector text, System.Collections.Generic.IEnumerable<CodeItem> items, int depth)
    {
        foreach (var item in items)
        {
            page.Append(' ', depth * 4).Append("* ");
            var itemText = text.Get(item.Text);
            if (item.Link is { } link)
            {
                page.Append(MarkdownText.Link(itemText, link));
            }
            else
            {
                page.Append(MarkdownText.Block(itemText));
            }

            page.Append('\n');
            AppendItems(page, text, item.Items, depth + 1);
        }
    }
}
