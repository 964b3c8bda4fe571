using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CareerLadder.Cli.Importing.Markdown;

/// <summary>A link found in inline Markdown.</summary>
/// <param name="Text">The link text.</param>
/// <param name="Url">The destination.</param>
/// <param name="IsImage">True for <c>![alt](src)</c>.</param>
internal sealed record InlineLink(string Text, string Url, bool IsImage);

/// <summary>Reads inline Markdown as plain text and finds its links and images.</summary>
internal static class InlineText
{
    /// <summary>Kramdown attribute lists such as <c>{:target="_blank"}</c>, which Markdown renderers other than Jekyll show literally.</summary>
    private static readonly Regex AttributeList = new(@"\{:[^}]*\}", RegexOptions.CultureInvariant);
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant);

    /// <summary>The plain text of inline content: emphasis and links reduced to their text, attribute lists removed, spaces collapsed.</summary>
    /// <param name="inline">The inline content, or null.</param>
    public static string Plain(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Append(builder, inline);
        return Clean(builder.ToString());
    }

    /// <summary>The plain text of a sequence of inlines.</summary>
    /// <param name="inlines">The inlines.</param>
    public static string Plain(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        foreach (var inline in inlines)
        {
            Append(builder, inline);
        }

        return Clean(builder.ToString());
    }

    /// <summary>Every link and image of a block, in document order.</summary>
    /// <param name="block">A leaf block.</param>
    public static IReadOnlyList<InlineLink> Links(LeafBlock block) =>
        block.Inline is null
            ? new List<InlineLink>()
            : block.Inline.Descendants<LinkInline>().Select(link => new InlineLink(Plain(link), link.Url ?? string.Empty, link.IsImage)).ToList();

    /// <summary>
    /// The single link of a paragraph whose only other content is punctuation, a label such as <c>reference:</c> or an
    /// attribute list; null otherwise.
    /// </summary>
    /// <param name="block">A paragraph.</param>
    public static InlineLink? OnlyLink(LeafBlock block)
    {
        var links = Links(block).Where(link => !link.IsImage).ToList();
        if (links.Count != 1 || block.Inline is null)
        {
            return null;
        }

        var rest = new StringBuilder();
        foreach (var inline in block.Inline)
        {
            AppendOutsideLinks(rest, inline);
        }

        var remainder = Clean(rest.ToString()).Trim(' ', ':', '-', '_', '*', '.');
        return remainder.Length == 0 || (remainder.Length <= 20 && !remainder.Contains(' ', System.StringComparison.Ordinal)) ? links[0] : null;
    }

    /// <summary>Removes attribute lists and collapses white space.</summary>
    /// <param name="text">The text.</param>
    public static string Clean(string text) => Spaces.Replace(AttributeList.Replace(text, string.Empty), " ").Trim();

    private static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case HtmlInline:
                break;
            case LinkInline { IsImage: true } image:
                // An image's alt text is a phrase of its own, never the end of the sentence before it.
                builder.Append(' ');
                foreach (var child in image)
                {
                    Append(builder, child);
                }

                builder.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(builder, child);
                }

                break;
        }
    }

    private static void AppendOutsideLinks(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case LinkInline:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendOutsideLinks(builder, child);
                }

                break;
            default:
                Append(builder, inline);
                break;
        }
    }
}
