using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Which tracks a text names (by id, name or abbreviation, in any common spelling: see <see cref="ReferenceWords"/>),
/// indexed once for all tracks so that checking every chart reference and title of every track costs a few hash
/// look-ups per word of each text, whatever the number of tracks.
/// </summary>
internal sealed class TrackMentions
{
    private readonly IReadOnlyList<TrackDefinition> _tracks;
    private readonly MentionIndex _idsNamesAndAbbreviations;
    private readonly MentionIndex _names;

    public TrackMentions(IReadOnlyList<TrackDefinition> tracks)
    {
        _tracks = tracks;
        _idsNamesAndAbbreviations = new MentionIndex(tracks.SelectMany((track, index) => KeysOf(track).Select(key => (key, index))));
        _names = new MentionIndex(tracks.Select((track, index) => (ReferenceWords.Join(track.Name), index)));
    }

    /// <summary>How many hash look-ups the checks have made so far (what linear-cost tests count).</summary>
    public long Lookups => _idsNamesAndAbbreviations.Lookups + _names.Lookups;

    /// <summary>The joined forms of a track's id, name and abbreviation.</summary>
    public static IEnumerable<string> KeysOf(TrackDefinition track) =>
        new[] { track.Id.Value, track.Name, track.Abbreviation.Value }.Select(ReferenceWords.Join).Where(key => key.Length > 0).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The first track other than <paramref name="own"/> that <paramref name="words"/> name by id, name or abbreviation,
    /// or null when they name <paramref name="own"/> itself (then a longer path may name both, as <c>backend-frontend</c> does).
    /// </summary>
    public TrackDefinition? OtherTrackIn(IReadOnlyList<string> words, TrackDefinition own) => FirstOther(_idsNamesAndAbbreviations.Find(words), own);

    /// <summary>The first track other than <paramref name="own"/> whose name <paramref name="title"/> holds, or null when it holds the own track's name.</summary>
    public TrackDefinition? OtherTrackNamedIn(string title, TrackDefinition own) => FirstOther(_names.Find(ReferenceWords.Split(title)), own);

    private TrackDefinition? FirstOther(List<(string Key, int Owner)> mentions, TrackDefinition own)
    {
        var ownKeys = new HashSet<string>(KeysOf(own), StringComparer.Ordinal);
        if (mentions.Exists(mention => ownKeys.Contains(mention.Key)))
        {
            return null;
        }

        foreach (var (_, owner) in mentions)
        {
            if (!string.Equals(_tracks[owner].Id.Value, own.Id.Value, StringComparison.Ordinal))
            {
                return _tracks[owner];
            }
        }

        return null;
    }
}
