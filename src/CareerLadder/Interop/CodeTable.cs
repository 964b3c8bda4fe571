using System;
using System.Collections.Generic;

namespace CareerLadder;

/// <summary>The result of looking a code up in the catalogs.</summary>
internal enum CodeLookup
{
    /// <summary>No catalog has the code.</summary>
    Unknown,

    /// <summary>Exactly one item has the code.</summary>
    Found,

    /// <summary>Two loaded catalogs use the code for different items.</summary>
    Ambiguous,
}

/// <summary>
/// An immutable table from codes to items, ignoring case, that looks a <see cref="ReadOnlySpan{T}"/> up without
/// allocating. A code that two different items share is kept as ambiguous rather than resolved to either.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class CodeTable<T>
    where T : class
{
    private readonly Entry[][] _buckets;

    public CodeTable(IEnumerable<KeyValuePair<string, T>> items)
    {
        var merged = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            if (merged.TryGetValue(item.Key, out var existing))
            {
                if (!ReferenceEquals(existing.Item, item.Value))
                {
                    merged[item.Key] = new Entry(existing.Code, existing.Item, ambiguous: true);
                }
            }
            else
            {
                merged.Add(item.Key, new Entry(item.Key, item.Value, ambiguous: false));
            }
        }

        var size = 1;
        while (size < merged.Count * 2)
        {
            size <<= 1;
        }

        var lists = new List<Entry>[size];
        foreach (var entry in merged.Values)
        {
            var slot = Hash(entry.Code.AsSpan()) & (size - 1);
            (lists[slot] ??= new List<Entry>()).Add(entry);
        }

        _buckets = new Entry[size][];
        for (var i = 0; i < size; i++)
        {
            _buckets[i] = lists[i]?.ToArray() ?? Array.Empty<Entry>();
        }

        Count = merged.Count;
    }

    /// <summary>The number of distinct codes.</summary>
    public int Count { get; }

    /// <summary>Looks <paramref name="code"/> up, ignoring case.</summary>
    public CodeLookup TryGet(ReadOnlySpan<char> code, out T? item)
    {
        foreach (var entry in _buckets[Hash(code) & (_buckets.Length - 1)])
        {
            if (code.Equals(entry.Code.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                item = entry.Ambiguous ? null : entry.Item;
                return entry.Ambiguous ? CodeLookup.Ambiguous : CodeLookup.Found;
            }
        }

        item = null;
        return CodeLookup.Unknown;
    }

    private static int Hash(ReadOnlySpan<char> code)
    {
        var hash = 2166136261u;
        foreach (var character in code)
        {
            hash = unchecked((hash ^ char.ToUpperInvariant(character)) * 16777619u);
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private readonly struct Entry
    {
        public Entry(string code, T item, bool ambiguous)
        {
            Code = code;
            Item = item;
            Ambiguous = ambiguous;
        }

        public string Code { get; }

        public T Item { get; }

        public bool Ambiguous { get; }
    }
}
