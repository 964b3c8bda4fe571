using System;
using System.Globalization;
using YamlDotNet.Core;

namespace CareerLadder.Authoring.Yaml;

/// <summary>
/// Turns a YamlDotNet failure into what an author has to change, in plain words, at the character to fix: the tab used
/// for indentation, the bracket or quote never closed, the value whose <c>: </c> needs quotes, the line indented so that it
/// continues the value above. YamlDotNet's own wording is used only for failures none of these explain, and .NET
/// exception text never reaches the author.
/// </summary>
internal static class SyntaxErrorExplainer
{
    private const string ValidEscapes = "0abt\tnvfre \"/\\N_LPxuU";

    /// <summary>Explains <paramref name="exception"/>, thrown while reading <paramref name="text"/>.</summary>
    /// <param name="text">The whole file.</param>
    /// <param name="exception">What YamlDotNet threw.</param>
    /// <param name="lastRead">The end of the last event read before the failure, for exceptions that carry no position.</param>
    public static SyntaxError Explain(string text, Exception exception, Mark lastRead)
    {
        var lines = new TextLines(text);
        var yaml = exception as YamlException;
        var message = yaml?.Message ?? string.Empty;
        var start = Clamp(text, yaml is null ? lastRead.Index : yaml.Start.Index);
        var end = Clamp(text, yaml is null ? lastRead.Index : Math.Max(yaml.Start.Index, yaml.End.Index));

        return (Has(message, "tab") ? IndentationTab(lines, start, end) : null)
            ?? (yaml is null || Has(message, "flow sequence") || Has(message, "flow mapping") ? Bracket(lines) : null)
            ?? (Has(message, "quoted scalar") && !Has(message, "escape") ? UnclosedQuote(lines, start) : null)
            ?? (Has(message, "unknown escape") ? UnknownEscape(lines, start) : null)
            ?? (Has(message, "found invalid mapping") ? ColonInValue(lines, start) : null)
            ?? (Has(message, "did not find expected key") || Has(message, "did not find expected '-'") ? UnexpectedLine(lines, start) : null)
            ?? (Has(message, "cannot start any token") ? BadFirstCharacter(lines, start) : null)
            ?? (yaml is not null ? Bracket(lines) : null)
            ?? Fallback(lines, yaml, start, end);
    }

    private static SyntaxError? IndentationTab(TextLines lines, int start, int end)
    {
        // The tab is on the line YamlDotNet names, the line after it, or (for "invalid tab as indentation") further down.
        var firstLine = lines.LineOf(start);
        var lastLine = Math.Min(lines.Count - 1, lines.LineOf(end) + 1);
        var tab = FirstIndentationTab(lines, firstLine, lastLine) ?? FirstIndentationTab(lines, 0, lines.Count - 1);
        return tab is { } index
            ? new SyntaxError(lines.Span(index), "a tab is used for indentation, and YAML allows only spaces there; indent with spaces (2 per level)")
            : null;
    }

    private static int? FirstIndentationTab(TextLines lines, int firstLine, int lastLine)
    {
        for (var line = firstLine; line <= lastLine; line++)
        {
            for (var i = lines.StartOf(line); i < lines.EndOf(line) && lines.Text[i] is ' ' or '\t' or '-'; i++)
            {
                if (lines.Text[i] == '\t')
                {
                    return i;
                }
            }
        }

        return null;
    }

    private static SyntaxError? Bracket(TextLines lines)
    {
        if (FlowBrackets.Find(lines.Text) is not { } problem)
        {
            return null;
        }

        var opener = lines.Text[problem.OpenedAt];
        var closer = opener == '[' ? ']' : '}';
        var what = opener == '[' ? "a list" : "a mapping";
        if (problem.ClosedAt is { } closedAt)
        {
            return new SyntaxError(lines.Span(closedAt),
                $"'{lines.Text[closedAt]}' closes the '{opener}' opened at {Where(lines, problem.OpenedAt)}; close {what} with '{closer}'");
        }

        return new SyntaxError(lines.Span(problem.OpenedAt),
            $"the '{opener}' at {Where(lines, problem.OpenedAt)} opens {what} that is never closed; add '{closer}' where it ends, or put the value in double quotes if the bracket is part of the text");
    }

    private static SyntaxError? UnclosedQuote(TextLines lines, int start)
    {
        var text = lines.Text;
        if (start >= text.Length || text[start] is not ('"' or '\''))
        {
            return null;
        }

        var quote = text[start];
        var line = lines.LineOf(start);
        if (ClosingQuote(text, start, lines.EndOf(line)) is not null)
        {
            return new SyntaxError(lines.Span(start),
                $"the quoted value that starts here goes on over several lines and a following line is not indented more than its key; keep the value on one line");
        }

        return new SyntaxError(lines.Span(start),
            $"the {QuoteName(quote)} at {Where(lines, start)} opens a value that is not closed on its line; add the closing {quote} at the end of the value");
    }

    private static int? ClosingQuote(string text, int open, int lineEnd)
    {
        var quote = text[open];
        for (var i = open + 1; i < lineEnd; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                if (quote == '\'' && i + 1 < lineEnd && text[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return null;
    }

    private static SyntaxError? UnknownEscape(TextLines lines, int start)
    {
        var text = lines.Text;
        var lineEnd = lines.EndOf(lines.LineOf(start));
        for (var i = start; i + 1 < lineEnd; i++)
        {
            if (text[i] != '\\')
            {
                continue;
            }

            if (ValidEscapes.IndexOf(text[i + 1]) < 0)
            {
                return new SyntaxError(lines.Span(i, 2),
                    $"'\\{text[i + 1]}' is not an escape that YAML knows inside double quotes; write '\\\\' for a backslash, or use single quotes around the value");
            }

            i++;
        }

        return null;
    }

    /// <summary>
    /// "found invalid mapping" at a colon: either the value on the colon's line holds <c>: </c> (it needs quotes), or the
    /// line is indented so that it continues the value above it, and its own <c>key:</c> is then read as part of that value.
    /// </summary>
    private static SyntaxError? ColonInValue(TextLines lines, int start)
    {
        var text = lines.Text;
        var line = lines.LineOf(start);
        var colon = -1;
        for (var i = Math.Min(start, lines.EndOf(line) - 1); i >= lines.StartOf(line); i--)
        {
            if (text[i] == ':')
            {
                colon = i;
                break;
            }
        }

        if (colon < 0)
        {
            return null;
        }

        var keyStart = KeyStart(lines, line);
        var separator = text.IndexOf(": ", keyStart, colon - keyStart, StringComparison.Ordinal);
        if (separator < 0)
        {
            return ContinuedLine(lines, line, keyStart);
        }

        var rest = text.Substring(colon + 1, lines.EndOf(line) - colon - 1).Trim();
        var problem = rest.Length == 0 || rest[0] == '#' ? "ends with ':'" : "contains ': '";
        var key = text.Substring(keyStart, separator - keyStart);
        if (key.IndexOfAny(new[] { '{', '[', ',', '"', '\'' }) >= 0)
        {
            return new SyntaxError(lines.Span(colon),
                $"a value {problem}, which YAML reads as the start of a new key; put the whole value in double quotes");
        }

        var value = text.Substring(separator + 2, lines.EndOf(line) - separator - 2).Trim();
        return new SyntaxError(lines.Span(colon),
            $"the value of '{key}' {problem}, which YAML reads as the start of a new key; put the whole value in double quotes: {key}: \"{Escape(value)}\"");
    }

    /// <summary>A line YamlDotNet could not place: a stray list item or bracket, text after a quote, a missing colon, bad indentation.</summary>
    private static SyntaxError? UnexpectedLine(TextLines lines, int start)
    {
        var text = lines.Text;
        if (start >= text.Length)
        {
            return null;
        }

        var line = lines.LineOf(start);
        var character = text[start];
        if (character == '-' && (start + 1 == lines.EndOf(line) || text[start + 1] == ' '))
        {
            return new SyntaxError(lines.Span(start),
                "a list item ('-') where a key is expected; indent it under the key whose list it belongs to, or remove the '-'");
        }

        if (character is ']' or '}')
        {
            return new SyntaxError(lines.Span(start),
                $"'{character}' closes nothing: no '{(character == ']' ? '[' : '{')}' is open here; remove it, or put the value in double quotes if it is part of the text");
        }

        var before = text.Substring(lines.StartOf(line), start - lines.StartOf(line)).TrimEnd();
        if (before.Length > 0 && before[before.Length - 1] is '"' or '\'')
        {
            var closing = lines.StartOf(line) + before.Length - 1;
            var opening = text.LastIndexOf(text[closing], Math.Max(0, closing - 1));
            if (opening >= 0 && lines.LineOf(opening) < line && ClosingQuote(text, opening, lines.EndOf(lines.LineOf(opening))) is null)
            {
                // The quote closed here was opened on an earlier line and left open there.
                return UnclosedQuote(lines, opening);
            }

            return new SyntaxError(lines.Span(start),
                "text follows the closing quote of the value; put the whole value inside the quotes");
        }

        var keyStart = KeyStart(lines, line);
        var content = text.Substring(keyStart, lines.EndOf(line) - keyStart);
        if (start == keyStart && content.IndexOf(':') < 0 && !content.StartsWith("#", StringComparison.Ordinal))
        {
            return new SyntaxError(lines.Span(start, content.TrimEnd().Length),
                $"'{content.TrimEnd()}' is neither 'key: value' nor a list item; add ': ' after the key");
        }

        return start == keyStart ? Misaligned(lines, line, keyStart) : null;
    }

    private static SyntaxError? BadFirstCharacter(TextLines lines, int start)
    {
        if (start >= lines.Text.Length)
        {
            return null;
        }

        var character = lines.Text[start];
        return character == '\t'
            ? new SyntaxError(lines.Span(start), "a tab is used where YAML expects a value or a space; replace it with spaces")
            : new SyntaxError(lines.Span(start), $"a value cannot start with '{character}' unless it is quoted; put the whole value in double quotes");
    }

    /// <summary>A line indented more than the key above it: YAML reads it as the rest of the value above.</summary>
    private static SyntaxError ContinuedLine(TextLines lines, int line, int keyStart)
    {
        var key = Word(lines.Text, keyStart);
        var above = KeyLineAbove(lines, line);
        if (above is not { } previous)
        {
            return new SyntaxError(lines.Span(keyStart, key.Length),
                $"'{key}' is indented so that it continues the value above it; indent it like the key it belongs beside");
        }

        var previousKey = KeyStart(lines, previous);
        var columns = previousKey - lines.StartOf(previous);
        return new SyntaxError(lines.Span(keyStart, key.Length),
            $"'{key}' is indented more than '{Word(lines.Text, previousKey)}' on line {previous + 1}, so YAML reads it as the rest of that value; indent it by {Spaces(columns)} like '{Word(lines.Text, previousKey)}', or deeper under a key that ends with ':'");
    }

    /// <summary>A line whose indentation lines up with no key above it.</summary>
    private static SyntaxError? Misaligned(TextLines lines, int line, int keyStart)
    {
        if (KeyLineAbove(lines, line) is not { } previous)
        {
            return null;
        }

        var previousKey = KeyStart(lines, previous);
        var indentation = keyStart - lines.StartOf(line);
        var expected = previousKey - lines.StartOf(previous);
        if (indentation == expected)
        {
            return null;
        }

        var key = Word(lines.Text, keyStart);
        return new SyntaxError(lines.Span(keyStart, key.Length),
            $"'{key}' is indented by {Spaces(indentation)} and '{Word(lines.Text, previousKey)}' on line {previous + 1} by {Spaces(expected)}, but they line up with no other key: keys of one mapping need the same indentation; indent them alike");
    }

    private static SyntaxError Fallback(TextLines lines, YamlException? exception, int start, int end)
    {
        var span = ClampToContent(lines, start, end);
        if (exception is null)
        {
            return new SyntaxError(span, "the YAML cannot be read from here on; look for an unclosed bracket or quote above this point");
        }

        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the location is reported separately.
        var message = exception.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        var cleaned = message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message.Substring(marker + 3) : message;
        return new SyntaxError(span, cleaned.TrimEnd('.', ' ') + "; fix the YAML syntax at this position");
    }

    /// <summary>
    /// Errors found only at the end of the file are moved back to the last character with content, which is the line
    /// the author has to fix.
    /// </summary>
    private static SourceSpan ClampToContent(TextLines lines, int start, int end)
    {
        var contentEnd = lines.Text.TrimEnd().Length;
        if (start < contentEnd || contentEnd == 0)
        {
            var line = lines.LineOf(start);
            var endLine = lines.LineOf(end);
            return new SourceSpan(start, end, line, start - lines.StartOf(line), endLine, end - lines.StartOf(endLine));
        }

        return lines.Span(contentEnd - 1);
    }

    /// <summary>Where the key of <paramref name="line"/> starts: after its indentation and any <c>- </c> list markers.</summary>
    private static int KeyStart(TextLines lines, int line)
    {
        var text = lines.Text;
        var i = lines.StartOf(line);
        var end = lines.EndOf(line);
        while (i < end && (text[i] == ' ' || (text[i] == '-' && (i + 1 == end || text[i + 1] == ' '))))
        {
            i++;
        }

        return i;
    }

    /// <summary>The nearest line above <paramref name="line"/> with content that is not a comment.</summary>
    private static int? KeyLineAbove(TextLines lines, int line)
    {
        for (var previous = line - 1; previous >= 0; previous--)
        {
            var content = lines.LineText(previous).Trim();
            if (content.Length > 0 && content[0] != '#')
            {
                return previous;
            }
        }

        return null;
    }

    private static string Word(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start < 40 && text[end] is not (':' or ' ' or '\r' or '\n'))
        {
            end++;
        }

        return text.Substring(start, end - start);
    }

    private static string Where(TextLines lines, int index)
    {
        var line = lines.LineOf(index);
        return string.Format(CultureInfo.InvariantCulture, "line {0}, column {1}", line + 1, index - lines.StartOf(line) + 1);
    }

    private static string QuoteName(char quote) => quote == '"' ? "double quote (\")" : "single quote (')";

    private static string Spaces(int count) => count == 1 ? "1 space" : count.ToString(CultureInfo.InvariantCulture) + " spaces";

    private static string Escape(string value) => value.Replace("\\", "\\\\").Replace("\"", "\\\"");

    private static bool Has(string message, string part) => message.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;

    private static int Clamp(string text, long index) => (int)Math.Max(0, Math.Min(index, text.Length));
}

/// <summary>A syntax error explained: where to fix it and what to change.</summary>
/// <param name="Span">The character (or word) to fix.</param>
/// <param name="Message">What is wrong and what to write instead.</param>
internal readonly record struct SyntaxError(SourceSpan Span, string Message);
