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
    private readonly IReadOnlyList<string> _ids;
    private readonly MentionIndex _idsNamesAndAbbreviations;
    private readonly MentionIndex _names;

    public TrackMentions(IReadOnlyList<TrackDefinition> tracks)
        : this(tracks.Select(track => (track.Id.Value, track.Name, track.Abbreviation.Value)).ToList())
    {
    }

    /// <summary>Indexes tracks given by id, name and abbreviation (as the validation index keeps them).</summary>
    public TrackMentions(IReadOnlyList<(string Id, string Name, string Abbreviation)> tracks)
    {
        _ids = tracks.Select(track => track.Id).ToList();
        _idsNamesAndAbbreviations = new MentionIndex(tracks.SelectMany((track, index) => KeysOf(track.Id, track.Name, track.Abbreviation).Select(key => (key, index))));
        _names = new MentionIndex(tracks.Select((track, index) => (ReferenceWords.Join(track.Name), index)));
    }

    /// <summary>How many hash look-ups the checks have made so far (what linear-cost tests count).</summary>
    public long Lookups => _idsNamesAndAbbreviations.Lookups + _names.Lookups;

    /// <summary>The joined forms of a track's id, name and abbreviation.</summary>
    public static IEnumerable<string> KeysOf(TrackDefinition track) => KeysOf(track.Id.Value, track.Name, track.Abbreviation.Value);

    private static IEnumerable<string> KeysOf(string id, string name, string abbreviation) =>
        new[] { id, name, abbreviation }.Select(ReferenceWords.Join).Where(key => key.Length > 0).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The id of the first track other than <paramref name="own"/> that <paramref name="words"/> name by id, name or abbreviation,
    /// or null when they name <paramref name="own"/> itself (then a longer path may name both, as <c>backend-frontend</c> does).
    /// </summary>
    public string? OtherTrackIn(IReadOnlyList<string> words, TrackDefinition own) => FirstOther(_idsNamesAndAbbreviations.Find(words), own);

    /// <summary>The id of the first track other than <paramref name="own"/> whose name <paramref name="title"/> holds, or null when it holds the own track's name.</summary>
    public string? OtherTrackNamedIn(string title, TrackDefinition own) => FirstOther(_names.Find(ReferenceWords.Split(title)), own);

    private string? FirstOther(List<(string Key, int Owner)> mentions, TrackDefinition own)
    {
        var ownKeys = new HashSet<string>(KeysOf(own), StringComparer.Ordinal);
        if (mentions.Exists(mention => ownKeys.Contains(mention.Key)))
        {
            return null;
        }

        foreach (var (_, owner) in mentions)
        {
            if (!string.Equals(_ids[owner], own.Id.Value, StringComparison.Ordinal))
            {
                return _ids[owner];
            }
        }

        return null;
    }
}
