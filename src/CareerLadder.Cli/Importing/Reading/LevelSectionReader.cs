using System.Linq;
using CareerLadder.Cli.Importing.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CareerLadder.Cli.Importing.Reading;

/// <summary>Reads a <c>## CODE - Title</c> section: its chart (image or picture), <c>* **Step**: sentence</c> bullets, summary and sub-sections.</summary>
internal static class LevelSectionReader
{
    /// <summary>Reads the section.</summary>
    /// <param name="source">The page.</param>
    /// <param name="node">The heading's node.</param>
    /// <param name="parsed">The code, number and title of the heading.</param>
    /// <param name="log">Where warnings go.</param>
    public static RawLevelSection Read(MarkdownSource source, OutlineNode node, ParsedLevel parsed, ImportLog log)
    {
        var level = new RawLevelSection(node.Line, node.Title, parsed);
        var code = level.Name;
        foreach (var block in node.Content)
        {
            switch (block)
            {
                case HtmlBlock html when HtmlImage.Read(html.Lines.ToString()) is { } picture:
                    SetChart(level, picture, source.LineOf(html), source, log);
                    break;
                case ParagraphBlock paragraph when ImageOnly(paragraph) is { } image:
                    SetChart(level, new ChartImage(image.Url, null, image.Text.Length == 0 ? null : image.Text), source.LineOf(paragraph), source, log);
                    break;
                case ParagraphBlock paragraph when Labelled(paragraph) is { } labelled:
                    level.Labelled.Add((labelled.Label, labelled.Text, source.LineOf(paragraph)));
                    break;
                case ParagraphBlock paragraph:
                    var text = InlineText.Plain(paragraph.Inline);
                    if (PageReader.IsInheritanceNote(text))
                    {
                        break;
                    }

                    if (level.Summary is null)
                    {
                        level.Summary = text;
                    }
                    else
                    {
                        log.Warn(source.Path, source.LineOf(paragraph), ImportWarnings.Ignored, $"Only the first paragraph of level '{code}' becomes its summary; this one is not imported");
                    }

                    break;
                case ListBlock list:
                    ReadBullets(level, list, source, log);
                    break;
                default:
                    log.Warn(source.Path, source.LineOf(block), ImportWarnings.Ignored, $"This block of level '{code}' is not imported");
                    break;
            }
        }

        foreach (var child in node.Children)
        {
            level.Sections.Add(new RawSection(child.Title, new RawContent(source, child.Content, child.Children, child.Line)));
        }

        return level;
    }

    private static void SetChart(RawLevelSection level, ChartImage chart, int line, MarkdownSource source, ImportLog log)
    {
        if (level.Chart is null)
        {
            level.Chart = chart;
            level.ChartLine = line;
        }
        else
        {
            log.Warn(source.Path, line, ImportWarnings.Ignored, $"Level '{level.Name}' already has a chart (line {level.ChartLine}); this image is not imported");
        }
    }

    private static void ReadBullets(RawLevelSection level, ListBlock list, MarkdownSource source, ImportLog log)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var line = source.LineOf(item);
            if (item.FirstOrDefault() is not ParagraphBlock paragraph || paragraph.Inline?.FirstChild is not EmphasisInline { DelimiterCount: 2 } strong)
            {
                log.Warn(source.Path, line, ImportWarnings.Ignored, $"This bullet of level '{level.Name}' is not '* **Step**: sentence'; it is not imported");
                continue;
            }

            var step = InlineText.Plain(strong).TrimEnd(':').Trim();
            var rest = InlineText.Plain(paragraph.Inline.Skip(1)).TrimStart(':', ' ', '-', '–', '—').Trim();
            if (item.Count > 1)
            {
                log.Warn(source.Path, line, ImportWarnings.Ignored, $"Only the first paragraph of the '{step}' bullet of level '{level.Name}' is imported");
            }

            level.Bullets.Add(new RawBullet(line, step, rest.Length == 0 ? null : rest));
        }
    }

    /// <summary>A paragraph <c>**Label**: text</c> (or <c>**Label:** text</c>): a section of the level named by its label.</summary>
    private static (string Label, string Text)? Labelled(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not EmphasisInline { DelimiterCount: 2 } strong)
        {
            return null;
        }

        var label = InlineText.Plain(strong);
        var rest = InlineText.Plain(paragraph.Inline.Skip(1));
        if (!label.EndsWith(':') && !rest.StartsWith(':'))
        {
            return null;
        }

        var text = rest.TrimStart(':', ' ').Trim();
        return label.TrimEnd(':').Trim() is { Length: > 0 } name && text.Length > 0 ? (name, text) : null;
    }

    private static InlineLink? ImageOnly(ParagraphBlock paragraph)
    {
        var links = InlineText.Links(paragraph);
        return links.Count == 1 && links[0].IsImage && InlineText.Plain(paragraph.Inline) == links[0].Text ? links[0] : null;
    }
}
