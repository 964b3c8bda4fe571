using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CareerLadder.Cli.Common;
using CareerLadder.Cli.Importing.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CareerLadder.Cli.Importing.Reading;

/// <summary>
/// Reads a page's structure: its title and summary, the level table, <c>## CODE</c> level sections, HTML comparison
/// tables and free-form sections. Navigation (a later <c>#</c> heading with only links, such as "Other Pages") is skipped.
/// </summary>
internal static class PageReader
{
    private static readonly Regex SameAs = new(@"^same as (?<name>.+?),?\s+but\s+(also|with)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex BuildsOn = new(@"^builds on\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Reads a page.</summary>
    /// <param name="source">The parsed Markdown.</param>
    /// <param name="log">Where warnings go.</param>
    public static RawPage Read(MarkdownSource source, ImportLog log)
    {
        var frontMatter = FrontMatter.Read(source, log);
        var root = Outline.Build(source);

        // A "#" heading names the page; else the front matter's title does, and every heading is part of the body (a
        // page that is one level, with "##" sections); else the first heading of any level.
        var title = root.Children.FirstOrDefault(node => node.Level == 1) ?? (frontMatter?.Title is null ? root.Children.FirstOrDefault() : null);
        var page = new RawPage(source, title?.Title ?? frontMatter?.Title ?? System.IO.Path.GetFileNameWithoutExtension(source.Path), title?.Line ?? frontMatter?.Line ?? 1)
        {
            FrontMatter = frontMatter,
        };
        foreach (var node in root.DescendantsAndSelf().Where(node => node.Heading is not null))
        {
            page.Anchors.Add(Anchors.Slug(node.Title));
        }

        var body = title ?? root;
        foreach (var other in root.Children.Where(node => body != root && node != body))
        {
            if (!IsNavigation(other))
            {
                log.Warn(source.Path, other.Line, ImportWarnings.Ignored, $"The content under '{other.Title}' is outside the page's title '{page.Title}'; it is not imported");
            }
        }

        ReadPageContent(page, body == root ? root.Content : body.Content, log);
        if (body != root && root.Content.Count > 0 && root.Content.Any(block => block is not HtmlBlock))
        {
            log.Warn(source.Path, source.LineOf(root.Content[0]), ImportWarnings.Ignored, "The content before the page's title is not imported");
        }

        var rowCodes = page.Rows.Select(row => row.Code).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var node in body.Children)
        {
            ReadNode(page, node, rowCodes, log);
        }

        return page;
    }

    private static void ReadPageContent(RawPage page, List<Block> blocks, ImportLog log)
    {
        var source = page.Source;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    ReadPageParagraph(page, paragraph, log);
                    break;
                case Table table:
                    var rows = LevelTableReader.Read(table, source);
                    if (rows is null)
                    {
                        log.Warn(source.Path, source.LineOf(table), ImportWarnings.Ignored, "This table has no column of levels (Level, Position or Code, or numbers or level codes); it is not imported");
                    }
                    else
                    {
                        page.Rows.AddRange(rows);
                    }

                    break;
                case ListBlock list when Lists.OnlyLinks(list) is { } links:
                    page.Links.AddRange(links);
                    break;
                default:
                    log.Warn(source.Path, source.LineOf(block), ImportWarnings.Ignored, "This block under the page's title is not imported");
                    break;
            }
        }
    }

    private static void ReadPageParagraph(RawPage page, ParagraphBlock paragraph, ImportLog log)
    {
        var source = page.Source;
        var text = InlineText.Plain(paragraph.Inline);
        if (SameAs.Match(text) is { Success: true } sameAs)
        {
            page.SameAs = sameAs.Groups["name"].Value.Trim();
            page.SameAsLine = source.LineOf(paragraph);
        }
        else if (InlineText.OnlyLink(paragraph) is { } link)
        {
            page.Links.Add(new ImportedLink(link.Text, link.Url));
        }
        else if (InlineText.Links(paragraph).Any(candidate => candidate.IsImage) && text.Length == 0)
        {
            log.Warn(source.Path, source.LineOf(paragraph), ImportWarnings.Ignored, "An image outside any level section is not imported");
        }
        else if (page.Summary is null)
        {
            page.Summary = text;
        }
        else
        {
            log.Warn(source.Path, source.LineOf(paragraph), ImportWarnings.Ignored, "Only the first paragraph under the title becomes the summary; this one is not imported");
        }
    }

    private static void ReadNode(RawPage page, OutlineNode node, HashSet<string> rowCodes, ImportLog log)
    {
        var source = page.Source;
        if ((LevelHeading.Parse(node.Title) ?? (rowCodes.Contains(node.Title.Trim()) ? new ParsedLevel(node.Title.Trim(), null, null) : null)) is { } parsed)
        {
            page.LevelSections.Add(LevelSectionReader.Read(source, node, parsed, log));
            return;
        }

        if (node.Content.OfType<HtmlBlock>().FirstOrDefault(IsTable) is { } tableBlock)
        {
            ComparisonReader.Read(page, node, tableBlock, log);
            return;
        }

        if (IsNavigation(node))
        {
            return;
        }

        if (node.Children.Any(child => LevelHeading.Parse(child.Title) is not null))
        {
            if (node.Content.Count > 0)
            {
                log.Warn(source.Path, node.Line, ImportWarnings.Ignored, $"The text under '{node.Title}' is not imported");
            }

            foreach (var child in node.Children)
            {
                ReadNode(page, child, rowCodes, log);
            }

            return;
        }

        page.Sections.Add(new RawSection(node.Title, new RawContent(source, node.Content, node.Children, node.Line)));
    }

    private static bool IsTable(HtmlBlock block) => block.Lines.ToString().TrimStart().StartsWith("<table", StringComparison.OrdinalIgnoreCase);

    /// <summary>A heading whose content is only lists of links to other pages (for example "Other Pages").</summary>
    private static bool IsNavigation(OutlineNode node) =>
        node.Children.Count == 0 && node.Content.Count > 0 && node.Content.All(block => block is ListBlock list && Lists.OnlyLinks(list) is { } links && links.All(link => !link.Url.StartsWith("http", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Whether a paragraph is the renderer's "Builds on ..." note or a "Same as" sentence.</summary>
    /// <param name="text">The paragraph's text.</param>
    public static bool IsInheritanceNote(string text) => BuildsOn.IsMatch(text) || SameAs.IsMatch(text);
}
