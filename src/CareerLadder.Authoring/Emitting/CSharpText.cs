using System.Globalization;
using System.Text;

namespace CareerLadder.Authoring.Emitting;

/// <summary>Escapes ladder text for C# string literals and XML doc comments, so that no input can break or inject code.</summary>
public static class CSharpText
{
    /// <summary>
    /// Returns a C# regular string literal whose value is exactly <paramref name="value"/>. Quotes, backslashes, control
    /// and format characters (including bidirectional overrides), line separators and surrogates are written as escapes.
    /// </summary>
    /// <param name="value">Any text, or null for the <c>null</c> literal.</param>
    public static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var character in value)
        {
            switch (character)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\0':
                    builder.Append("\\0");
                    break;
                default:
                    if (NeedsEscape(character))
                    {
                        builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(character);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>
    /// Returns string literals that, joined with <c>+</c>, make exactly <paramref name="value"/>, each at most
    /// <paramref name="width"/> characters long when the text allows it (an escape is never cut): the way to keep a long
    /// text on short lines while it stays one compile-time constant.
    /// </summary>
    /// <param name="value">Any text.</param>
    /// <param name="width">The longest literal wanted, quotes included; at least 8.</param>
    public static System.Collections.Generic.IReadOnlyList<string> LiteralParts(string value, int width)
    {
        var parts = new System.Collections.Generic.List<string>();
        var literal = Literal(value);
        var start = 1;
        var end = literal.Length - 1;
        while (end - start > width - 2)
        {
            // Cut only between escapes (\uXXXX is 6 characters, the others 2) or plain characters.
            var cut = start;
            while (cut < end)
            {
                var token = literal[cut] != '\\' ? 1 : literal[cut + 1] == 'u' ? 6 : 2;
                if (cut + token - start > width - 2)
                {
                    break;
                }

                cut += token;
            }

            // A cut after a space keeps words whole; a part always takes at least one character.
            var space = literal.LastIndexOf(' ', cut - 1, cut - start);
            cut = space > start + (width - 2) / 2 ? space + 1 : System.Math.Max(cut, start + (literal[start] != '\\' ? 1 : literal[start + 1] == 'u' ? 6 : 2));
            parts.Add("\"" + literal.Substring(start, cut - start) + "\"");
            start = cut;
        }

        parts.Add("\"" + literal.Substring(start, end - start) + "\"");
        return parts;
    }

    /// <summary>
    /// Escapes <paramref name="value"/> for an XML doc comment: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> are entities,
    /// line breaks become separate comment lines, and characters XML or the source file cannot hold become U+FFFD.
    /// </summary>
    /// <param name="value">Any text.</param>
    public static string Xml(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
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
                case '\r':
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append('\n');
                    break;
                case '\n':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    builder.Append('\n');
                    break;
                case '\t':
                    builder.Append(' ');
                    break;
                default:
                    if (char.IsHighSurrogate(character) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(character).Append(value[++i]);
                    }
                    else if (NeedsEscape(character))
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(character);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Escapes <paramref name="value"/> for a single-line <c>//</c> comment: the XML doc escaping of <see cref="Xml"/>
    /// with every line break turned into a space, so the text can never end the comment.
    /// </summary>
    /// <param name="value">Any text.</param>
    public static string CommentLine(string value) => Xml(value).Replace('\n', ' ');

    private static bool NeedsEscape(char character)
    {
        if (character < ' ' || (character >= '\u007F' && character <= '\u009F'))
        {
            return true;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(character))
        {
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
                return true;
            default:
                return character == '\uFFFE' || character == '\uFFFF';
        }
    }
}
