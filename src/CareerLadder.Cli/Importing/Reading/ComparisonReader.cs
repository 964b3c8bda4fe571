using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Cli.Importing.Markdown;
using Markdig.Syntax;

namespace CareerLadder.Cli.Importing.Reading;

/// <summary>
/// Reads an HTML comparison table (seed 003): the heading names a section, each column is a level. Two layouts are
/// understood: a header row of level titles above a row of values, and rows alternating a level title and its value.
/// </summary>
internal static class ComparisonReader
{
    /// <summary>Reads the table of <paramref name="node"/> into <see cref="RawPage.Comparisons"/>; links after the table become track links.</summary>
    /// <param name="page">The page.</param>
    /// <param name="node">The section's heading.</param>
    /// <param name="tableBlock">The HTML block that opens the table.</param>
    /// <param name="log">Where warnings go.</param>
    public static void Read(RawPage page, OutlineNode node, HtmlBlock tableBlock, ImportLog log)
    {
        var source = page.Source;
        var start = source.Text.IndexOf("<table", tableBlock.Span.Start, StringComparison.OrdinalIgnoreCase);
        var table = start < 0 ? null : HtmlTableReader.Read(source, start);
        if (table is null)
        {
            log.Warn(source.Path, source.LineOf(tableBlock), ImportWarnings.Ignored, $"The table of '{node.Title}' is not closed; it is not imported");
            return;
        }

        var columns = Columns(source, table);
        if (columns is null)
        {
            log.Warn(source.Path, table.Line, ImportWarnings.Ignored, $"The table of '{node.Title}' has neither a row of level titles above a row of values nor alternating title and value rows; it is not imported");
        }
        else
        {
            page.Comparisons.Add(new RawComparison(node.Title, node.Line, columns));
        }

        foreach (var block in node.Content.Where(block => block.Span.Start >= table.End))
        {
            if (block is ParagraphBlock paragraph && InlineText.OnlyLink(paragraph) is { } link)
            {
                page.Links.Add(new ImportedLink(link.Text, link.Url));
            }
            else
            {
                log.Warn(source.Path, source.LineOf(block), ImportWarnings.Ignored, $"This block after the table of '{node.Title}' is not imported");
            }
        }

        foreach (var child in node.Children)
        {
            log.Warn(source.Path, child.Line, ImportWarnings.Ignored, $"The heading '{child.Title}' inside the comparison '{node.Title}' is not imported");
        }
    }

    private static List<RawColumn>? Columns(MarkdownSource source, HtmlTable table)
    {
        var rows = table.Rows.Where(row => row.Count > 0).ToList();
        if (rows.Count >= 2 && rows[0].Count >= 2 && rows[1].Count == rows[0].Count)
        {
            return rows[0].Zip(rows[1], (title, value) => Column(source, title, value)).ToList();
        }

        if (rows.Count >= 2 && rows.Count % 2 == 0 && rows.All(row => row.Count == 1))
        {
            return Enumerable.Range(0, rows.Count / 2).Select(index => Column(source, rows[2 * index][0], rows[(2 * index) + 1][0])).ToList();
        }

        return null;
    }

    private static RawColumn Column(MarkdownSource source, HtmlCell title, HtmlCell value)
    {
        var titleFragment = source.Fragment(title.Start, title.Length);
        var titleText = InlineText.Clean(string.Join(" ", titleFragment.Document.Descendants<ParagraphBlock>().Select(paragraph => InlineText.Plain(paragraph.Inline))));
        var fragment = source.Fragment(value.Start, value.Length);
        var blocks = fragment.Document.Where(block => block is not BlankLineBlock).ToList();
        var content = new RawContent(fragment, blocks, Array.Empty<OutlineNode>(), value.Line);
        return new RawColumn(titleText, title.Line, content, InlineText.Clean(source.Text.Substring(value.Start, value.Length)));
    }
}
