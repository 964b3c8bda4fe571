using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CareerLadder.Cli.Importing.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CareerLadder.Cli.Importing.Reading;

/// <summary>
/// Reads a Markdown level table: Level, Seniority (or Senior), Public Title, Position, Code and Title columns, named in
/// English or in one of several other languages, or found by their content (a column of numbers or of level codes).
/// Other columns are kept with their header: on a page without level sections they are the levels' sections.
/// </summary>
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

    /// <summary>The rows, or null when no column names or holds levels (Level, Rank, Position or Code).</summary>
    /// <param name="table">The table.</param>
    /// <param name="source">The page.</param>
    public static List<RawRow>? Read(Table table, MarkdownSource source)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(row => row.IsHeader) ?? rows.FirstOrDefault();
        if (header is null)
        {
            return null;
        }

        var headers = header.OfType<TableCell>().Select(CellText).ToList();
        var columns = headers.Select(Role).ToList();
        var body = rows.Where(row => row != header).ToList();
        if (!columns.Any(column => column is Column.Rank or Column.Position or Column.Code) && !ByContent(columns, body))
        {
            return null;
        }

        var result = new List<RawRow>();
        foreach (var row in body)
        {
            result.Add(ReadRow(row, columns, headers, source));
        }

        return result;
    }

    /// <summary>
    /// Finds the level column of a table whose headers name none: a column whose every cell is a number (the rank) or a
    /// level code; the first other column of text becomes the title.
    /// </summary>
    private static bool ByContent(List<Column> columns, List<TableRow> body)
    {
        if (body.Count < 2)
        {
            return false;
        }

        var cells = body.Select(row => row.OfType<TableCell>().Select(CellText).ToList()).ToList();
        string? Cell(int row, int column) => column < cells[row].Count ? cells[row][column] : null;
        for (var column = 0; column < columns.Count; column++)
        {
            var values = Enumerable.Range(0, cells.Count).Select(row => Cell(row, column)).ToList();
            if (values.All(value => value is not null && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                columns[column] = Column.Rank;
            }
            else if (values.All(value => value is not null && LevelHeading.Parse(value) is { Code: not null } or { Number: not null }))
            {
                columns[column] = Column.Position;
            }
            else
            {
                continue;
            }

            var title = columns.FindIndex(role => role == Column.Ignored);
            if (title >= 0 && columns[column] == Column.Rank)
            {
                columns[title] = Column.Title;
            }

            return true;
        }

        return false;
    }

    private static RawRow ReadRow(TableRow row, List<Column> columns, List<string> headers, MarkdownSource source)
    {
        var extra = new List<(string Header, string Text)>();
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
                    seniority = text.Trim().ToLowerInvariant() is "yes" or "y" or "x" or "true" or "✓" or "✔" or "○" or "◯" or "はい" or "예" or "是" or "oui" or "ja" or "sí" or "si" or "sim" ? "Senior" : seniority;
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
                        rank ??= parsed.Code is null ? parsed.Number : null;
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
                case Column.Ignored when headers[i].Length > 0 && text.Length > 0:
                    extra.Add((headers[i], text));
                    break;
            }
        }

        return new RawRow(source.LineOf(row.Span.Start), rank, seniority, publicTitle, code, title, anchor) { Extra = extra };
    }

    /// <summary>The role of a header: English first, then the words career pages in other languages use.</summary>
    private static Column Role(string header) => header.Trim().ToLowerInvariant() switch
    {
        "level" or "rank" or "grade" or "band" or "niveau" or "nivel" or "nível" or "livello" or "stufe" or "poziom" or "уровень"
            or "レベル" or "等級" or "グレード" or "레벨" or "등급" or "级别" or "等级" or "級別" => Column.Rank,
        "seniority" or "séniorité" or "seniorität" or "antigüedad" => Column.Seniority,
        "senior" or "sénior" or "シニア" or "시니어" or "资深" => Column.Senior,
        "public title" or "public-title" or "external title" or "titre public" or "公開タイトル" or "対外タイトル" => Column.PublicTitle,
        "position" or "role" or "poste" or "puesto" or "cargo" or "ruolo" or "rolle" or "ポジション" or "役職" or "職位" or "직책" or "포지션" or "职位" or "岗位" => Column.Position,
        "code" or "código" or "codice" or "コード" or "코드" or "代码" => Column.Code,
        "title" or "titre" or "título" or "titolo" or "titel" or "タイトル" or "肩書き" or "직함" or "头衔" or "职称" => Column.Title,
        _ => Column.Ignored,
    };

    private static string CellText(TableCell cell) =>
        string.Join(" ", cell.Descendants<ParagraphBlock>().Select(paragraph => InlineText.Plain(paragraph.Inline))).Trim();

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
