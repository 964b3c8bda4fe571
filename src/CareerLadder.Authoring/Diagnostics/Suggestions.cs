using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CareerLadder.Authoring.Diagnostics;

/// <summary>
/// Builds the "did you mean" part of a message from the names that are known at that place. The cost of one call is
/// bounded whatever the input: at most <see cref="MaxCandidates"/> names are looked at, names are compared on their first
/// <see cref="MaxComparedLength"/> characters only, names whose length alone rules them out are skipped, and the edit
/// distance stops as soon as it exceeds what could still be suggested.
/// </summary>
public static class Suggestions
{
    /// <summary>How many distinct known names one call looks at, at most.</summary>
    public const int MaxCandidates = 200;

    /// <summary>How many leading characters of each name are compared.</summary>
    public const int MaxComparedLength = 64;

    /// <summary>How many names a message lists when none is close.</summary>
    public const int MaxListed = 10;

    /// <summary>
    /// Returns <c> Did you mean 'x'?</c> for the closest known name, or <c> Expected one of: a, b, c.</c> when none is
    /// close (at most <see cref="MaxListed"/> names, then how many more there are).
    /// </summary>
    /// <param name="unknown">The name that was written.</param>
    /// <param name="known">The names that are valid at that place; put the likeliest first when there can be more than <see cref="MaxCandidates"/>.</param>
    public static string DidYouMean(string unknown, IEnumerable<string> known)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var examinedAll = true;
        var writtenLength = Math.Min(unknown.Length, MaxComparedLength);
        var rows = new int[2 * (MaxComparedLength + 1)];
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            if (seen.Count >= MaxCandidates)
            {
                examinedAll = false;
                break;
            }

            if (!seen.Add(candidate))
            {
                continue;
            }

            var candidateLength = Math.Min(candidate.Length, MaxComparedLength);
            var threshold = Math.Max(2, Math.Max(writtenLength, candidateLength) / 3);
            if (Math.Abs(writtenLength - candidateLength) > threshold)
            {
                continue;
            }

            var distance = BoundedDistance(unknown, writtenLength, candidate, candidateLength, Math.Min(threshold, bestDistance), rows);
            if (distance <= threshold && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        if (seen.Count == 0)
        {
            return " Nothing is defined here yet.";
        }

        if (best is not null)
        {
            return $" Did you mean '{best}'?";
        }

        var listed = seen.OrderBy(candidate => candidate, StringComparer.Ordinal).Take(MaxListed).ToList();
        var rest = seen.Count - listed.Count;
        var tail = !examinedAll ? " and more" : rest > 0 ? " and " + rest.ToString("N0", CultureInfo.InvariantCulture) + " more" : string.Empty;
        return $" Expected one of: {string.Join(", ", listed)}{tail}.";
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

    /// <summary>
    /// Levenshtein distance, ignoring case, between the first <paramref name="leftLength"/> characters of
    /// <paramref name="left"/> and the first <paramref name="rightLength"/> of <paramref name="right"/> when it is at most
    /// <paramref name="limit"/>, otherwise <c>limit + 1</c>: only the diagonal band of width <paramref name="limit"/> is
    /// computed, the computation stops when a whole row exceeds it, and nothing is allocated (<paramref name="rows"/> holds
    /// two rows of <see cref="MaxComparedLength"/> + 1).
    /// </summary>
    private static int BoundedDistance(string left, int leftLength, string right, int rightLength, int limit, int[] rows)
    {
        var over = limit + 1;
        var width = MaxComparedLength + 1;
        var previous = 0;
        var current = width;
        for (var j = 0; j <= rightLength; j++)
        {
            rows[previous + j] = Math.Min(j, over);
        }

        for (var i = 1; i <= leftLength; i++)
        {
            var from = Math.Max(1, i - limit);
            var to = Math.Min(rightLength, i + limit);
            rows[current] = Math.Min(i, over);
            if (from > 1)
            {
                rows[current + from - 1] = over;
            }

            var rowMinimum = rows[current];
            var leftCharacter = char.ToLowerInvariant(left[i - 1]);
            for (var j = from; j <= to; j++)
            {
                var cost = leftCharacter == char.ToLowerInvariant(right[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(rows[current + j - 1] + 1, rows[previous + j] + 1), rows[previous + j - 1] + cost);
                rows[current + j] = Math.Min(value, over);
                rowMinimum = Math.Min(rowMinimum, rows[current + j]);
            }

            if (to < rightLength)
            {
                rows[current + to + 1] = over;
            }

            if (rowMinimum >= over)
            {
                return over;
            }

            (previous, current) = (current, previous);
        }

        return rows[previous + rightLength];
    }
}
