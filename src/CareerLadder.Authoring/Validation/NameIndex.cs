using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// The things of one kind that can be referred to by name (competencies, steps, sections, levels), built once per
/// validation: the first definition of a name wins, and unknown names get a suggestion among the others.
/// </summary>
/// <typeparam name="T">What a name refers to.</typeparam>
internal sealed class NameIndex<T>
{
    private readonly Dictionary<string, T>? _own;
    private readonly IReadOnlyDictionary<string, T> _byName;
    private readonly IEqualityComparer<string> _comparer;
    private readonly List<(string Name, T Value)> _ordered = new();
    private readonly Func<string, string?, Func<string, bool>?, string>? _suggest;

    /// <param name="entries">The names with what they refer to, likeliest suggestion first.</param>
    /// <param name="comparer">How names are compared.</param>
    /// <param name="suggest">How a suggestion is chosen for an unknown name, leaving out a name (the item that makes the reference); <see cref="Suggestions.DidYouMean"/> among the names in order when null.</param>
    /// <param name="mightHold">The unreadable part that may hold an unknown name, if any: references to it are not reported.</param>
    public NameIndex(IEnumerable<(string Name, T Value)> entries, StringComparer comparer, Func<string, string?, Func<string, bool>?, string>? suggest = null, Func<string, UnreadableSource?>? mightHold = null)
    {
        _byName = _own = new Dictionary<string, T>(comparer);
        _comparer = comparer;
        foreach (var entry in entries)
        {
            Add(entry.Name, entry.Value);
        }

        _suggest = suggest;
        MightHold = mightHold;
    }

    /// <summary>An index over names already indexed elsewhere (shared, not copied: <see cref="Add"/> is not allowed and <see cref="Values"/> is empty).</summary>
    /// <param name="shared">The names with what they refer to.</param>
    /// <param name="comparer">How <paramref name="shared"/> compares names.</param>
    /// <param name="suggest">How a suggestion is chosen for an unknown name.</param>
    /// <param name="mightHold">The unreadable part that may hold an unknown name, if any.</param>
    public NameIndex(IReadOnlyDictionary<string, T> shared, IEqualityComparer<string> comparer, Func<string, string?, Func<string, bool>?, string> suggest, Func<string, UnreadableSource?>? mightHold)
    {
        _byName = shared;
        _comparer = comparer;
        _suggest = suggest;
        MightHold = mightHold;
    }

    /// <summary>The unreadable part that may hold a name that is not known, or null when every definition was read.</summary>
    public Func<string, UnreadableSource?>? MightHold { get; }

    /// <summary>The values in the order given, first definitions only.</summary>
    public IEnumerable<T> Values => _ordered.Select(entry => entry.Value);

    /// <summary>Adds a name unless it is known already (the first definition wins); returns whether it was added.</summary>
    public bool Add(string name, T value)
    {
        if (_own is null)
        {
            throw new InvalidOperationException("A shared name index is read-only.");
        }

        if (_own.ContainsKey(name))
        {
            return false;
        }

        _own.Add(name, value);
        _ordered.Add((name, value));
        return true;
    }

    public bool TryGet(string name, out T value) => _byName.TryGetValue(name, out value!);

    /// <summary>
    /// The suggestion part of a message for <paramref name="unknown"/>, never proposing <paramref name="exclude"/>; a custom
    /// suggester also honours <paramref name="accept"/> where it can do so cheaply.
    /// </summary>
    public string Suggest(string unknown, string? exclude = null, Func<T, bool>? accept = null) =>
        _suggest is not null
            ? _suggest(unknown, exclude, accept is null ? null : name => TryGet(name, out var value) && accept(value))
            : Suggestions.DidYouMean(unknown, _ordered.Select(entry => entry.Name).Where(name => exclude is null || !_comparer.Equals(name, exclude)));
}
