using System.Collections.Generic;
using System.Linq;
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

    /// <summary>
    /// Writes <paramref name="header"/> (when given) and <c>{</c>, and indents until the returned scope is disposed, which
    /// writes <paramref name="close"/>: <c>using (writer.Block("class C")) { ... }</c> keeps braces and indentation paired
    /// the way the generated code pairs them.
    /// </summary>
    public Scope Block(string? header = null, string close = "}")
    {
        if (header is not null)
        {
            Line(header);
        }

        Line("{");
        _indent++;
        return new Scope(this, close);
    }

    /// <summary>Indents until the returned scope is disposed, without braces (continued lines, arguments).</summary>
    public Scope Indented()
    {
        _indent++;
        return new Scope(this, null);
    }

    /// <summary>The end of a <see cref="Block"/> or <see cref="Indented"/> scope: outdents and writes its closing line.</summary>
    public readonly struct Scope : System.IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string? _close;

        internal Scope(SourceWriter writer, string? close)
        {
            _writer = writer;
            _close = close;
        }

        public void Dispose()
        {
            _writer._indent--;
            if (_close is not null)
            {
                _writer.Line(_close);
            }
        }
    }

    /// <summary>
    /// Writes an array: <paramref name="head"/>, <c>new T[] { items }</c> (wrapped as <see cref="Wrapped(string, IReadOnlyList{CodeExpression}, string, string, bool)"/>
    /// wraps) or <c>global::System.Array.Empty&lt;T&gt;()</c> when there is nothing to list, then <paramref name="tail"/>.
    /// </summary>
    public SourceWriter Array(string head, string elementType, IReadOnlyList<CodeExpression> items, string tail) =>
        items.Count == 0
            ? Line(head + "global::System.Array.Empty<" + elementType + ">()" + tail)
            : Wrapped(head + "new " + elementType + "[] { ", items, " }" + tail);

    /// <summary>Writes an array of code that is never broken (numbers, names), as <see cref="Array(string, string, IReadOnlyList{CodeExpression}, string)"/> does.</summary>
    public SourceWriter Array(string head, string elementType, IReadOnlyList<string> items, string tail) =>
        Array(head, elementType, items.Select(CodeExpression.Code).ToList(), tail);

    /// <summary>The longest line <c>Wrapped</c> writes when its items allow it.</summary>
    public const int MaxLineLength = 150;

    /// <summary>
    /// Writes <paramref name="head"/>, the <paramref name="items"/> separated by <c>", "</c> and <paramref name="tail"/>:
    /// on one line when it fits in <see cref="MaxLineLength"/>, otherwise with the items on indented lines in between.
    /// </summary>
    public SourceWriter Wrapped(string head, IReadOnlyList<string> items, string tail, string separator = ",", bool tailOnLastLine = false) =>
        Wrapped(head, items.Select(CodeExpression.Code).ToList(), tail, separator, tailOnLastLine);

    /// <summary>
    /// Writes <paramref name="head"/>, the <paramref name="items"/> separated by <paramref name="separator"/> and a space,
    /// and <paramref name="tail"/>: on one line when it fits in <see cref="MaxLineLength"/>, otherwise with the items on
    /// indented lines in between, as many a line as fit; an item too long for a line of its own is laid out by
    /// <see cref="Expression"/> (a string literal is cut into parts). With <paramref name="tailOnLastLine"/> (parameter
    /// lists), the tail ends the last line of items instead of taking a line of its own.
    /// </summary>
    public SourceWriter Wrapped(string head, IReadOnlyList<CodeExpression> items, string tail, string separator = ",", bool tailOnLastLine = false)
    {
        var oneLine = head + string.Join(separator + " ", items.Select(item => item.OneLine)) + tail;
        if (Fits(oneLine) || items.Count == 0)
        {
            return Line(oneLine);
        }

        Line(head.TrimEnd());
        _indent++;
        var line = new StringBuilder();
        for (var index = 0; index < items.Count; index++)
        {
            var end = index < items.Count - 1 ? separator : tailOnLastLine ? tail : string.Empty;
            var item = items[index].OneLine + end;
            if (line.Length > 0 && _indent * 4 + line.Length + 1 + item.Length > MaxLineLength)
            {
                Line(line.ToString());
                line.Clear();
            }

            if (!Fits(item))
            {
                Expression(string.Empty, items[index], end);
                continue;
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(item);
        }

        if (line.Length > 0)
        {
            Line(line.ToString());
        }

        _indent--;
        return tailOnLastLine ? this : Line(tail.TrimStart());
    }

    /// <summary>
    /// Writes <paramref name="head"/>, <paramref name="expression"/> and <paramref name="tail"/> on one line when it fits
    /// in <see cref="MaxLineLength"/>; otherwise the expression is laid out over several lines, a call with an argument a
    /// line (after the head, when the call's opening fits there), a string literal cut into constant parts joined with
    /// <c>+</c> (<see cref="CSharpText.LiteralParts"/>) below the head, indented.
    /// </summary>
    public SourceWriter Expression(string head, CodeExpression expression, string tail)
    {
        var oneLine = head + expression.OneLine + tail;
        if (Fits(oneLine))
        {
            return Line(oneLine);
        }

        if (head.Length > 0 && !(expression is CodeExpression.CallExpression { Arguments.Count: > 0 } opening && Fits(head + opening.Open.TrimEnd())))
        {
            Line(head.TrimEnd());
            _indent++;
            Expression(string.Empty, expression, tail);
            _indent--;
            return this;
        }

        switch (expression)
        {
            case CodeExpression.StringLiteral literal:
                var parts = CSharpText.LiteralParts(literal.Value, System.Math.Max(40, MaxLineLength - _indent * 4 - tail.Length - 2));
                for (var index = 0; index < parts.Count; index++)
                {
                    Line(parts[index] + (index == parts.Count - 1 ? tail : " +"));
                }

                return this;
            case CodeExpression.CallExpression call when call.Arguments.Count > 0:
                Line(head + call.Open.TrimEnd());
                _indent++;
                for (var index = 0; index < call.Arguments.Count; index++)
                {
                    Expression(string.Empty, call.Arguments[index], index == call.Arguments.Count - 1 ? call.Close + tail : ",");
                }

                _indent--;
                return this;
            default:
                return Line(oneLine);
        }
    }

    /// <summary>True when <paramref name="text"/> fits on a line at the current indentation.</summary>
    public bool Fits(string text) => _indent * 4 + text.Length <= MaxLineLength;

    /// <summary>
    /// Writes a multi-line template, a raw string literal laid out as the code it writes, each of its lines at the current
    /// indentation. The template's own line breaks end lines; a line break inside one of its values would let ladder text
    /// escape a string or a comment, so it throws, as <see cref="Line"/> does.
    /// </summary>
    public SourceWriter Template(System.FormattableString template)
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

    /// <summary>Writes a <c>//</c> comment, wrapped as <see cref="Doc"/> wraps; <paramref name="text"/> is raw ladder text and is escaped here.</summary>
    public SourceWriter Comment(string text) => WrappedComment("// ", CSharpText.CommentLine(text));

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

            WrappedComment("/// ", line);
        }

        return this;
    }

    /// <summary>
    /// Writes <paramref name="text"/> (escaped, one line) after <paramref name="prefix"/>, wrapped at spaces, which comments
    /// ignore; a word longer than a line is cut, never inside an entity or a surrogate pair.
    /// </summary>
    private SourceWriter WrappedComment(string prefix, string text)
    {
        var rest = text;
        var width = System.Math.Max(40, MaxLineLength - _indent * 4 - prefix.Length);
        while (rest.Length > width)
        {
            var space = rest.LastIndexOf(' ', width);
            var cut = space > 0 ? space : WordCut(rest, width);
            Line(prefix + rest.Substring(0, cut));
            rest = rest.Substring(space > 0 ? cut + 1 : cut);
        }

        return Line(prefix + rest);
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
