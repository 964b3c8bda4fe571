using System.Collections.Generic;
using System.Linq;
using CareerLadder.Cli.Importing.Markdown;
using Markdig.Syntax;

namespace CareerLadder.Cli.Importing.Reading;

/// <summary>Reads Markdown lists into items.</summary>
internal static class Lists
{
    /// <summary>The links of a list whose every item is just a link, or null.</summary>
    /// <param name="list">The list.</param>
    public static List<ImportedLink>? OnlyLinks(ListBlock list)
    {
        var links = new List<ImportedLink>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            if (item.Count != 1 || item[0] is not ParagraphBlock paragraph || InlineText.OnlyLink(paragraph) is not { } link)
            {
                return null;
            }

            links.Add(new ImportedLink(link.Text, link.Url));
        }

        return links.Count > 0 ? links : null;
    }

    /// <summary>The items of a list, nested lists becoming nested items; an item that is only a link keeps the link.</summary>
    /// <param name="list">The list.</param>
    public static List<ImportedItem> Items(ListBlock list)
    {
        var items = new List<ImportedItem>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var paragraphs = item.OfType<ParagraphBlock>().ToList();
            var text = string.Join(" ", paragraphs.Select(paragraph => InlineText.Plain(paragraph.Inline)).Where(part => part.Length > 0));
            string? link = null;
            if (paragraphs.Count == 1 && InlineText.OnlyLink(paragraphs[0]) is { } only && InlineText.Plain(paragraphs[0].Inline) == only.Text)
            {
                link = only.Url;
                text = only.Text;
            }

            var children = item.OfType<ListBlock>().SelectMany(Items).ToList();
            if (text.Length > 0 || children.Count > 0)
            {
                items.Add(new ImportedItem(text, link, children));
            }
        }

        return items;
    }
}
