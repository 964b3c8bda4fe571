using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Which tracks a text names (by id, name or abbreviation), built once for all tracks so that checking every chart
/// reference and title of every track costs one pass over each text instead of a comparison (or a regex) per track.
/// </summary>
internal sealed class TrackMentions
{
    private readonly IReadOnlyList<TrackDefinition> _tracks;
    private readonly KeyIndex _normalizedIdsAndNames;
    private readonly KeyIndex _abbreviations;
    private readonly KeyIndex _names;

    public TrackMentions(IReadOnlyList<TrackDefinition> tracks)
    {
        _tracks = tracks;
        _normalizedIdsAndNames = new KeyIndex(
            tracks.SelectMany((track, index) => new[] { (Normalize(track.Id.Value), index), (Normalize(track.Name), index) }), StringComparer.Ordinal);
        _abbreviations = new KeyIndex(tracks.Select((track, index) => (track.Abbreviation.Value, index)), StringComparer.OrdinalIgnoreCase);
        _names = new KeyIndex(tracks.Select((track, index) => (track.Name, index)), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether <paramref name="value"/> names <paramref name="track"/> by id, name (ignoring case, spaces and punctuation)
    /// or abbreviation; an abbreviation counts only between non-letters (<c>tpm-4</c>, not <c>stpm</c>).
    /// </summary>
    public static bool Mentions(string value, TrackDefinition track)
    {
        var normalized = Normalize(value);
        return ContainsKey(normalized, Normalize(track.Id.Value)) || ContainsKey(normalized, Normalize(track.Name)) || ContainsAbbreviation(value, track.Abbreviation.Value);
    }

    /// <summary>The first track other than <paramref name="own"/> that <paramref name="value"/> names (see <see cref="Mentions"/>).</summary>
    public TrackDefinition? OtherTrackIn(string value, TrackDefinition own) =>
        FirstOther(_normalizedIdsAndNames.OwnersIn(Normalize(value)).Concat(_abbreviations.OwnersIn(value, BetweenNonLetters)), own);

    /// <summary>The first track other than <paramref name="own"/> whose name <paramref name="title"/> contains (ignoring case).</summary>
    public TrackDefinition? OtherTrackNamedIn(string title, TrackDefinition own) => FirstOther(_names.OwnersIn(title), own);

    /// <summary>Lowercase letters and digits only: <c>Technical Program-Manager</c> becomes <c>technicalprogrammanager</c>.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character))
            {
                builder.Append(char.ToLowerInvariant(character));
            }
        }

        return builder.ToString();
    }

    private TrackDefinition? FirstOther(IEnumerable<int> owners, TrackDefinition own)
    {
        var first = int.MaxValue;
        foreach (var owner in owners)
        {
            if (owner < first && !string.Equals(_tracks[owner].Id.Value, own.Id.Value, StringComparison.Ordinal))
            {
                first = owner;
            }
        }

        return first == int.MaxValue ? null : _tracks[first];
    }

    private static bool ContainsKey(string normalized, string key) => key.Length > 0 && normalized.IndexOf(key, StringComparison.Ordinal) >= 0;

    private static bool ContainsAbbreviation(string value, string abbreviation)
    {
        if (abbreviation.Length == 0)
        {
            return false;
        }

        for (var index = value.IndexOf(abbreviation, StringComparison.OrdinalIgnoreCase); index >= 0; index = value.IndexOf(abbreviation, index + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (BetweenNonLetters(value, index, abbreviation.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool BetweenNonLetters(string text, int start, int length) =>
        (start == 0 || !IsAsciiLetter(text[start - 1])) && (start + length == text.Length || !IsAsciiLetter(text[start + length]));

    private static bool IsAsciiLetter(char character) => character is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
