using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CareerLadder.Authoring.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerLadder.Generator.Tests.Infrastructure;

/// <summary>How the scalars of a spelling are written.</summary>
internal enum ScalarSpelling
{
    /// <summary>Plain where the original was plain, double-quoted where it must be.</summary>
    Plain,

    /// <summary><c>'text'</c>, double-quoted where single quotes cannot hold the text.</summary>
    SingleQuoted,

    /// <summary><c>"text"</c> with escapes.</summary>
    DoubleQuoted,

    /// <summary><c>|-</c> block scalars.</summary>
    Literal,

    /// <summary><c>&gt;-</c> block scalars, folded at spaces every few words.</summary>
    Folded,
}

/// <summary>
/// One way to write the same YAML document; every combination is valid YAML with the same content. With
/// <see cref="KeepText"/> the original text (its comments included) only gets other line breaks, a byte order mark or
/// document markers.
/// </summary>
internal sealed record YamlSpelling(
    string Name,
    ScalarSpelling Scalars = ScalarSpelling.Plain,
    bool QuoteKeys = false,
    bool Flow = false,
    bool ReverseKeys = false,
    bool Comments = false,
    bool AnchorRepeats = false,
    bool MergeKeys = false,
    string LineBreak = "\n",
    bool ByteOrderMark = false,
    bool DocumentMarkers = false,
    bool YmlExtension = false,
    bool KeepText = false)
{
    public override string ToString() => Name;
}

/// <summary>
/// Writes a YAML document again in another <see cref="YamlSpelling"/>: quoting and block scalar styles, flow
/// collections, reversed keys, comments between and after entries, anchors and aliases for repeated values, merge keys
/// (with decoy entries that YAML's precedence rules must hide), CRLF, a byte order mark and document markers.
/// </summary>
internal sealed class YamlSpellingWriter
{
    private const string Decoy = "decoy value a merge must hide";

    private readonly YamlSpelling _spelling;
    private readonly List<string> _lines = new();
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _anchors = new(StringComparer.Ordinal);

    private YamlSpellingWriter(YamlSpelling spelling) => _spelling = spelling;

    public static string Write(string yaml, YamlSpelling spelling)
    {
        if (spelling.KeepText)
        {
            return Frame(yaml.Replace("\r\n", "\n").TrimEnd('\n').Replace("\n", spelling.LineBreak) + spelling.LineBreak, spelling);
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        var writer = new YamlSpellingWriter(spelling);
        if (spelling.AnchorRepeats)
        {
            writer.Count(root);
        }

        writer.WriteMapping(root, 0);
        return Frame(string.Join(spelling.LineBreak, writer._lines) + spelling.LineBreak, spelling);
    }

    private static string Frame(string body, YamlSpelling spelling)
    {
        if (spelling.DocumentMarkers)
        {
            body = "--- # the ladder" + spelling.LineBreak + body + "..." + spelling.LineBreak;
        }

        if (spelling.Comments)
        {
            body = "# A ladder file written another way" + spelling.LineBreak + body + "# end of file" + spelling.LineBreak;
        }

        return (spelling.ByteOrderMark ? "\uFEFF" : string.Empty) + body;
    }

    /// <summary>Counts every value by its content, so that repeated ones get an anchor where first written.</summary>
    private void Count(YamlNode node)
    {
        var key = Canonical(node);
        _occurrences[key] = _occurrences.TryGetValue(key, out var count) ? count + 1 : 1;
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var entry in mapping.Children)
                {
                    Count(entry.Value);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    Count(item);
                }

                break;
        }
    }

    private static string Canonical(YamlNode node) => node switch
    {
        YamlScalarNode scalar => (IsNull(scalar) ? "~" : "s:") + scalar.Value,
        YamlSequenceNode sequence => "[" + string.Join(",", sequence.Children.Select(Canonical)) + "]",
        YamlMappingNode mapping => "{" + string.Join(",", mapping.Children.Select(entry => Canonical(entry.Key) + ":" + Canonical(entry.Value))) + "}",
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>The anchor or alias to write before (or instead of) a value: ("&amp;a1 ", false) or ("*a1", true).</summary>
    private (string Prefix, bool IsAlias) Anchor(YamlNode node)
    {
        if (!_spelling.AnchorRepeats)
        {
            return (string.Empty, false);
        }

        var key = Canonical(node);
        if (_anchors.TryGetValue(key, out var name))
        {
            return ("*" + name, true);
        }

        if (_occurrences.TryGetValue(key, out var count) && count > 1)
        {
            name = "v" + (_anchors.Count + 1);
            _anchors.Add(key, name);
            return ("&" + name + " ", false);
        }

        return (string.Empty, false);
    }

    /// <summary>
    /// The entries, reversed for <see cref="YamlSpelling.ReverseKeys"/> where every key is a key of the format. Mappings
    /// keyed by the author's ids (competencies, sections, ranks, expectations) keep their order: it is the order the
    /// ladder lists them in.
    /// </summary>
    private IEnumerable<KeyValuePair<YamlNode, YamlNode>> Entries(YamlMappingNode mapping) =>
        _spelling.ReverseKeys && mapping.Children.All(entry => FormatKeys.Contains(((YamlScalarNode)entry.Key).Value!)) ? mapping.Children.Reverse() : mapping.Children;

    private static readonly HashSet<string> FormatKeys = new(
        typeof(CareerLadder.Authoring.Parsing.LadderKeys).GetFields().SelectMany(field => (string[])field.GetValue(null)!),
        StringComparer.Ordinal);

    private void Comment(int indent, string about)
    {
        if (_spelling.Comments)
        {
            // Comment lines may stand at any indentation; alternate to show that.
            _lines.Add(new string(' ', _lines.Count % 2 == 0 ? indent : 0) + "# " + about);
        }
    }

    private string Trailing => _spelling.Comments ? " # note" : string.Empty;

    private void WriteMapping(YamlMappingNode mapping, int indent)
    {
        var entries = Entries(mapping).ToList();
        if (_spelling.MergeKeys && entries.Count >= 2)
        {
            // The first half comes from a merge; a second merged mapping repeats every key with a decoy value that
            // loses both to the explicit keys and to the earlier merged mapping.
            var merged = entries.Take(entries.Count / 2).ToList();
            var decoys = entries.Select(entry => new KeyValuePair<YamlNode, YamlNode>(entry.Key, new YamlScalarNode(Decoy))).ToList();
            Comment(indent, "merged entries");
            _lines.Add(new string(' ', indent) + "<<:" + Trailing);
            _lines.Add(new string(' ', indent + 2) + "-");
            WriteEntries(merged, indent + 4);
            _lines.Add(new string(' ', indent + 2) + "-");
            WriteEntries(decoys, indent + 4);
            entries = entries.Skip(merged.Count).ToList();
        }

        WriteEntries(entries, indent);
    }

    private void WriteEntries(IEnumerable<KeyValuePair<YamlNode, YamlNode>> entries, int indent)
    {
        foreach (var entry in entries)
        {
            var key = Key((YamlScalarNode)entry.Key);
            Comment(indent, "about " + ((YamlScalarNode)entry.Key).Value);
            WriteValue(new string(' ', indent) + key + ":", entry.Value, indent);
        }
    }

    private void WriteSequence(YamlSequenceNode sequence, int indent)
    {
        foreach (var item in sequence.Children)
        {
            Comment(indent, "an item");
            WriteValue(new string(' ', indent) + "-", item, indent);
        }
    }

    /// <summary>Writes a value after <paramref name="head"/> (<c>key:</c> or <c>-</c>), nested collections below it.</summary>
    private void WriteValue(string head, YamlNode value, int indent)
    {
        var (anchor, isAlias) = Anchor(value);
        if (isAlias)
        {
            _lines.Add(head + " " + anchor + Trailing);
            return;
        }

        switch (value)
        {
            case YamlScalarNode scalar:
                WriteScalar(head + " " + anchor, scalar, indent + 2);
                break;
            case YamlMappingNode { Children.Count: 0 }:
                _lines.Add(head + " " + anchor + "{}" + Trailing);
                break;
            case YamlSequenceNode { Children.Count: 0 }:
                _lines.Add(head + " " + anchor + "[]" + Trailing);
                break;
            case var collection when _spelling.Flow:
                _lines.Add(head + " " + anchor + FlowValue(collection) + Trailing);
                break;
            case YamlMappingNode mapping:
                _lines.Add(head + (anchor.Length > 0 ? " " + anchor.TrimEnd() : string.Empty) + Trailing);
                WriteMapping(mapping, indent + 2);
                break;
            case YamlSequenceNode sequence:
                _lines.Add(head + (anchor.Length > 0 ? " " + anchor.TrimEnd() : string.Empty) + Trailing);
                WriteSequence(sequence, indent + 2);
                break;
        }
    }

    private string FlowValue(YamlNode node)
    {
        var (anchor, isAlias) = Anchor(node);
        if (isAlias)
        {
            return anchor;
        }

        return anchor + node switch
        {
            YamlScalarNode scalar => InlineScalar(scalar, inFlow: true),
            YamlMappingNode mapping => "{ " + string.Join(", ", Entries(mapping).Select(entry => Key((YamlScalarNode)entry.Key, inFlow: true) + ": " + FlowValue(entry.Value))) + " }",
            YamlSequenceNode sequence => "[" + string.Join(", ", sequence.Children.Select(FlowValue)) + "]",
            _ => throw new InvalidOperationException(node.GetType().Name),
        };
    }

    private string Key(YamlScalarNode key, bool inFlow = false) =>
        _spelling.QuoteKeys ? InlineScalar(key, inFlow) : inFlow ? YamlScalar.FormatInFlow(key.Value!) : PlainOrQuoted(key);

    private void WriteScalar(string head, YamlScalarNode scalar, int contentIndent)
    {
        var value = scalar.Value ?? string.Empty;
        var blockable = !IsNull(scalar) && value.Length > 0 && value[0] != ' ' && !value.EndsWith("\n", StringComparison.Ordinal)
            && !value.Any(character => (char.IsControl(character) && character != '\n') || character is '\u0085' or '\u2028' or '\u2029' or '\uFEFF');
        var indent = new string(' ', contentIndent);
        if (_spelling.Scalars == ScalarSpelling.Literal && blockable)
        {
            _lines.Add(head + "|-" + Trailing);
            _lines.AddRange(value.Split('\n').Select(line => line.Length == 0 ? string.Empty : indent + line));
            return;
        }

        if (_spelling.Scalars == ScalarSpelling.Folded && blockable && value.IndexOf('\n') < 0)
        {
            _lines.Add(head + ">-" + Trailing);
            _lines.AddRange(Fold(value).Select(line => indent + line));
            return;
        }

        _lines.Add(head + InlineScalar(scalar, inFlow: false) + Trailing);
    }

    /// <summary>Splits text at single spaces every few words; folding joins the lines with one space again.</summary>
    private static IEnumerable<string> Fold(string value)
    {
        var line = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var foldable = value[i] == ' ' && line.Length >= 12 && i + 1 < value.Length && value[i + 1] != ' ' && value[i - 1] != ' ';
            if (foldable)
            {
                yield return line.ToString();
                line.Clear();
                continue;
            }

            line.Append(value[i]);
        }

        yield return line.ToString();
    }

    private string InlineScalar(YamlScalarNode scalar, bool inFlow)
    {
        var value = scalar.Value ?? string.Empty;
        if (IsNull(scalar))
        {
            return value;
        }

        var singleQuotable = !value.Any(character => char.IsControl(character) || character is '\u0085' or '\u2028' or '\u2029' or '\uFEFF');
        return _spelling.Scalars switch
        {
            ScalarSpelling.SingleQuoted when singleQuotable => "'" + value.Replace("'", "''") + "'",
            ScalarSpelling.SingleQuoted or ScalarSpelling.DoubleQuoted => YamlScalar.Quote(value),
            _ when inFlow => YamlScalar.FormatInFlow(value),
            _ => PlainOrQuoted(scalar),
        };
    }

    /// <summary>A scalar plain where the original was plain (it was valid there), else quoted as needed.</summary>
    private static string PlainOrQuoted(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value!.IndexOf('\n') < 0 ? scalar.Value : YamlScalar.Format(scalar.Value!);
}
