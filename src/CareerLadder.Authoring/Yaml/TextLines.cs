using System.Collections.Generic;

namespace CareerLadder.Authoring.Yaml;

/// <summary>
/// The lines of a text, with line breaks counted as YamlDotNet and Roslyn count them (<c>\r\n</c>, <c>\r</c>, <c>\n</c>,
/// U+0085, U+2028, U+2029), so that spans built from offsets agree with the compiler's line numbers.
/// </summary>
internal sealed class TextLines
{
    private readonly List<int> _starts = new() { 0 };
    private readonly List<int> _ends = new();

    public TextLines(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (character is not ('\r' or '\n' or '\u0085' or '\u2028' or '\u2029'))
            {
                continue;
            }

            _ends.Add(i);
            if (character == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            _starts.Add(i + 1);
        }

        _ends.Add(text.Length);
    }

    public string Text { get; }

    /// <summary>How many lines the text has (a text ending with a line break has an empty last line).</summary>
    public int Count => _starts.Count;

    /// <summary>The 0-based line that holds <paramref name="index"/> (an index past the end is on the last line).</summary>
    public int LineOf(int index)
    {
        int low = 0, high = _starts.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_starts[middle] <= index)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>The offset of the first character of <paramref name="line"/>.</summary>
    public int StartOf(int line) => _starts[line];

    /// <summary>The offset just past the last character of <paramref name="line"/>, before its line break.</summary>
    public int EndOf(int line) => _ends[line];

    /// <summary>The text of <paramref name="line"/> without its line break.</summary>
    public string LineText(int line) => Text.Substring(_starts[line], _ends[line] - _starts[line]);

    /// <summary>The span of <paramref name="length"/> characters from <paramref name="index"/>, kept on one line.</summary>
    public SourceSpan Span(int index, int length = 1)
    {
        index = System.Math.Max(0, System.Math.Min(index, Text.Length));
        var line = LineOf(index);
        var end = System.Math.Min(index + System.Math.Max(0, length), _ends[line]);
        var column = index - _starts[line];
        return new SourceSpan(index, end, line, column, line, column + (end - index));
    }
}
