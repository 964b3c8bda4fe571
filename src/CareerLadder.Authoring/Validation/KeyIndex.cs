using System;
using System.Collections.Generic;
using System.Linq;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Finds which of many keys occur inside a text in one pass over the text: the keys are hashed by their text, and
/// only substrings of the lengths some key has are looked up. Finding every track or level a chart path names costs
/// the path's length times the number of distinct key lengths, whatever the number of keys.
/// </summary>
internal sealed class KeyIndex
{
    private readonly Dictionary<string, int> _firstOwner;
    private readonly int[] _lengths;

    /// <summary>Indexes <paramref name="keys"/>: each key maps to the smallest owner index that has it; empty keys are ignored.</summary>
    public KeyIndex(IEnumerable<(string Key, int Owner)> keys, StringComparer comparer)
    {
        _firstOwner = new Dictionary<string, int>(comparer);
        foreach (var (key, owner) in keys)
        {
            if (key.Length > 0 && (!_firstOwner.TryGetValue(key, out var known) || owner < known))
            {
                _firstOwner[key] = owner;
            }
        }

        _lengths = _firstOwner.Keys.Select(key => key.Length).Distinct().OrderBy(length => length).ToArray();
    }

    /// <summary>The owners of the keys found in <paramref name="text"/> where <paramref name="accept"/> (text, start, length) allows it.</summary>
    public IEnumerable<int> OwnersIn(string text, Func<string, int, int, bool>? accept = null)
    {
        foreach (var length in _lengths)
        {
            for (var start = 0; start + length <= text.Length; start++)
            {
                if (_firstOwner.TryGetValue(text.Substring(start, length), out var owner) && (accept is null || accept(text, start, length)))
                {
                    yield return owner;
                }
            }
        }
    }
}
