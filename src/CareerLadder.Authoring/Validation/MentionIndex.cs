using System.Collections.Generic;
using System.Text;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Finds which names occur in a reference by looking its words up in a hash table once: each name is indexed by its
/// words joined (<see cref="ReferenceWords.Join"/>), and each run of consecutive words of the reference no longer than
/// the longest name is joined and looked up. The cost of a reference is its number of words times the few runs that
/// fit in the longest name, whatever the number of names: no comparison or regex per name.
/// </summary>
internal sealed class MentionIndex
{
    private readonly Dictionary<string, int> _firstOwner = new(System.StringComparer.Ordinal);
    private readonly int _longestKey;

    /// <summary>Indexes <paramref name="keys"/> (already joined); each key maps to the smallest owner that has it; empty keys are ignored.</summary>
    public MentionIndex(IEnumerable<(string Key, int Owner)> keys)
    {
        foreach (var (key, owner) in keys)
        {
            if (key.Length > 0 && (!_firstOwner.TryGetValue(key, out var known) || owner < known))
            {
                _firstOwner[key] = owner;
                _longestKey = System.Math.Max(_longestKey, key.Length);
            }
        }
    }

    /// <summary>How many hash look-ups <see cref="Find"/> has made so far (what linear-cost tests count).</summary>
    public long Lookups { get; private set; }

    /// <summary>
    /// The names in <paramref name="words"/>, in text order, each the longest one starting at its word; a name inside a
    /// longer one found earlier is not a mention of its own (<c>Software Engineer</c> inside <c>Senior Software Engineer</c>).
    /// </summary>
    public List<(string Key, int Owner)> Find(IReadOnlyList<string> words)
    {
        var found = new List<(string Key, int Owner)>();
        var coveredUntil = -1;
        var joined = new StringBuilder();
        for (var start = 0; start < words.Count; start++)
        {
            joined.Clear();
            (string Key, int Owner, int End)? longest = null;
            for (var end = start; end < words.Count && joined.Length + words[end].Length <= _longestKey; end++)
            {
                joined.Append(words[end]);
                Lookups++;
                var key = joined.ToString();
                if (_firstOwner.TryGetValue(key, out var owner))
                {
                    longest = (key, owner, end);
                }
            }

            if (longest is { } mention && mention.End > coveredUntil)
            {
                found.Add((mention.Key, mention.Owner));
                coveredUntil = mention.End;
            }
        }

        return found;
    }
}
