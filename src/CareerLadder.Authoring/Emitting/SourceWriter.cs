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

    /// <summary>
    /// Writes a multi-line template, a raw string literal laid out as the code it writes, each of its lines at the current
    /// indentation. The template's own line breaks end lines; a line break inside one of its values would let ladder text
    /// escape a string or a comment, so it throws, as <see cref="Line"/> does.
    /// </summary>
    public SourceWriter Block(System.FormattableString template)
    {
        foreach (var argument in template.GetArguments())
        {
            if (argument is string value && value.IndexOfAny(LineBreaks) >= 0)
            {
                throw new System.InvalidOperationException("Template value contains a raw line break: " + CSharpText.Literal(value.Length > 80 ? value.Substring(0, 80) : value));
            }
        }

        foreach (var line in template.ToString(System.Globalization.CultureInfo.InvariantCulture).Split('\n'))
        {
            Line(line);
        }

        return this;
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
            if (line.Length == 0)
            {
                Line("///");
                continue;
            }

            // Long ladder text is wrapped at spaces, which XML doc comments ignore; a word longer than a line is cut, never
            // inside an entity or a surrogate pair.
            var rest = line;
            var width = System.Math.Max(40, MaxLineLength - _indent * 4 - 4);
            while (rest.Length > width)
            {
                var space = rest.LastIndexOf(' ', width);
                var cut = space > 0 ? space : WordCut(rest, width);
                Line("/// " + rest.Substring(0, cut));
                rest = rest.Substring(space > 0 ? cut + 1 : cut);
            }

            Line("/// " + rest);
        }

        return this;
    }

    /// <summary>Where to cut a word of escaped XML at most <paramref name="width"/> long: not inside <c>&amp;...;</c> nor a surrogate pair.</summary>
    private static int WordCut(string xml, int width)
    {
        var cut = width;
        var ampersand = xml.LastIndexOf('&', cut - 1);
        if (ampersand > 0 && xml.IndexOf(';', ampersand) >= cut)
        {
            cut = ampersand;
        }

        return char.IsLowSurrogate(xml[cut]) ? cut - 1 : cut;
    }

    public override string ToString() => _builder.ToString();
}
