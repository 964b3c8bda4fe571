using System;
using System.Collections.Generic;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// CL0053: a level titled "Senior Backend Engineer" with <c>seniority: Junior</c>, or whose summary opens with
/// "A junior engineer who...", was copied from another level or given the wrong seniority. The title counts wherever it
/// names a seniority; the summary only where it opens with one (a summary may well mention the junior engineers a
/// senior level mentors). A text that also names the level's own seniority is not reported.
/// </summary>
internal static class SeniorityWordingRule
{
    private static readonly string[] Articles = { "a ", "an ", "the " };

    public static void Check(IReadOnlyList<TrackDefinition> tracks, FrameworkDefinition? framework, List<LadderDiagnostic> diagnostics)
    {
        if (framework is null || framework.Seniorities.Count < 2)
        {
            return;
        }

        var seniorities = new List<string>();
        foreach (var seniority in framework.Seniorities)
        {
            seniorities.Add(seniority.Value);
        }

        // Longest first, so that "Senior Staff" is found before "Staff" at the same place.
        seniorities.Sort((left, right) => right.Length.CompareTo(left.Length));
        foreach (var track in tracks)
        {
            foreach (var level in track.Levels)
            {
                if (level.Seniority is not { } own || !seniorities.Contains(own.Value))
                {
                    continue;
                }

                if (OtherSeniority(level.Title.Value, own.Value, seniorities, openingOnly: false) is { } inTitle)
                {
                    diagnostics.Add(LadderDiagnostic
                        .Create(LadderRules.SeniorityWordingMismatch, track.Path, level.Title.Span, level.Code.Value, own.Value, "title", level.Title.Value, inTitle)
                        .WithAdditionalLocation(new LadderLocation(track.Path, own.Span)));
                }
                else if (level.Summary is { } summary && OtherSeniority(summary, own.Value, seniorities, openingOnly: true) is { } inSummary)
                {
                    diagnostics.Add(LadderDiagnostic
                        .Create(LadderRules.SeniorityWordingMismatch, track.Path, own.Span, level.Code.Value, own.Value, "summary", Shorten(summary), inSummary)
                        .WithAdditionalLocation(new LadderLocation(track.Path, level.Title.Span)));
                }
            }
        }
    }

    /// <summary>The seniority other than <paramref name="own"/> that <paramref name="text"/> names, unless it names <paramref name="own"/> too.</summary>
    private static string? OtherSeniority(string text, string own, List<string> seniorities, bool openingOnly)
    {
        string? other = null;
        var start = openingOnly ? OpeningWord(text) : 0;
        for (var position = start; position < text.Length; position++)
        {
            if (position > 0 && char.IsLetterOrDigit(text[position - 1]))
            {
                continue;
            }

            if (SeniorityAt(text, position, seniorities) is { } found)
            {
                if (string.Equals(found, own, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                other ??= found;
                position += found.Length - 1;
            }

            if (openingOnly)
            {
                break;
            }
        }

        return other;
    }

    private static string? SeniorityAt(string text, int position, List<string> seniorities)
    {
        foreach (var seniority in seniorities)
        {
            var end = position + seniority.Length;
            if (seniority.Length > 0
                && end <= text.Length
                && string.Compare(text, position, seniority, 0, seniority.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return seniority;
            }
        }

        return null;
    }

    /// <summary>Where the summary's first word after an article starts ("A junior engineer" → "junior").</summary>
    private static int OpeningWord(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        foreach (var article in Articles)
        {
            if (string.Compare(text, start, article, 0, article.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return start + article.Length;
            }
        }

        return start;
    }

    private static string Shorten(string text)
    {
        text = text.Trim();
        return text.Length <= 80 ? text : text.Substring(0, 77).TrimEnd() + "...";
    }
}
