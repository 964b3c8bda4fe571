using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CareerLadder.Cli.Importing.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CareerLadder.Cli.Importing.Reading;

/// <summary>Reads a Markdown level table with Level, Seniority (or Senior), Public Title and Position columns.</summary>
internal static class LevelTableReader
{
    private static readonly Regex Number = new(@"\d+", RegexOptions.CultureInvariant);

    private enum Column
    {
        Ignored,
        Rank,
        Seniority,
        Senior,
        PublicTitle,
        Position,
        Code,
        Title,
    }

    /// <summary>The rows, or null when the table has no column naming levels (Level, Rank, Position or Code).</summary>
    /// <param name="table">The table.</param>
    /// <param name="source">The page.</param>
    /// <param name="ignored">Called with the header cells nobody reads.</param>
    public static List<RawRow>? Read(Table table, MarkdownSource source, Action<string> ignored)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(row => row.IsHeader) ?? rows.FirstOrDefault();
        if (header is null)
        {
            return null;
        }

        var columns = header.OfType<TableCell>().Select(cell => Role(CellText(cell))).ToList();
        if (!columns.Any(column => column is Column.Rank or Column.Position or Column.Code))
        {
            return null;
        }

        foreach (var (cell, role) in header.OfType<TableCell>().Zip(columns))
        {
            if (role == Column.Ignored)
            {
                ignored(CellText(cell));
            }
        }

        var result = new List<RawRow>();
        foreach (var row in rows.Where(row => row != header))
        {
            result.Add(ReadRow(row, columns, source));
        }

        return result;
    }

    private static RawRow ReadRow(TableRow row, List<Column> columns, MarkdownSource source)
    {
        int? rank = null;
        string? seniority = null, publicTitle = null, code = null, title = null, anchor = null;
        var cells = row.OfType<TableCell>().ToList();
        for (var i = 0; i < cells.Count && i < columns.Count; i++)
        {
            var text = CellText(cells[i]);
            switch (columns[i])
            {
                case Column.Rank:
                    var number = Number.Match(text);
                    rank = number.Success ? int.Parse(number.Value, CultureInfo.InvariantCulture) : null;
                    break;
                case Column.Seniority:
                    seniority = NullIfEmpty(text);
                    break;
                case Column.Senior:
                    seniority = text.Trim().ToLowerInvariant() is "yes" or "y" or "x" or "true" or "✓" or "✔" ? "Senior" : seniority;
                    break;
                case Column.PublicTitle:
                    publicTitle = NullIfEmpty(text);
                    break;
                case Column.Position:
                    var link = cells[i].Descendants<ParagraphBlock>().SelectMany(InlineText.Links).FirstOrDefault(candidate => !candidate.IsImage);
                    var label = link?.Text ?? text;
                    if (LevelHeading.Parse(label) is { } parsed)
                    {
                        code = parsed.Code;
                        title ??= parsed.Title;
                    }
                    else
                    {
                        title ??= NullIfEmpty(label);
                    }

                    if (link is not null && link.Url.StartsWith('#'))
                    {
                        anchor = Uri.UnescapeDataString(link.Url.Substring(1));
                    }

                    break;
                case Column.Code:
                    code = NullIfEmpty(text);
                    break;
                case Column.Title:
                    title = NullIfEmpty(text);
                    break;
            }
        }

        return new RawRow(source.LineOf(row.Span.Start), rank, seniority, publicTitle, code, title, anchor);
    }

    private static Column Role(string header) => header.Trim().ToLowerInvariant() switch
    {
        "level" or "rank" or "grade" => Column.Rank,
        "seniority" => Column.Seniority,
        "senior" => Column.Senior,
        "public title" or "public-title" or "external title" => Column.PublicTitle,
        "position" => Column.Position,
        "code" => Column.Code,
        "title" => Column.Title,
        _ => Column.Ignored,
    };

    private static string CellText(TableCell cell) =>
        string.Join(" ", cell.Descendants<ParagraphBlock>().Select(paragraph => InlineText.Plain(paragraph.Inline))).Trim();

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
