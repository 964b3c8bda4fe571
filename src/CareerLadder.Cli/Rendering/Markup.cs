using System.Text;

namespace CareerLadder.Cli.Rendering;

/// <summary>Escapes text for HTML and SVG (element content and quoted attribute values).</summary>
public static class Markup
{
    /// <summary>
    /// The URL for an <c>href</c>, encoded; URLs with a scheme other than http, https or mailto (for example
    /// <c>javascript:</c>) are replaced by <c>#</c>.
    /// </summary>
    /// <param name="url">The URL from a ladder file.</param>
    public static string Url(string url)
    {
        var colon = url.IndexOf(':', System.StringComparison.Ordinal);
        var slash = url.IndexOfAny(new[] { '/', '?', '#' });
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (hasScheme)
        {
            var scheme = url.Substring(0, colon).Trim().ToLowerInvariant();
            if (scheme is not ("http" or "https" or "mailto"))
            {
                return "#";
            }
        }

        return Encode(url);
    }

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
                    if (character >= ' ' || character is '\n' or '\t')
                    {
                        builder.Append(character);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
