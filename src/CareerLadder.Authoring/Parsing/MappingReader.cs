using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Yaml;

namespace CareerLadder.Authoring.Parsing;

/// <summary>
/// Reads one YAML mapping against the keys the format allows there: reports unknown keys (with did-you-mean),
/// missing required keys and values of the wrong type.
/// </summary>
internal sealed class MappingReader
{
    private readonly ParseContext _context;
    private readonly YMapping _mapping;
    private readonly string _what;

    public MappingReader(ParseContext context, YMapping mapping, string what, params string[] knownKeys)
    {
        _context = context;
        _mapping = mapping;
        _what = what;
        foreach (var entry in mapping.Entries.Where(entry => !knownKeys.Contains(entry.Key.Value, StringComparer.Ordinal)))
        {
            context.Report(LadderRules.UnknownKey, entry.Key.Span, entry.Key.Value, what, Suggestions.DidYouMean(entry.Key.Value, knownKeys));
        }
    }

    /// <summary>
    /// Reads an <c>expectations:</c> mapping of competency id to either a scalar (short form) or a
    /// <c>{ step, text }</c> mapping (long form); track files and overlays give the two forms different meanings.
    /// </summary>
    public static EquatableArray<T> Expectations<T>(
        ParseContext context,
        YMapping expectations,
        string what,
        Func<LocatedString, LocatedString, T> shortForm,
        Func<LocatedString, MappingReader, T?> longForm)
        where T : class, IEquatable<T>
    {
        var result = new List<T>();
        foreach (var entry in expectations.Entries)
        {
            var competency = new LocatedString(entry.Key.Value, entry.Key.Span);
            var expectationWhat = $"the '{entry.Key.Value}' expectation of {what}";
            var expectation = entry.Value is YScalar
                ? context.Text(entry.Value, expectationWhat) is { } scalar ? shortForm(competency, scalar) : null
                : For(context, entry.Value, expectationWhat, LadderKeys.Expectation) is { } reader ? longForm(competency, reader) : null;
            if (expectation is not null)
            {
                result.Add(expectation);
            }
        }

        return result.ToEquatableArray();
    }

    public static MappingReader? For(ParseContext context, YNode node, string what, params string[] knownKeys) =>
        context.Mapping(node, what) is { } mapping ? new MappingReader(context, mapping, what, knownKeys) : null;

    public SourceSpan Span => _mapping.Span;

    /// <summary>The span used for "missing key" reports: the first key of the mapping, or the mapping itself.</summary>
    public SourceSpan HeadSpan => _mapping.Entries.Count > 0 ? _mapping.Entries[0].Key.Span : _mapping.Span;

    public YNode? Node(string key, bool required = false)
    {
        foreach (var entry in _mapping.Entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                if (entry.Value is YScalar { IsNull: true } && required)
                {
                    _context.Report(LadderRules.WrongType, entry.Value.Span, Describe(key), "a value", "empty");
                    return null;
                }

                return entry.Value is YScalar { IsNull: true } ? null : entry.Value;
            }
        }

        // A mapping cut off by a syntax error may have the key after the error: the error is the one diagnostic.
        if (required && !_mapping.IsTruncated)
        {
            _context.Report(LadderRules.MissingKey, HeadSpan, Capitalize(_what), key);
        }

        return null;
    }

    public LocatedString? Text(string key, bool required = false) =>
        Node(key, required) is { } node ? _context.Text(node, Describe(key)) : null;

    public string? PlainText(string key, bool required = false) => Text(key, required)?.Value;

    public LocatedInt? Int(string key, bool required = false) =>
        Node(key, required) is { } node ? _context.Int(node, Describe(key)) : null;

    public YMapping? Mapping(string key, bool required = false) =>
        Node(key, required) is { } node ? _context.Mapping(node, Describe(key)) : null;

    public YSequence? Sequence(string key, bool required = false) =>
        Node(key, required) is { } node ? _context.Sequence(node, Describe(key)) : null;

    public string Describe(string key) => $"'{key}' of {_what}";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
