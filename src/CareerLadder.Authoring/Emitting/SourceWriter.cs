using System.Collections.Generic;
using System.Text;

namespace CareerLadder.Authoring.Emitting;

/// <summary>Writes indented C# with <c>\n</c> line endings, whatever the platform.</summary>
internal sealed class SourceWriter
{
    /// <summary>The characters C# ends a line at (and a comment with).</summary>
    private static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    private readonly StringBuilder _builder = new();
    private int _indent;

    /// <summary>
    /// Writes one line. A line break inside <paramref name="text"/> would let ladder text escape a comment or a string,
    /// so it is a bug in the generator and throws (reported as CL0020) instead of emitting broken code.
    /// </summary>
    public SourceWriter Line(string text = "")
    {
        if (text.IndexOfAny(LineBreaks) >= 0)
        {
            throw new System.InvalidOperationException("Generated line contains a raw line break: " + CSharpText.Literal(text.Length > 80 ? text.Substring(0, 80) : text));
        }

        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    public SourceWriter Open(string text = "{")
    {
        Line(text);
        _indent++;
        return this;
    }

    public SourceWriter Close(string text = "}")
    {
        _indent--;
        Line(text);
        return this;
    }

    /// <summary>The longest line <see cref="Wrapped"/> writes when its items allow it.</summary>
    public const int MaxLineLength = 150;

    /// <summary>
    /// Writes <paramref name="head"/>, the <paramref name="items"/> separated by <c>", "</c> and <paramref name="tail"/>:
    /// on one line when it fits in <see cref="MaxLineLength"/>, otherwise with the items on indented lines in between.
    /// </summary>
    public SourceWriter Wrapped(string head, IReadOnlyList<string> items, string tail)
    {
        var oneLine = head + string.Join(", ", items) + tail;
        if (_indent * 4 + oneLine.Length <= MaxLineLength || items.Count == 0)
        {
            return Line(oneLine);
        }

        Line(head.TrimEnd());
        _indent++;
        var line = new StringBuilder();
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index] + (index < items.Count - 1 ? "," : string.Empty);
            if (line.Length > 0 && _indent * 4 + line.Length + 1 + item.Length > MaxLineLength)
            {
                Line(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(item);
        }

        Line(line.ToString());
        _indent--;
        return Line(tail.TrimStart());
    }

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    /// <summary>Writes a <c>//</c> comment; <paramref name="text"/> is raw ladder text and is escaped here.</summary>
    public SourceWriter Comment(string text) => Line("// " + CSharpText.CommentLine(text));

    /// <summary>Writes an XML doc comment; <paramref name="xml"/> is already escaped and may span several lines.</summary>
    public SourceWriter Doc(string xml)
    {
        foreach (var line in xml.Split('\n'))
        {
            Line(line.Length == 0 ? "///" : "/// " + line);
        }

        return this;
    }

    public override string ToString() => _builder.ToString();
}
