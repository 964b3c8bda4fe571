using System.Collections.Generic;
using System.Linq;

namespace CareerLadder.Authoring.Yaml;

/// <summary>A node of a ladder file's YAML, with the span it was read from. Internal to parsing; never cached.</summary>
internal abstract class YNode
{
    protected YNode(SourceSpan span, long weight, int depth)
    {
        Span = span;
        Weight = weight;
        Depth = depth;
    }

    public SourceSpan Span { get; }

    /// <summary>Whether a syntax error stopped the reading inside this node, so that it may lack entries written in the file.</summary>
    public bool IsTruncated { get; set; }

    /// <summary>
    /// About how many characters the node would take written out in full (one per node plus the text of its scalars):
    /// what an alias to it adds to the file, bounded so that an alias bomb stays small.
    /// </summary>
    public long Weight { get; }

    /// <summary>How many lists and mappings are nested in the node, itself included (0 for a scalar).</summary>
    public int Depth { get; }

    /// <summary>How the node is described in messages: "text", "a list", "a mapping".</summary>
    public abstract string Describe();

    /// <summary>
    /// A copy of the node whose spans all point at <paramref name="span"/>: the content of an anchor where an alias
    /// repeats it, so that a problem in the repeated content is reported where the author used it.
    /// </summary>
    public abstract YNode CopyAt(SourceSpan span);
}

internal sealed class YScalar : YNode
{
    public YScalar(string value, bool isPlain, SourceSpan span, bool isBroken = false)
        : base(span, value.Length + 1, 0)
    {
        Value = value;
        IsPlain = isPlain;
        IsBroken = isBroken;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    /// <summary>A placeholder for a node that was already reported (a tag, an alias without anchor); readers skip it silently.</summary>
    public bool IsBroken { get; }

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    /// <summary>Whether the scalar is a YAML merge key (<c>&lt;&lt;</c> unquoted).</summary>
    public bool IsMergeKey => IsPlain && Value == "<<";

    /// <summary>Whether the scalar holds no text: <c>""</c> or only spaces. A ladder has no use for such a value.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Value);

    public override string Describe() => IsNull ? "empty" : IsBlank ? "blank text" : "the text '" + Value + "'";

    public override YNode CopyAt(SourceSpan span) => new YScalar(Value, IsPlain, span, IsBroken) { IsTruncated = IsTruncated };

    public YScalar KeyAt(SourceSpan span) => (YScalar)CopyAt(span);
}

internal sealed class YSequence : YNode
{
    public YSequence(List<YNode> items, SourceSpan span)
        : base(span, 1 + items.Sum(item => item.Weight), 1 + (items.Count == 0 ? 0 : items.Max(item => item.Depth))) => Items = items;

    public List<YNode> Items { get; }

    public override string Describe() => "a list";

    public override YNode CopyAt(SourceSpan span) =>
        new YSequence(Items.Select(item => item.CopyAt(span)).ToList(), span) { IsTruncated = IsTruncated };
}

internal sealed class YMapping : YNode
{
    public YMapping(List<KeyValuePair<YScalar, YNode>> entries, SourceSpan span)
        : base(span, 1 + entries.Sum(entry => entry.Key.Weight + entry.Value.Weight), 1 + (entries.Count == 0 ? 0 : entries.Max(entry => entry.Value.Depth))) => Entries = entries;

    public List<KeyValuePair<YScalar, YNode>> Entries { get; }

    public override string Describe() => "a mapping";

    public override YNode CopyAt(SourceSpan span) =>
        new YMapping(Entries.Select(entry => new KeyValuePair<YScalar, YNode>(entry.Key.KeyAt(span), entry.Value.CopyAt(span))).ToList(), span) { IsTruncated = IsTruncated };
}
