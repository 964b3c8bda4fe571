using System.Text;

namespace CareerLadder.Rendering.Text;

/// <summary>Escapes text for HTML and SVG: element content and quoted attribute values.</summary>
public static class HtmlText
{
    /// <summary>Replaces <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>"</c> and <c>'</c> with entities and drops characters XML forbids.</summary>
    /// <param name="text">The text.</param>
    public static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            switch (character)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '\'':
                    builder.Append("&#39;");
                    break;
                default:
                    if ((character >= ' ' && character != '\uFFFE' && character != '\uFFFF') || character is '\n' or '\t')
                    {
                        builder.Append(character);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Writes a link: an <c>&lt;a href&gt;</c> when <see cref="SafeUrl.IsSafe"/> accepts the URL, otherwise the text alone
    /// with the URL in a <c>title</c>, so that a <c>javascript:</c> link in a ladder is never clickable.
    /// </summary>
    /// <param name="html">Where to write.</param>
    /// <param name="text">The link text (plain text, encoded here).</param>
    /// <param name="url">The URL (encoded here).</param>
    public static StringBuilder AppendLink(this StringBuilder html, string text, string url)
    {
        if (SafeUrl.IsSafe(url))
        {
            return html.Append("<a href=\"").Append(Encode(url)).Append("\">").Append(Encode(text)).Append("</a>");
        }

        return html.Append("<span class=\"blocked-link\" title=\"").Append(Encode("Link not shown (only http, https, mailto and relative links are): " + Shorten(url, 120)))
            .Append("\">").Append(Encode(text)).Append("</span>");
    }

    /// <summary>The text cut to <paramref name="length"/> characters with an ellipsis, so that no message echoes unbounded input.</summary>
    /// <param name="text">The text.</param>
    /// <param name="length">The longest result, ellipsis included.</param>
    public static string Shorten(string text, int length) =>
        text.Length <= length ? text : text.Substring(0, length - 1) + "…";
}
