using System.Text;

namespace CareerLadder.Authoring.Emitting;

/// <summary>Writes indented C# with <c>\n</c> line endings, whatever the platform.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
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

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

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
