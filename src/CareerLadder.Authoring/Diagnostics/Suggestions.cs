using System;
using System.Collections.Generic;
using System.Linq;

namespace CareerLadder.Authoring.Diagnostics;

/// <summary>Builds the "did you mean" part of a message from the names that are known at that place.</summary>
public static class Suggestions
{
    /// <summary>
    /// Returns <c> Did you mean 'x'?</c> for the closest known name, or <c> Expected one of: a, b, c.</c> when none is close.
    /// </summary>
    /// <param name="unknown">The name that was written.</param>
    /// <param name="known">The names that are valid at that place.</param>
    public static string DidYouMean(string unknown, IEnumerable<string> known)
    {
        var candidates = known.Distinct(StringComparer.Ordinal).ToList();
        if (candidates.Count == 0)
        {
            return " Nothing is defined here yet.";
        }

        var best = candidates
            .Select(candidate => (Candidate: candidate, Distance: Distance(unknown.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Candidate, StringComparer.Ordinal)
            .First();
        var threshold = Math.Max(2, Math.Max(unknown.Length, best.Candidate.Length) / 3);
        return best.Distance <= threshold
            ? $" Did you mean '{best.Candidate}'?"
            : $" Expected one of: {string.Join(", ", candidates.OrderBy(c => c, StringComparer.Ordinal))}.";
    }

    /// <summary>Levenshtein distance between two strings.</summary>
    /// <param name="left">The first string.</param>
    /// <param name="right">The second string.</param>
    public static int Distance(string left, string right)
    {
        var previous = new int[right.Length + 1];
        var current = new int[right.Length + 1];
        for (var j = 0; j <= right.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= right.Length; j++)
            {
                var cost = left[i - 1] == right[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[right.Length];
    }
}
