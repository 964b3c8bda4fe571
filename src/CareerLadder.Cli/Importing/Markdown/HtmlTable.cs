using System;
using System.Collections.Generic;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace CareerLadder.Cli.Importing.Markdown;

/// <summary>A cell of an HTML table: where its content starts in the page and how long it is.</summary>
/// <param name="Start">Offset of the content (after <c>&lt;td ...&gt;</c>).</param>
/// <param name="Length">Length of the content (up to <c>&lt;/td&gt;</c>, or the next cell or row when it is left open).</param>
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
/// Markdown (<c>markdown="1"</c>) ends up between fragments of HTML. AngleSharp's HTML tokenizer reads the text, so
/// comments, quoted attribute values (with <c>&gt;</c> in them) and tables nested in a cell are read as HTML reads them,
/// and each tag keeps its offset in the page, so each cell's Markdown is taken whole from the page.
/// </summary>
internal static class HtmlTableReader
{
    /// <summary>Reads the table that starts at <paramref name="start"/> (the offset of <c>&lt;table</c>), or null when it is not closed.</summary>
    /// <param name="source">The page.</param>
    /// <param name="start">Offset of <c>&lt;table</c>.</param>
    public static HtmlTable? Read(MarkdownSource source, int start)
    {
        var text = source.Text.Substring(start);
        var tokenizer = new HtmlTokenizer(new TextSource(text), HtmlEntityProvider.Resolver);
        var rows = new List<IReadOnlyList<HtmlCell>>();
        List<HtmlCell>? row = null;
        (int Start, int Line)? cell = null;
        var depth = 0;

        void CloseCell(int end)
        {
            if (cell is { } open)
            {
                row!.Add(new HtmlCell(start + open.Start, Math.Max(0, end - open.Start), open.Line));
                cell = null;
            }
        }

        void CloseRow(int end)
        {
            CloseCell(end);
            if (row is not null)
            {
                rows.Add(row);
                row = null;
            }
        }

        while (tokenizer.Get() is { Type: not HtmlTokenType.EndOfFile } token)
        {
            if (token is not HtmlTagToken tag)
            {
                continue;
            }

            // Token positions are 1-based and point just after the '<'; the insertion point is just past the '>'.
            var tagStart = Math.Max(0, token.Position.Position - 1);
            var isStart = token.Type == HtmlTokenType.StartTag;
            switch (tag.Name)
            {
                case "table" when isStart:
                    depth++;
                    break;
                case "table":
                    if (depth == 1)
                    {
                        CloseRow(tagStart);
                        return new HtmlTable(start, start + tokenizer.InsertionPoint, source.LineOf(start), rows);
                    }

                    depth--;
                    break;
                case "script" or "style" when isStart:
                    // Their content is text, not tags (the tree builder switches the tokenizer the same way).
                    tokenizer.State = tag.Name == "script" ? HtmlParseMode.Script : HtmlParseMode.Rawtext;
                    break;
                case "tr" or "thead" or "tbody" or "tfoot" when depth == 1:
                    CloseRow(tagStart);
                    if (isStart && tag.Name == "tr")
                    {
                        row = new List<HtmlCell>();
                    }

                    break;
                case "td" or "th" when depth == 1:
                    CloseCell(tagStart);
                    if (isStart)
                    {
                        row ??= new List<HtmlCell>();
                        cell = (tokenizer.InsertionPoint, source.LineOf(start + tagStart));
                    }

                    break;
            }
        }

        return null;
    }
}
