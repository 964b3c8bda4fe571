using System.Text;
using System.Text.RegularExpressions;

namespace CareerLadder.Cli.Rendering;

/// <summary>Escapes ladder texts so that Markdown shows them literally (and the importer reads them back unchanged).</summary>
public static class MarkdownText
{
    private static readonly Regex LineBreaks = new(@"\s*\r?\n\s*", RegexOptions.CultureInvariant);
    private static readonly Regex Entity = new(@"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);", RegexOptions.CultureInvariant);
    private static readonly Regex OrderedMarker = new(@"^(\d{1,9})([.)])", RegexOptions.CultureInvariant);

    /// <summary>Escapes inline text: Markdown punctuation is backslash-escaped, line breaks become spaces.</summary>
    /// <param name="text">The text.</param>
    public static string Inline(string text)
    {
        var flat = LineBreaks.Replace(text.Trim(), " ");
        var builder = new StringBuilder(flat.Length + 8);
        foreach (var character in flat)
        {
            if (character is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '|' or '~')
            {
                builder.Append('\\');
            }

            builder.Append(character);
        }

        var escaped = Entity.Replace(builder.ToString(), match => "\\" + match.Value);
        return escaped;
    }

    /// <summary>Escapes text that starts a block (a paragraph or a list item), where <c>#</c>, <c>-</c>, <c>+</c>, <c>=</c> or <c>1.</c> would change its meaning.</summary>
    /// <param name="text">The text.</param>
    public static string Block(string text)
    {
        var escaped = Inline(text);
        if (escaped.Length > 0 && escaped[0] is '#' or '-' or '+' or '=')
        {
            return "\\" + escaped;
        }

        return OrderedMarker.Replace(escaped, "$1\\$2");
    }

    /// <summary>
    /// A Markdown link, under the one URL rule of every page (<see cref="CareerLadder.Rendering.Text.SafeUrl"/>): a URL it
    /// rejects (for example <c>javascript:</c>) leaves the text alone, unlinked.
    /// </summary>
    /// <param name="text">The link text.</param>
    /// <param name="url">The URL.</param>
    public static string Link(string text, string url) =>
        CareerLadder.Rendering.Text.SafeUrl.IsSafe(url) ? "[" + Inline(text) + "](" + Destination(url) + ")" : Inline(text);

    /// <summary>A link destination, in angle brackets when it contains spaces or parentheses.</summary>
    /// <param name="url">The URL.</param>
    public static string Destination(string url) =>
        url.IndexOfAny(new[] { ' ', '(', ')', '<', '>' }) < 0 ? url : "<" + url.Replace("<", "%3C").Replace(">", "%3E") + ">";
}
