using System;
using System.Collections.Generic;
using System.IO;
using CareerLadder.Authoring.Diagnostics;
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

    private readonly int _maxDepth;
    private bool _aliasReported;
    private string _text = string.Empty;
    private Mark? _endOfText;

    private YamlTreeReader(string path, List<LadderDiagnostic> diagnostics, int maxDepth)
    {
        _path = path;
        _diagnostics = diagnostics;
        _maxDepth = maxDepth;
    }

    /// <summary>Reads <paramref name="text"/>; returns the root node, or null for an empty document.</summary>
    public static YNode? Read(string path, string text, List<LadderDiagnostic> diagnostics, int maxDepth = int.MaxValue) =>
        new YamlTreeReader(path, diagnostics, maxDepth).Read(text);

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
        var parser = new Parser(new StringReader(text));
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
                        Add(new YScalar(string.Empty, false, ToSpan(scalar.Start, scalar.End), isBroken: true));
                        break;
                    case Scalar scalar:
                        Add(new YScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, ToSpan(scalar.Start, scalar.End)));
                        break;
                    case AnchorAlias alias:
                        // One report per file: an alias bomb repeats aliases thousands of times.
                        if (!_aliasReported)
                        {
                            _aliasReported = true;
                            Report(LadderRules.UnsupportedYaml, ToSpan(alias.Start, alias.End),
                                $"YAML aliases (*{alias.Value}) are not supported in ladder files; write every aliased value out in full");
                        }

                        Add(new YScalar(string.Empty, false, ToSpan(alias.Start, alias.End), isBroken: true));
                        break;
                    case SequenceStart or MappingStart when _open.Count >= _maxDepth:
                        _diagnostics.Add(LadderDiagnostic.Create(LadderRules.LimitExceeded, _path, ToSpan(current.Start, current.End),
                            "The nesting of lists and mappings", _maxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " levels", Parsing.LadderLimits.MaxDepthProperty));
                        CloseAll();
                        return _root;
                    case NodeEvent { Tag.IsEmpty: false } tagged and (SequenceStart or MappingStart):
                        ReportTag(tagged);
                        _open.Push(new Frame(tagged.Start, isMapping: tagged is MappingStart));
                        break;
                    case SequenceStart sequence:
                        _open.Push(new Frame(sequence.Start, isMapping: false));
                        break;
                    case MappingStart mapping:
                        _open.Push(new Frame(mapping.Start, isMapping: true));
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
        Add(node);
    }

    private List<KeyValuePair<YScalar, YNode>> BuildEntries(Frame frame)
    {
        var entries = new List<KeyValuePair<YScalar, YNode>>();
        var firstByKey = new Dictionary<string, YScalar>(StringComparer.Ordinal);
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
            entries.Add(new KeyValuePair<YScalar, YNode>(key, value));
        }

        return entries;
    }

    private void Add(YNode node)
    {
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
        public Frame(Mark start, bool isMapping)
        {
            Start = start;
            IsMapping = isMapping;
        }

        public Mark Start { get; }

        public bool IsMapping { get; }

        public List<YNode> Items { get; } = new();
    }
}
