using System.Collections.Generic;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Finds which names occur in a reference by looking its words up in hash tables: each name is indexed by its words
/// joined (<see cref="ReferenceWords.Join"/>), with a hash of every prefix of it. A run of consecutive words of the
/// reference is extended only while its joined text is still the start of some name, and looked up when it may be a
/// whole one, so a reference costs about one look-up per character of the words that begin a name, whatever the
/// number of names: no comparison or regex per name, and no quadratic cost when names or texts are long.
/// </summary>
internal sealed class MentionIndex
{
    private const long Multiplier = 1_000_003;

    private readonly Dictionary<string, int> _firstOwner = new(System.StringComparer.Ordinal);
    private readonly HashSet<long> _prefixHashes = new();
    private readonly HashSet<long> _keyHashes = new();

    /// <summary>Indexes <paramref name="keys"/> (already joined); each key maps to the smallest owner that has it; empty keys are ignored.</summary>
    public MentionIndex(IEnumerable<(string Key, int Owner)> keys)
    {
        foreach (var (key, owner) in keys)
        {
            if (key.Length == 0)
            {
                continue;
            }

            if (_firstOwner.TryGetValue(key, out var known))
            {
                _firstOwner[key] = System.Math.Min(known, owner);
                continue;
            }

            _firstOwner[key] = owner;
            var hash = 0L;
            foreach (var character in key)
            {
                hash = Extend(hash, character);
                _prefixHashes.Add(hash);
            }

            _keyHashes.Add(hash);
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
        for (var start = 0; start < words.Count; start++)
        {
            (string Key, int Owner, int End)? longest = null;
            var hash = 0L;
            for (var end = start; end < words.Count && ExtendPrefix(ref hash, words[end]); end++)
            {
                Lookups++;
                if (_keyHashes.Contains(hash) && Join(words, start, end) is var key && _firstOwner.TryGetValue(key, out var owner))
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

    /// <summary>Adds <paramref name="word"/> to the hash of a run; false as soon as the run is no longer the start of a name.</summary>
    private bool ExtendPrefix(ref long hash, string word)
    {
        foreach (var character in word)
        {
            hash = Extend(hash, character);
            Lookups++;
            if (!_prefixHashes.Contains(hash))
            {
                return false;
            }
        }

        return true;
    }

    private static long Extend(long hash, char character) => unchecked((hash * Multiplier) + character + 1);

    private static string Join(IReadOnlyList<string> words, int start, int end)
    {
        var parts = new string[end - start + 1];
        for (var index = start; index <= end; index++)
        {
            parts[index - start] = words[index];
        }

        return string.Concat(parts);
    }
}
