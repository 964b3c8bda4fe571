using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Suggests a level code for an unknown one. When codes with the same letters before the number (the same track) exist,
/// the suggestion is the one of them with the nearest number (<c>SE7</c> → <c>SE6</c>, not <c>SE1</c>) that the caller
/// accepts, or none; otherwise it is the closest code by spelling among all codes in order. Built once per validation: each unknown code costs a binary search, or what
/// <see cref="Suggestions.DidYouMean"/> looks at, not a pass over every code.
/// </summary>
internal sealed class LevelCodeCandidates
{
    private readonly List<string> _all;
    private readonly Dictionary<string, List<(long Number, string Code)>> _byPrefix = new(StringComparer.OrdinalIgnoreCase);

    public LevelCodeCandidates(IEnumerable<string> codes)
    {
        _all = codes.Distinct(StringComparer.Ordinal).OrderBy(code => code, StringComparer.Ordinal).ToList();
        foreach (var code in _all)
        {
            if (Split(code) is not { } split)
            {
                continue;
            }

            if (!_byPrefix.TryGetValue(split.Prefix, out var group))
            {
                _byPrefix[split.Prefix] = group = new List<(long, string)>();
            }

            group.Add((split.Number, code));
        }

        foreach (var group in _byPrefix.Values)
        {
            group.Sort((left, right) => left.Number != right.Number ? left.Number.CompareTo(right.Number) : string.CompareOrdinal(left.Code, right.Code));
        }
    }

    /// <summary>
    /// The suggestion part of a message for <paramref name="unknown"/>, never proposing <paramref name="exclude"/> (the
    /// level that makes the reference); among codes of the same track, only those <paramref name="accept"/> allows (all when
    /// null). Empty when there is nothing to suggest.
    /// </summary>
    public string Suggest(string unknown, string? exclude, Func<string, bool>? accept = null)
    {
        if (Split(unknown) is { } split && _byPrefix.TryGetValue(split.Prefix, out var group))
        {
            return Nearest(group, split.Number, code => !string.Equals(code, exclude, StringComparison.OrdinalIgnoreCase) && (accept is null || accept(code))) is { } nearest
                ? " Did you mean '" + nearest + "'?"
                : string.Empty;
        }

        var others = _all.Where(code => exclude is null || !string.Equals(code, exclude, StringComparison.OrdinalIgnoreCase));
        return others.Any() ? Suggestions.DidYouMean(unknown, others) : string.Empty;
    }

    /// <summary>The code of <paramref name="group"/> whose number is nearest to <paramref name="number"/> (the lower one on a tie) among those <paramref name="eligible"/> allows.</summary>
    private static string? Nearest(List<(long Number, string Code)> group, long number, Func<string, bool> eligible)
    {
        var low = 0;
        var high = group.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (group[middle].Number < number)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        // low is the first entry at or above the number; walk outwards from it to the first eligible code.
        var below = low - 1;
        var above = low;
        while (below >= 0 || above < group.Count)
        {
            var takeBelow = above >= group.Count || (below >= 0 && number - group[below].Number <= group[above].Number - number);
            var candidate = takeBelow ? group[below--].Code : group[above++].Code;
            if (eligible(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The letters before the trailing number and the number (<c>TPM5</c> → <c>TPM</c>, 5), or null without a number.</summary>
    private static (string Prefix, long Number)? Split(string code)
    {
        var end = code.Length;
        while (end > 0 && code[end - 1] is >= '0' and <= '9')
        {
            end--;
        }

        var digits = code.Length - end;
        return digits is > 0 and <= 18 && long.TryParse(code.Substring(end), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (code.Substring(0, end), number)
            : null;
    }
}
