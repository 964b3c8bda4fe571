using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Rules that catch pages copied from another track: codes without the track's abbreviation, titles and charts
/// that name another track or level. References are split into words once (<see cref="ReferenceWords"/>) and the
/// words looked up in indexes of the tracks and of the track's levels (<see cref="TrackMentions"/>,
/// <see cref="LevelMentions"/>), so the cost grows with the length of the references, not with references times tracks.
/// </summary>
internal static class TrackIdentityRules
{
    private static readonly Regex NumberedTitle = new(@"^(?<name>.*?\S)\s*\d+\z", RegexOptions.CultureInvariant);

    public static void Check(TrackContext context)
    {
        var track = context.Track;
        var levels = new LevelMentions(track);
        var abbreviationIsWrong = CheckAbbreviation(context);
        foreach (var level in track.Levels)
        {
            if (!abbreviationIsWrong && !HasPrefix(level, track))
            {
                context.Report(LadderRules.CodePrefixMismatch, level.Code.Span, track.Abbreviation.Span,
                    $"Level code '{level.Code.Value}' does not start with", track.Abbreviation.Value, track.Id.Value, string.Empty);
            }

            CheckTitle(context, level);
            if (level.Chart is { } chart)
            {
                CheckReference(context, levels, level, "chart image", chart.Source);
                CheckReference(context, levels, level, "dark chart image", chart.Dark);
                CheckReference(context, levels, level, "chart text", chart.Alt);
            }
        }
    }

    private static bool HasPrefix(LevelDefinition level, TrackDefinition track) =>
        track.Abbreviation.Value.Length == 0 || level.Code.Value.StartsWith(track.Abbreviation.Value, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// When no level code of several starts with the abbreviation, the abbreviation is what is wrong: one report, at it,
    /// instead of one per level.
    /// </summary>
    private static bool CheckAbbreviation(TrackContext context)
    {
        var track = context.Track;
        if (track.Levels.Count < 2)
        {
            return false;
        }

        var codes = new List<string>();
        foreach (var level in track.Levels)
        {
            if (HasPrefix(level, track))
            {
                return false;
            }

            codes.Add("'" + level.Code.Value + "'");
        }

        var listed = string.Join(", ", codes.GetRange(0, codes.Count - 1)) + " and " + codes[codes.Count - 1];
        context.Report(LadderRules.CodePrefixMismatch, track.Abbreviation.Span, track.Levels[0].Code.Span,
            $"None of the level codes {listed} starts with", track.Abbreviation.Value, track.Id.Value,
            "; write the codes' common prefix as the abbreviation, or rename the levels");
        return true;
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
            context.Report(LadderRules.TitleNamesOtherTrack, level.Title.Span, null, title, $"track '{other}'", own);
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

    /// <summary>Checks one chart reference: the track it names, else the level of this track it names.</summary>
    private static void CheckReference(TrackContext context, LevelMentions levels, LevelDefinition level, string what, string? value)
    {
        if (value is null)
        {
            return;
        }

        var words = ReferenceWords.Split(value);
        if (context.Mentions.OtherTrackIn(words, context.Track) is { } otherTrack)
        {
            context.Report(LadderRules.ReferenceNamesOther, level.ChartSpan, null, what, value, level.Code.Value, $"track '{otherTrack}'");
            return;
        }

        if (levels.OtherLevelIn(words, level) is { } otherLevel)
        {
            context.Report(LadderRules.ReferenceNamesOther, level.ChartSpan, null, what, value, level.Code.Value, $"level '{otherLevel.Code.Value}'");
        }
    }

    private static bool Contains(string text, string part) =>
        part.Length > 0 && text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
}
