using System;
using System.Collections.Generic;
using System.IO;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Parsing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CareerLadder.Authoring.Yaml;

/// <summary>
/// Reads YAML text into a <see cref="YNode"/> tree with exact spans, reporting syntax errors as diagnostics.
/// On a syntax error the tree keeps everything read before it, so the rest of the file is still checked and generated.
/// </summary>
internal sealed class YamlTreeReader
{
    private readonly string _path;
    private readonly List<LadderDiagnostic> _diagnostics;
    private readonly Stack<Frame> _open = new();
    private YNode? _root;
    private Mark _lastMark = Mark.Empty;

    private readonly LadderLimits _limits;
    private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);
    private long _expandedWeight;
    private string _text = string.Empty;
    private Mark? _endOfText;

    private YamlTreeReader(string path, List<LadderDiagnostic> diagnostics, LadderLimits limits)
    {
        _path = path;
        _diagnostics = diagnostics;
        _limits = limits;
    }

    /// <summary>Reads <paramref name="text"/>; returns the root node, or null for an empty document.</summary>
    public static YNode? Read(string path, string text, List<LadderDiagnostic> diagnostics, LadderLimits limits) =>
        new YamlTreeReader(path, diagnostics, limits).Read(text);

    /// <summary>
    /// The span from <paramref name="start"/> to <paramref name="end"/>, kept inside the file. YamlDotNet sometimes
    /// gives an end before the start (an empty mark on errors at the end of a flow collection) or a mark on the line after
    /// the last one (the end of the stream): the span then collapses to its start, or stops at the end of the text, so
    /// that offsets and line positions always agree and never run backwards.
    /// </summary>
    private SourceSpan ToSpan(Mark start, Mark end)
    {
        start = InsideText(start);
        end = InsideText(end);
        if (end.Index < start.Index || end.Line < start.Line || (end.Line == start.Line && end.Column < start.Column))
        {
            end = start;
        }

        return new((int)start.Index, (int)end.Index, (int)start.Line - 1, (int)start.Column - 1, (int)end.Line - 1, (int)end.Column - 1);
    }

    private Mark InsideText(Mark mark) => mark.Index >= _text.Length ? EndOfText : mark;

    /// <summary>The mark of the end of the text, on its last line (line breaks counted as YamlDotNet and Roslyn count them).</summary>
    private Mark EndOfText
    {
        get
        {
            if (_endOfText is { } known)
            {
                return known;
            }

            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < _text.Length; i++)
            {
                var character = _text[i];
                if (character == '\r' && i + 1 < _text.Length && _text[i + 1] == '\n')
                {
                    i++;
                }

                if (character is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            var end = new Mark(_text.Length, line, _text.Length - lineStart + 1);
            _endOfText = end;
            return end;
        }
    }

    private YNode? Read(string text)
    {
        _text = text;
        var parser = new Parser(new PeekOnceScanner(new Scanner(new StringReader(text))));
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                _lastMark = current.End;
                switch (current)
                {
                    case DocumentStart start when !start.IsImplicit || documents > 0:
                        documents++;
                        if (documents > 1)
                        {
                            Report(LadderRules.UnsupportedYaml, ToSpan(current.Start, current.End),
                                "A ladder file holds one YAML document; move the document that starts here into its own file");
                            return _root;
                        }

                        break;
                    case DocumentStart:
                        documents++;
                        break;
                    case Scalar scalar when !scalar.Tag.IsEmpty:
                        // A tag changes what a value means (!!null, !!int, custom tags); ladders have no use for them.
                        ReportTag(scalar);
                        Add(new YScalar(string.Empty, false, ToSpan(scalar.Start, scalar.End), isBroken: true), scalar.Anchor);
                        break;
                    case Scalar scalar:
                        Add(new YScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, ToSpan(scalar.Start, scalar.End)), scalar.Anchor);
                        break;
                    case AnchorAlias alias:
                        if (!Expand(alias))
                        {
                            CloseAll();
                            return _root;
                        }

                        break;
                    case SequenceStart or MappingStart when _open.Count >= _limits.MaxDepth:
                        ReportDepth(ToSpan(current.Start, current.End));
                        CloseAll();
                        return _root;
                    case NodeEvent { Tag.IsEmpty: false } tagged and (SequenceStart or MappingStart):
                        ReportTag(tagged);
                        _open.Push(new Frame(tagged.Start, isMapping: tagged is MappingStart, tagged.Anchor));
                        break;
                    case SequenceStart sequence:
                        _open.Push(new Frame(sequence.Start, isMapping: false, sequence.Anchor));
                        break;
                    case MappingStart mapping:
                        _open.Push(new Frame(mapping.Start, isMapping: true, mapping.Anchor));
                        break;
                    case SequenceEnd:
                    case MappingEnd:
                        Close(FlowEnd(text, current));
                        break;
                }
            }
        }
        catch (Exception exception)
        {
            // YamlDotNet throws other types too (for example InvalidOperationException on an unclosed bracket).
            var error = SyntaxErrorExplainer.Explain(text, exception, _lastMark);
            Report(LadderRules.InvalidYaml, error.Span, error.Message);
            CloseAll();
        }

        return _root;
    }

    /// <summary>
    /// Adds a copy of the anchored node where the alias is, within the depth limit and within the file length limit
    /// counted as if every alias were written out (an alias bomb stops there). Returns false when reading must stop.
    /// </summary>
    private bool Expand(AnchorAlias alias)
    {
        var span = ToSpan(alias.Start, alias.End);
        if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
        {
            Report(LadderRules.UnsupportedYaml, span,
                $"The alias *{alias.Value} refers to no anchor &{alias.Value} written before it (an anchor cannot contain its own alias); define the anchor first or write the value out");
            Add(new YScalar(string.Empty, false, span, isBroken: true));
            return true;
        }

        if (_open.Count + anchored.Depth > _limits.MaxDepth)
        {
            ReportDepth(span);
            return false;
        }

        _expandedWeight += anchored.Weight;
        if (_text.Length + _expandedWeight > _limits.MaxFileLength)
        {
            _diagnostics.Add(LadderDiagnostic.Create(LadderRules.LimitExceeded, _path, span,
                $"The file with its aliases written out (*{alias.Value} here repeats {Number(anchored.Weight)} characters)",
                Number(_limits.MaxFileLength) + " characters", LadderLimits.MaxFileLengthProperty));
            return false;
        }

        Add(anchored.CopyAt(span));
        return true;
    }

    private void ReportDepth(SourceSpan span) =>
        _diagnostics.Add(LadderDiagnostic.Create(LadderRules.LimitExceeded, _path, span,
            "The nesting of lists and mappings", Number(_limits.MaxDepth) + " levels", LadderLimits.MaxDepthProperty));

    private static string Number(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>YamlDotNet gives a flow collection's closing bracket an empty span; the node's span must include it.</summary>
    private static Mark FlowEnd(string text, ParsingEvent end)
    {
        var index = (int)end.Start.Index;
        return end.End.Index == end.Start.Index && index < text.Length && (text[index] == ']' || text[index] == '}')
            ? new Mark(end.Start.Index + 1, end.Start.Line, end.Start.Column + 1)
            : end.End;
    }

    private void CloseAll()
    {
        while (_open.Count > 0)
        {
            Close(_lastMark, truncated: true);
        }
    }

    private void Close(Mark end, bool truncated = false)
    {
        var frame = _open.Pop();
        var span = ToSpan(frame.Start, end);
        YNode node;
        if (frame.IsMapping)
        {
            node = new YMapping(BuildEntries(frame), span);
        }
        else
        {
            node = new YSequence(frame.Items, span);
        }

        node.IsTruncated = truncated;
        Add(node, frame.Anchor);
    }

    /// <summary>
    /// The entries of a mapping, each key once (a repeated key is reported at the repetition). A merge key
    /// (<c>&lt;&lt;: *defaults</c>, or a list of mappings) adds, where it stands, the entries of its mappings whose keys
    /// the mapping does not write itself, the first mapping of the list winning: YAML's merge semantics.
    /// </summary>
    private List<KeyValuePair<YScalar, YNode>> BuildEntries(Frame frame)
    {
        var entries = new List<KeyValuePair<YScalar, YNode>>();
        var firstByKey = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        var explicitKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < frame.Items.Count; i += 2)
        {
            if (frame.Items[i] is YScalar { IsBroken: false, IsMergeKey: false } key)
            {
                explicitKeys.Add(key.Value);
            }
        }

        var merged = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < frame.Items.Count; i += 2)
        {
            var keyNode = frame.Items[i];
            var value = frame.Items[i + 1];
            if (keyNode is not YScalar key)
            {
                Report(LadderRules.UnsupportedYaml, keyNode.Span, "Mapping keys must be plain text, not lists or mappings");
                continue;
            }

            if (key.IsBroken)
            {
                continue;
            }

            if (firstByKey.TryGetValue(key.Value, out var first))
            {
                _diagnostics.Add(LadderDiagnostic
                    .Create(LadderRules.DuplicateKey, _path, key.Span, key.Value, (first.Span.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .WithAdditionalLocation(new LadderLocation(_path, first.Span)));
                continue;
            }

            firstByKey.Add(key.Value, key);
            if (!key.IsMergeKey)
            {
                entries.Add(new KeyValuePair<YScalar, YNode>(key, value));
                continue;
            }

            foreach (var source in MergeSources(value))
            {
                foreach (var entry in source.Entries)
                {
                    if (!explicitKeys.Contains(entry.Key.Value) && merged.Add(entry.Key.Value))
                    {
                        entries.Add(entry);
                    }
                }
            }
        }

        return entries;
    }

    /// <summary>The mappings a merge key's value names; anything else is reported once, at itself.</summary>
    private IEnumerable<YMapping> MergeSources(YNode value)
    {
        var items = value is YSequence sequence ? sequence.Items : new List<YNode> { value };
        foreach (var item in items)
        {
            if (item is YMapping mapping)
            {
                yield return mapping;
            }
            else if (item is not YScalar { IsBroken: true })
            {
                Report(LadderRules.UnsupportedYaml, item.Span,
                    $"A merge key (<<) takes a mapping or a list of mappings, such as '<<: *defaults', but here it is {item.Describe()}");
            }
        }
    }

    private void Add(YNode node, AnchorName anchor = default)
    {
        if (!anchor.IsEmpty)
        {
            // A later anchor of the same name replaces the earlier one for the aliases after it, as YAML says.
            _anchors[anchor.Value] = node;
        }

        if (_open.Count == 0)
        {
            _root ??= node;
        }
        else
        {
            _open.Peek().Items.Add(node);
        }
    }

    /// <summary>Reports a YAML tag (<c>!!null</c>, <c>!custom</c>) as written, once per node.</summary>
    private void ReportTag(NodeEvent node)
    {
        var span = ToSpan(node.Start, node.End);
        var written = span.Start < _text.Length && _text[span.Start] == '!' ? WrittenTag(span.Start) : node.Tag.Value;
        Report(LadderRules.UnsupportedYaml, span,
            $"YAML tags ({written}) are not supported in ladder files; remove the tag, and quote the value if it must be read as text");
    }

    private string WrittenTag(int start)
    {
        var end = start;
        while (end < _text.Length && end - start < 64 && !char.IsWhiteSpace(_text[end]) && _text[end] is not (',' or ']' or '}'))
        {
            end++;
        }

        return _text.Substring(start, end - start);
    }

    private void Report(LadderRule rule, SourceSpan span, string argument) =>
        _diagnostics.Add(LadderDiagnostic.Create(rule, _path, span, argument));

    private sealed class Frame
    {
        public Frame(Mark start, bool isMapping, AnchorName anchor)
        {
            Start = start;
            IsMapping = isMapping;
            Anchor = anchor;
        }

        public AnchorName Anchor { get; }

        public Mark Start { get; }

        public bool IsMapping { get; }

        public List<YNode> Items { get; } = new();
    }
}
