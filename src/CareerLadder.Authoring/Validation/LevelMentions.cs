using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Which levels of one track a chart path or text names: by code (<c>SE4</c>, <c>se-4</c>), by title
/// (<c>Senior Software Engineer</c>, also inside a longer text) or by the track's id, name or abbreviation followed
/// by the level's number (<c>software-engineer-4</c>, <c>SoftwareEngineer4</c>). Built once per track; a reference
/// costs a few hash look-ups per word (<see cref="MentionIndex"/>).
/// </summary>
internal sealed class LevelMentions
{
    private readonly TrackDefinition _track;
    private readonly MentionIndex _index;

    public LevelMentions(TrackDefinition track)
    {
        _track = track;
        _index = new MentionIndex(track.Levels.SelectMany((level, index) => KeysOf(level).Select(key => (key, index))));
    }

    /// <summary>
    /// The first level other than <paramref name="level"/> that <paramref name="words"/> name, or null when they name
    /// <paramref name="level"/> itself in any of its forms.
    /// </summary>
    public LevelDefinition? OtherLevelIn(IReadOnlyList<string> words, LevelDefinition level)
    {
        var mentions = _index.Find(words);
        if (mentions.Count == 0)
        {
            return null;
        }

        var ownKeys = new HashSet<string>(KeysOf(level), StringComparer.Ordinal);
        return mentions.Exists(mention => ownKeys.Contains(mention.Key)) ? null : _track.Levels[mentions[0].Owner];
    }

    private IEnumerable<string> KeysOf(LevelDefinition level)
    {
        yield return ReferenceWords.Join(level.Code.Value);
        yield return ReferenceWords.Join(level.Title.Value);
        var number = NumberOf(level.Code.Value);
        if (number.Length > 0)
        {
            foreach (var trackKey in TrackMentions.KeysOf(_track))
            {
                yield return trackKey + number;
            }
        }
    }

    /// <summary>The number a code ends with, without leading zeros: <c>SE04</c> is level 4.</summary>
    private static string NumberOf(string code)
    {
        var start = code.Length;
        while (start > 0 && char.IsDigit(code[start - 1]))
        {
            start--;
        }

        var number = code.Substring(start).TrimStart('0');
        return number.Length == 0 && start < code.Length ? "0" : number;
    }
}
