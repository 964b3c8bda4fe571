using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Rules that catch pages copied from another track: codes without the track's abbreviation, titles and charts
/// that name another track or level.
/// </summary>
internal static class TrackIdentityRules
{
    private static readonly Regex NumberedTitle = new(@"^(?<name>.*?\S)\s*\d+\z", RegexOptions.CultureInvariant);

    public static void Check(TrackContext context)
    {
        var track = context.Track;
        foreach (var level in track.Levels)
        {
            if (track.Abbreviation.Value.Length > 0 && !level.Code.Value.StartsWith(track.Abbreviation.Value, StringComparison.OrdinalIgnoreCase))
            {
                context.Report(LadderRules.CodePrefixMismatch, level.Code.Span, track.Abbreviation.Span, level.Code.Value, track.Abbreviation.Value, track.Id.Value);
            }

            CheckTitle(context, level);
            if (level.Chart is { } chart)
            {
                CheckReference(context, level, "chart image", chart.Source);
                CheckReference(context, level, "dark chart image", chart.Dark);
                CheckReference(context, level, "chart text", chart.Alt);
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

        var other = context.AllTracks.FirstOrDefault(candidate => candidate.Id.Value != context.Track.Id.Value && Contains(title, candidate.Name));
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

    private static void CheckReference(TrackContext context, LevelDefinition level, string what, string? value)
    {
        if (value is null)
        {
            return;
        }

        var otherTrack = MentionsTrack(value, context.Track)
            ? null
            : context.AllTracks.FirstOrDefault(candidate => candidate.Id.Value != context.Track.Id.Value && MentionsTrack(value, candidate));
        if (otherTrack is not null)
        {
            context.Report(LadderRules.ReferenceNamesOther, level.ChartSpan, null, what, value, level.Code.Value, $"track '{otherTrack.Id.Value}'");
            return;
        }

        if (Contains(value, level.Title.Value) || ContainsCode(value, level.Code.Value))
        {
            return;
        }

        var otherLevel = context.Track.Levels.FirstOrDefault(candidate =>
            candidate.Code.Value != level.Code.Value
            && (string.Equals(value.Trim(), candidate.Title.Value, StringComparison.OrdinalIgnoreCase) || ContainsCode(value, candidate.Code.Value)));
        if (otherLevel is not null)
        {
            context.Report(LadderRules.ReferenceNamesOther, level.ChartSpan, null, what, value, level.Code.Value, $"level '{otherLevel.Code.Value}'");
        }
    }

    private static bool MentionsTrack(string value, TrackDefinition track)
    {
        var normalized = Normalize(value);
        return (track.Id.Value.Length > 0 && normalized.Contains(Normalize(track.Id.Value)))
            || (track.Name.Length > 0 && normalized.Contains(Normalize(track.Name)))
            || (track.Abbreviation.Value.Length > 0 && Regex.IsMatch(value, $@"(?<![A-Za-z]){Regex.Escape(track.Abbreviation.Value)}(?![A-Za-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
    }

    /// <summary>Whether <paramref name="value"/> holds the level code, ignoring separators: <c>tpm-4</c> holds <c>TPM4</c>.</summary>
    private static bool ContainsCode(string value, string code)
    {
        var normalized = Normalize(value);
        var target = Normalize(code);
        for (var index = normalized.IndexOf(target, StringComparison.Ordinal); index >= 0; index = normalized.IndexOf(target, index + 1, StringComparison.Ordinal))
        {
            var end = index + target.Length;
            var digitBefore = index > 0 && char.IsDigit(normalized[index - 1]) && char.IsDigit(target[0]);
            var digitAfter = end < normalized.Length && char.IsDigit(normalized[end]) && char.IsDigit(target[target.Length - 1]);
            if (!digitBefore && !digitAfter)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(string text, string part) =>
        part.Length > 0 && text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;

    private static string Normalize(string text)
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
}
