using System;
using System.Collections.Generic;
using System.Text;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Which level of one track a chart path or alt text names, in the forms pages use: a level's title inside a longer
/// text ("Radar chart for Senior Software Engineer"), a level's code (<c>tpm-4</c>), or the track's name, id or
/// abbreviation followed by a level's number (<c>software-engineer-4.png</c>, <c>softwareengineer_4</c>). Titles and
/// codes are indexed once per track and the track's few names are looked for directly, so each text costs a pass over
/// it, whatever the number of levels it could name.
/// </summary>
internal sealed class LevelMentions
{
    private readonly IReadOnlyList<LevelDefinition> _levels;
    private readonly string[] _titleWords;
    private readonly KeyIndex _titles;
    private readonly KeyIndex _codes;
    private readonly Dictionary<int, int> _firstByNumber = new();
    private readonly List<string> _trackKeys = new();

    public LevelMentions(TrackDefinition track)
    {
        _levels = track.Levels;
        _titleWords = new string[_levels.Count];
        var titles = new List<(string, int)>();
        var codes = new List<(string, int)>();
        for (var index = 0; index < _levels.Count; index++)
        {
            var level = _levels[index];
            _titleWords[index] = Words(level.Title.Value);
            titles.Add((_titleWords[index], index));
            codes.Add((TrackMentions.Normalize(level.Code.Value), index));
            if (!_firstByNumber.ContainsKey(NumberOf(level)))
            {
                _firstByNumber[NumberOf(level)] = index;
            }
        }

        _titles = new KeyIndex(titles, StringComparer.Ordinal);
        _codes = new KeyIndex(codes, StringComparer.Ordinal);
        foreach (var name in new[] { track.Name, track.Id.Value, track.Abbreviation.Value })
        {
            var words = Words(name).Trim();
            var squashed = TrackMentions.Normalize(name);
            foreach (var key in new[] { words, squashed })
            {
                if (key.Length > 0 && !_trackKeys.Contains(key))
                {
                    _trackKeys.Add(key);
                }
            }
        }
    }

    /// <summary>
    /// The level other than <paramref name="level"/> that <paramref name="value"/> names, or null when it names
    /// <paramref name="level"/> itself or no level. The longest title found decides first (so that "Senior Software
    /// Engineer" is not taken for the own title "Software Engineer"), then codes, then the track's names with a number.
    /// </summary>
    public LevelDefinition? OtherLevelIn(string value, LevelDefinition level)
    {
        var words = Words(value);
        if (_titles.LongestOwnerIn(words, NotFollowedByNumber) is { } titled)
        {
            return string.Equals(_titleWords[titled], Words(level.Title.Value), StringComparison.Ordinal) ? null : _levels[titled];
        }

        var normalized = TrackMentions.Normalize(value);
        if (ContainsCode(normalized, TrackMentions.Normalize(level.Code.Value)))
        {
            return null;
        }

        var coded = int.MaxValue;
        foreach (var owner in _codes.OwnersIn(normalized, CodeBoundary))
        {
            if (_levels[owner].Code.Value != level.Code.Value)
            {
                coded = Math.Min(coded, owner);
            }
        }

        if (coded != int.MaxValue)
        {
            return _levels[coded];
        }

        return NumberedLevel(words, level);
    }

    /// <summary>Whether <paramref name="normalized"/> holds the normalized code, not as part of a longer number: <c>tpm4</c> holds <c>TPM4</c>, <c>tpm45</c> does not.</summary>
    public static bool ContainsCode(string normalized, string code)
    {
        if (code.Length == 0)
        {
            return false;
        }

        for (var index = normalized.IndexOf(code, StringComparison.Ordinal); index >= 0; index = normalized.IndexOf(code, index + 1, StringComparison.Ordinal))
        {
            if (CodeBoundary(normalized, index, code.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Lowercase words separated by single spaces, with a space at both ends: <c>/charts/Software-Engineer_4.png</c>
    /// becomes <c> charts software engineer 4 png </c>, so that keys written the same way match whole words only.
    /// </summary>
    private static string Words(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character))
            {
                builder.Append(char.ToLowerInvariant(character));
            }
            else if (builder[builder.Length - 1] != ' ')
            {
                builder.Append(' ');
            }
        }

        if (builder[builder.Length - 1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    /// <summary>The level whose number follows one of the track's names in <paramref name="words"/>, unless it is <paramref name="level"/>'s.</summary>
    private LevelDefinition? NumberedLevel(string words, LevelDefinition level)
    {
        LevelDefinition? other = null;
        foreach (var key in _trackKeys)
        {
            for (var index = words.IndexOf(" " + key, StringComparison.Ordinal); index >= 0; index = words.IndexOf(" " + key, index + 1, StringComparison.Ordinal))
            {
                if (NumberAfter(words, index + 1 + key.Length) is not { } number)
                {
                    continue;
                }

                if (number == NumberOf(level) || number == level.Rank.Value)
                {
                    return null;
                }

                if (other is null && _firstByNumber.TryGetValue(number, out var owner) && _levels[owner].Code.Value != level.Code.Value)
                {
                    other = _levels[owner];
                }
            }
        }

        return other;
    }

    /// <summary>The number right after a name (<c>tpm 4</c> or <c>tpm4</c>), or null when none follows.</summary>
    private static int? NumberAfter(string words, int position)
    {
        if (position < words.Length && words[position] == ' ')
        {
            position++;
        }

        var value = 0;
        var digits = 0;
        while (position < words.Length && char.IsDigit(words[position]) && digits < 9)
        {
            value = (value * 10) + (words[position] - '0');
            position++;
            digits++;
        }

        return digits > 0 && (position == words.Length || !char.IsDigit(words[position])) ? value : null;
    }

    /// <summary>The number a level goes by: the digits its code ends with, else its rank.</summary>
    private static int NumberOf(LevelDefinition level)
    {
        var code = level.Code.Value;
        var start = code.Length;
        while (start > 0 && char.IsDigit(code[start - 1]))
        {
            start--;
        }

        return start < code.Length && code.Length - start < 9
            ? int.Parse(code.Substring(start), System.Globalization.CultureInfo.InvariantCulture)
            : level.Rank.Value;
    }

    /// <summary>
    /// A title followed by a number (<c>software engineer 9</c>) is the track's name with a level number, read by
    /// <see cref="NumberedLevel"/>, not the title of the level called "Software Engineer".
    /// </summary>
    private static bool NotFollowedByNumber(string words, int start, int length) =>
        start + length >= words.Length || !char.IsDigit(words[start + length]);

    private static bool CodeBoundary(string normalized, int start, int length)
    {
        var end = start + length;
        var digitBefore = start > 0 && char.IsDigit(normalized[start - 1]) && char.IsDigit(normalized[start]);
        var digitAfter = end < normalized.Length && char.IsDigit(normalized[end]) && char.IsDigit(normalized[end - 1]);
        return !digitBefore && !digitAfter;
    }
}
