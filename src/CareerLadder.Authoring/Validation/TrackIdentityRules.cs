using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Rules that catch pages copied from another track: codes without the track's abbreviation, titles and charts
/// that name another track or level. Other tracks and levels are looked up in indexes (<see cref="TrackMentions"/>,
/// <see cref="KeyIndex"/>), so the cost grows with the number of references, not with references times tracks.
/// </summary>
internal static class TrackIdentityRules
{
    private static readonly Regex NumberedTitle = new(@"^(?<name>.*?\S)\s*\d+\z", RegexOptions.CultureInvariant);

    public static void Check(TrackContext context)
    {
        var track = context.Track;
        var levels = new LevelMentions(track);
        foreach (var level in track.Levels)
        {
            if (track.Abbreviation.Value.Length > 0 && !level.Code.Value.StartsWith(track.Abbreviation.Value, StringComparison.OrdinalIgnoreCase))
            {
                context.Report(LadderRules.CodePrefixMismatch, level.Code.Span, track.Abbreviation.Span, level.Code.Value, track.Abbreviation.Value, track.Id.Value);
            }

            CheckTitle(context, level);
            if (level.Chart is { } chart)
            {
                CheckReference(context, levels, level, "chart image", WithoutExtension(chart.Source), chart.Source);
                CheckReference(context, levels, level, "dark chart image", WithoutExtension(chart.Dark), chart.Dark);
                CheckReference(context, levels, level, "chart text", chart.Alt, chart.Alt);
            }
        }
    }

    private static void CheckTitle(TrackContext context, LevelDefinition level)
    {
        var title = level.Title.Value;
        var own = context.Track.Name;
        if (Contains(title, own))
        {
            return;
        }

        var other = context.Mentions.OtherTrackNamedIn(title, context.Track);
        if (other is not null)
        {
            context.Report(LadderRules.TitleNamesOtherTrack, level.Title.Span, null, title, $"track '{other.Id.Value}'", own);
            return;
        }

        var numbered = NumberedTitle.Match(title);
        if (numbered.Success)
        {
            var name = numbered.Groups["name"].Value;
            if (!string.Equals(name, context.Track.Abbreviation.Value, StringComparison.OrdinalIgnoreCase))
            {
                context.Report(LadderRules.TitleNamesOtherTrack, level.Title.Span, null, title, $"'{name}'", own);
            }
        }
    }

    /// <summary>Checks one chart reference; <paramref name="matched"/> is the part compared (an image path without its extension).</summary>
    private static void CheckReference(TrackContext context, LevelMentions levels, LevelDefinition level, string what, string? matched, string? value)
    {
        if (matched is null || value is null)
        {
            return;
        }

        var otherTrack = TrackMentions.Mentions(matched, context.Track) ? null : context.Mentions.OtherTrackIn(matched, context.Track);
        if (otherTrack is not null)
        {
            context.Report(LadderRules.ReferenceNamesOther, level.ChartSpan, null, what, value, level.Code.Value, $"track '{otherTrack.Id.Value}'");
            return;
        }

        var normalized = TrackMentions.Normalize(matched);
        if (Contains(matched, level.Title.Value) || LevelMentions.ContainsCode(normalized, TrackMentions.Normalize(level.Code.Value)))
        {
            return;
        }

        if (levels.OtherLevelIn(matched, normalized, level) is { } otherLevel)
        {
            context.Report(LadderRules.ReferenceNamesOther, level.ChartSpan, null, what, value, level.Code.Value, $"level '{otherLevel.Code.Value}'");
        }
    }

    /// <summary>
    /// An image path without its file extension, so that <c>.png</c> is never read as the abbreviation <c>PNG</c>.
    /// </summary>
    private static string? WithoutExtension(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var dot = path.LastIndexOf('.');
        var separator = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return dot > separator + 1 ? path.Substring(0, dot) : path;
    }

    private static bool Contains(string text, string part) =>
        part.Length > 0 && text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>The levels of one track, indexed by title and by normalized code.</summary>
    private sealed class LevelMentions
    {
        private readonly IReadOnlyList<LevelDefinition> _levels;
        private readonly Dictionary<string, int> _firstByTitle = new(StringComparer.OrdinalIgnoreCase);
        private readonly KeyIndex _codes;

        public LevelMentions(TrackDefinition track)
        {
            _levels = track.Levels;
            var codes = new List<(string, int)>();
            for (var index = 0; index < _levels.Count; index++)
            {
                var title = _levels[index].Title.Value;
                if (!_firstByTitle.ContainsKey(title))
                {
                    _firstByTitle[title] = index;
                }

                codes.Add((TrackMentions.Normalize(_levels[index].Code.Value), index));
            }

            _codes = new KeyIndex(codes, StringComparer.Ordinal);
        }

        /// <summary>The first level other than <paramref name="level"/> whose title is the whole value or whose code it holds.</summary>
        public LevelDefinition? OtherLevelIn(string value, string normalized, LevelDefinition level)
        {
            var first = int.MaxValue;
            if (_firstByTitle.TryGetValue(value.Trim(), out var byTitle))
            {
                first = byTitle;
            }

            foreach (var owner in _codes.OwnersIn(normalized, CodeBoundary))
            {
                first = Math.Min(first, owner);
            }

            if (first != int.MaxValue && _levels[first].Code.Value == level.Code.Value)
            {
                // The level's own code or title: look for another one the slow way (only duplicated codes get here).
                for (var index = 0; index < _levels.Count; index++)
                {
                    var candidate = _levels[index];
                    if (candidate.Code.Value != level.Code.Value
                        && (string.Equals(value.Trim(), candidate.Title.Value, StringComparison.OrdinalIgnoreCase)
                            || ContainsCode(normalized, TrackMentions.Normalize(candidate.Code.Value))))
                    {
                        return candidate;
                    }
                }

                return null;
            }

            return first == int.MaxValue ? null : _levels[first];
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

        private static bool CodeBoundary(string normalized, int start, int length)
        {
            var end = start + length;
            var digitBefore = start > 0 && char.IsDigit(normalized[start - 1]) && char.IsDigit(normalized[start]);
            var digitAfter = end < normalized.Length && char.IsDigit(normalized[end]) && char.IsDigit(normalized[end - 1]);
            return !digitBefore && !digitAfter;
        }
    }
}
