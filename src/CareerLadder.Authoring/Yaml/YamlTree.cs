using System.Collections.Generic;

namespace CareerLadder.Authoring.Yaml;

/// <summary>A node of a ladder file's YAML, with the span it was read from. Internal to parsing; never cached.</summary>
internal abstract class YNode
{
    protected YNode(SourceSpan span) => Span = span;

    public SourceSpan Span { get; }

    /// <summary>Whether a syntax error stopped the reading inside this node, so that it may lack entries written in the file.</summary>
    public bool IsTruncated { get; set; }

    /// <summary>How the node is described in messages: "text", "a list", "a mapping".</summary>
    public abstract string Describe();
}

internal sealed class YScalar : YNode
{
    public YScalar(string value, bool isPlain, SourceSpan span, bool isBroken = false)
        : base(span)
    {
        Value = value;
        IsPlain = isPlain;
        IsBroken = isBroken;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    /// <summary>A placeholder for a node that was already reported (an alias); readers skip it silently.</summary>
    public bool IsBroken { get; }

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string Describe() => IsNull ? "empty" : "the text '" + Value + "'";
}

internal sealed class YSequence : YNode
{
    public YSequence(List<YNode> items, SourceSpan span)
        : base(span) => Items = items;

    public List<YNode> Items { get; }

    public override string Describe() => "a list";
}

internal sealed class YMapping : YNode
{
    public YMapping(List<KeyValuePair<YScalar, YNode>> entries, SourceSpan span)
        : base(span) => Entries = entries;

    public List<KeyValuePair<YScalar, YNode>> Entries { get; }

    public override string Describe() => "a mapping";
}
