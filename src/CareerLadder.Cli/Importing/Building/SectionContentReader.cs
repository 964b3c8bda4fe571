using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;
using CareerLadder.Cli.Importing.Markdown;
using CareerLadder.Cli.Importing.Reading;
using Markdig.Syntax;

namespace CareerLadder.Cli.Importing.Building;

/// <summary>
/// Turns a section's Markdown into the value its kind asks for: paragraphs into text, lists into items (nested bullets
/// into nested items, a bullet that is only a link into an item with a link), sub-headings with lists into groups.
/// </summary>
internal static class SectionContentReader
{
    /// <summary>Reads the value.</summary>
    /// <param name="id">The section id.</param>
    /// <param name="kind">The section's kind, or null when the framework does not define it (the shape is then guessed).</param>
    /// <param name="heading">The heading, for warnings.</param>
    /// <param name="content">The Markdown.</param>
    /// <param name="log">Where warnings go.</param>
    /// <returns>The value, or null when the content is empty.</returns>
    public static ImportedSection? Read(string id, SectionShape? kind, string heading, RawContent content, ImportLog log)
    {
        var paragraphs = content.Blocks.OfType<ParagraphBlock>().Select(paragraph => InlineText.Plain(paragraph.Inline)).Where(text => text.Length > 0).ToList();
        var items = content.Blocks.OfType<ListBlock>().SelectMany(Lists.Items).ToList();
        var groups = content.Children.Select(child => new ImportedItem(child.Title, null, child.Content.OfType<ListBlock>().SelectMany(Lists.Items).ToList())).ToList();
        foreach (var block in content.Blocks.Where(block => block is not ParagraphBlock and not ListBlock))
        {
            log.Warn(content.Source.Path, content.Source.LineOf(block), ImportWarnings.Ignored, $"This block of section '{heading}' is not imported");
        }

        var shape = kind ?? (groups.Count > 0 ? SectionShape.Groups : items.Count > 0 ? SectionShape.List : SectionShape.Text);
        switch (shape)
        {
            case SectionShape.Text:
                var listed = items.Concat(groups.SelectMany(group => group.Items)).Select(item => item.Text).ToList();
                if (listed.Count > 0)
                {
                    log.Warn(content.Source.Path, content.Line, ImportWarnings.SectionHeading, paragraphs.Count > 0
                        ? $"Section '{heading}' is a text; the list under it is not imported"
                        : $"Section '{heading}' is a text, but the page gives a list; its items are joined with '; '");
                }

                var text = paragraphs.Count > 0 ? string.Join(" ", paragraphs) : string.Join("; ", listed);
                return text.Length == 0 ? null : new ImportedSection(id, SectionShape.Text, text, new List<ImportedItem>());
            case SectionShape.Groups:
                if (groups.Count == 0 && (items.Count > 0 || paragraphs.Count > 0))
                {
                    log.Warn(content.Source.Path, content.Line, ImportWarnings.SectionHeading, $"Section '{heading}' is made of groups, but the page gives no sub-headings; its items form one group '{heading}'");
                    groups.Add(new ImportedItem(heading, null, paragraphs.Select(Plain).Concat(items).ToList()));
                }
                else if (items.Count > 0 || paragraphs.Count > 0)
                {
                    log.Warn(content.Source.Path, content.Line, ImportWarnings.Ignored, $"The text of section '{heading}' before its first sub-heading is not imported");
                }

                return groups.Count == 0 ? null : new ImportedSection(id, SectionShape.Groups, null, groups);
            default:
                var all = paragraphs.Select(Plain).Concat(items).Concat(groups).ToList();
                return all.Count == 0 ? null : new ImportedSection(id, SectionShape.List, null, all);
        }
    }

    private static ImportedItem Plain(string text) => new(text, null, new List<ImportedItem>());
}
