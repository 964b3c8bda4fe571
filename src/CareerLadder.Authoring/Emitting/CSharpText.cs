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
