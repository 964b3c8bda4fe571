using System.Globalization;

namespace CareerLadder.Cli.Importing.Markdown;

/// <summary>
/// The limits a page must stay within before Markdig sees it. Markdig's block parser does work proportional to the
/// nesting depth for every line, so a list nested thousands deep takes minutes before Markdig's own depth check throws;
/// a single pass over the text refuses such pages in milliseconds, and a career ladder page is far inside both limits.
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>The largest page read, in characters (16 MB of ASCII).</summary>
    public const int MaxCharacters = 16 * 1024 * 1024;

    /// <summary>
    /// The deepest nesting a line may open: its container markers (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>, <c>&gt;</c>)
    /// plus half its indentation in columns. A list nested 48 deep with two-space indentation stays under it, and under
    /// Markdig's own limit (about 64 nested lists), so that every page refused is refused here, before parsing.
    /// </summary>
    public const int MaxNesting = 48;

    /// <summary>Throws a one-line <see cref="CliException"/> naming the page and line when the page exceeds a limit.</summary>
    /// <param name="path">The page as shown.</param>
    /// <param name="text">Its text.</param>
    public static void Check(string path, string text)
    {
        if (text.Length > MaxCharacters)
        {
            throw new CliException($"{path}: the page has {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters; pages larger than 16 MB are not imported (split it into one page per track)");
        }

        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (Depth(text, start, end) > MaxNesting)
            {
                throw new CliException($"{path}({line.ToString(CultureInfo.InvariantCulture)}): this line nests lists or quotes more than {MaxNesting.ToString(CultureInfo.InvariantCulture)} deep (counting its indentation); the page is not imported (a career ladder needs a few levels at most)");
            }

            line++;
            start = end + 1;
        }
    }

    /// <summary>The nesting a line opens: its leading container markers plus half its indentation columns.</summary>
    private static int Depth(string text, int start, int end)
    {
        var markers = 0;
        var columns = 0;
        var position = start;
        while (position < end)
        {
            var character = text[position];
            if (character == ' ')
            {
                columns++;
                position++;
            }
            else if (character == '\t')
            {
                columns += 4;
                position++;
            }
            else if (character == '>')
            {
                markers++;
                position++;
            }
            else if (character is '-' or '*' or '+' && IsMarkerEnd(text, position + 1, end))
            {
                markers++;
                position++;
            }
            else if (OrderedMarkerLength(text, position, end) is var length and > 0)
            {
                markers++;
                position += length;
            }
            else
            {
                break;
            }

            if (markers + (columns / 2) > MaxNesting)
            {
                break;
            }
        }

        return markers + (columns / 2);
    }

    private static bool IsMarkerEnd(string text, int position, int end) => position >= end || text[position] is ' ' or '\t';

    /// <summary>The length of <c>1.</c> or <c>12)</c> followed by a space or the end of the line, else 0.</summary>
    private static int OrderedMarkerLength(string text, int position, int end)
    {
        var digits = 0;
        while (position + digits < end && digits < 10 && char.IsAsciiDigit(text[position + digits]))
        {
            digits++;
        }

        return digits > 0 && position + digits < end && text[position + digits] is '.' or ')' && IsMarkerEnd(text, position + digits + 1, end) ? digits + 1 : 0;
    }
}
