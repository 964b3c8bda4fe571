using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace CareerLadder.Cli.Importing.Markdown;

/// <summary>A cell of an HTML table: where its content starts in the page and how long it is.</summary>
/// <param name="Start">Offset of the content (after <c>&lt;td ...&gt;</c>).</param>
/// <param name="Length">Length of the content (up to <c>&lt;/td&gt;</c>).</param>
/// <param name="Line">1-based line of the <c>&lt;td&gt;</c>.</param>
internal sealed record HtmlCell(int Start, int Length, int Line);

/// <summary>An HTML <c>&lt;table&gt;</c> written in a Markdown page, with the extent it covers.</summary>
/// <param name="Start">Offset of <c>&lt;table</c>.</param>
/// <param name="End">Offset just past <c>&lt;/table&gt;</c>.</param>
/// <param name="Line">1-based line of <c>&lt;table</c>.</param>
/// <param name="Rows">The rows, each a list of cells.</param>
internal sealed record HtmlTable(int Start, int End, int Line, IReadOnlyList<IReadOnlyList<HtmlCell>> Rows);

/// <summary>
/// Reads HTML tables from the page text itself: Markdig splits an HTML block at every blank line, so the cells'
/// Markdown (<c>markdown="1"</c>) ends up between fragments of HTML. Reading the text keeps each cell whole.
/// </summary>
internal static class HtmlTableReader
{
    private static readonly Regex Row = new(@"<tr\b[^>]*>(?<row>.*?)</tr\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex Cell = new(@"<t[dh]\b[^>]*>(?<cell>.*?)</t[dh]\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex End = new(@"</table\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Reads the table that starts at <paramref name="start"/> (the offset of <c>&lt;table</c>), or null when it is not closed.</summary>
    /// <param name="source">The page.</param>
    /// <param name="start">Offset of <c>&lt;table</c>.</param>
    public static HtmlTable? Read(MarkdownSource source, int start)
    {
        var end = End.Match(source.Text, start);
        if (!end.Success)
        {
            return null;
        }

        var body = source.Text.Substring(start, end.Index - start);
        var rows = new List<IReadOnlyList<HtmlCell>>();
        foreach (Match row in Row.Matches(body))
        {
            var cells = new List<HtmlCell>();
            var rowGroup = row.Groups["row"];
            foreach (Match cell in Cell.Matches(rowGroup.Value))
            {
                var group = cell.Groups["cell"];
                var offset = start + rowGroup.Index + group.Index;
                cells.Add(new HtmlCell(offset, group.Length, source.LineOf(start + rowGroup.Index + cell.Index)));
            }

            rows.Add(cells);
        }

        return new HtmlTable(start, end.Index + end.Length, source.LineOf(start), rows);
    }
}
