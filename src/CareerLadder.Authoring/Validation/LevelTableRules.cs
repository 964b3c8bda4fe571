using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>Rules on a track's level table: ranks, code numbers, public titles and seniorities.</summary>
internal static class LevelTableRules
{

    public static void Check(TrackContext context)
    {
        CheckRanks(context);
        CheckCodeNumbers(context);
        CheckPublicTitles(context);
        CheckSeniorities(context);
        CheckDuplicateTitles(context);
    }

    private static void CheckDuplicateTitles(TrackContext context)
    {
        var firstByTitle = new Dictionary<string, LevelDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var level in context.Track.Levels)
        {
            var title = level.Title.Value.Trim();
            if (title.Length == 0)
            {
                continue;
            }

            if (firstByTitle.TryGetValue(title, out var first))
            {
                // A level that is a whole copy of another is one mistake, reported once as duplicate content (CL0032).
                if (context.Resolved(level) is { HasContent: true } copy && context.Resolved(first) is { } original && SameContent.Instance.Equals(copy, original))
                {
                    continue;
                }

                context.Report(LadderRules.DuplicateLevelTitle, level.Title.Span, first.Title.Span, level.Code.Value, title, first.Code.Value);
                continue;
            }

            firstByTitle.Add(title, level);
        }
    }

    /// <summary>
    /// Ranks used twice and levels listed out of rank order, in the order written; gaps on the ranks the track has, in
    /// rank order, so that levels that are merely out of order are one CL0022 and not also a gap (CL0023). A file that
    /// could not be read to its end may hold the missing ranks: no gap is reported for it.
    /// </summary>
    private static void CheckRanks(TrackContext context)
    {
        var levels = context.Track.Levels;
        var firstByRank = new Dictionary<int, LevelDefinition>();
        for (var i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            if (firstByRank.TryGetValue(level.Rank.Value, out var first))
            {
                context.Report(LadderRules.DuplicateRank, level.Rank.Span, first.Rank.Span, Number(level.Rank.Value), first.Code.Value);
            }
            else
            {
                firstByRank.Add(level.Rank.Value, level);
            }

            if (i > 0 && level.Rank.Value < levels[i - 1].Rank.Value)
            {
                var previous = levels[i - 1];
                context.Report(LadderRules.RanksNotIncreasing, level.Rank.Span, previous.Rank.Span,
                    level.Code.Value, Number(level.Rank.Value), previous.Code.Value, Number(previous.Rank.Value));
            }
        }

        if (context.IsIncomplete)
        {
            return;
        }

        LevelDefinition? lower = null;
        foreach (var level in firstByRank.OrderBy(pair => pair.Key).Select(pair => pair.Value))
        {
            if (lower is not null && level.Rank.Value > lower.Rank.Value + 1)
            {
                var missing = level.Rank.Value == lower.Rank.Value + 2
                    ? Number(lower.Rank.Value + 1)
                    : Number(lower.Rank.Value + 1) + "-" + Number(level.Rank.Value - 1);
                context.Report(LadderRules.RankGap, level.Rank.Span, null,
                    Number(lower.Rank.Value), lower.Code.Value, Number(level.Rank.Value), level.Code.Value, missing);
            }

            lower = level;
        }
    }

    /// <summary>The digits a code ends with (<c>TPM5</c> → <c>5</c>), found by one backward scan whatever the code's length.</summary>
    private static string TrailingNumber(string code)
    {
        var start = code.Length;
        while (start > 0 && code[start - 1] is >= '0' and <= '9')
        {
            start--;
        }

        return code.Substring(start);
    }

    private static void CheckCodeNumbers(TrackContext context)
    {
        foreach (var level in context.Track.Levels)
        {
            var digits = TrailingNumber(level.Code.Value);
            if (digits.Length > 0
                && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && number != level.Rank.Value)
            {
                context.Report(LadderRules.CodeNumberMismatch, level.Code.Span, level.Rank.Span, level.Code.Value, digits, Number(level.Rank.Value));
            }
        }
    }

    private static void CheckPublicTitles(TrackContext context)
    {
        if (context.Framework is null)
        {
            return;
        }

        foreach (var level in context.Track.Levels)
        {
            var rank = context.Framework.Ranks.FirstOrDefault(candidate => candidate.Value.Value == level.Rank.Value);
            if (level.PublicTitle is { } publicTitle && rank?.PublicTitle is { } expected && !string.Equals(publicTitle.Value, expected, StringComparison.Ordinal))
            {
                context.Sink.Report(LadderRules.PublicTitleMismatch, new LadderLocation(context.Track.Path, publicTitle.Span), new[] { new LadderLocation(context.Framework.Path, rank.Value.Span) },
                    level.Code.Value, publicTitle.Value, Number(level.Rank.Value), expected);
            }
        }
    }

    private static void CheckSeniorities(TrackContext context)
    {
        var order = context.Framework?.Seniorities.Select(seniority => seniority.Value).ToList();
        if (order is null || order.Count == 0)
        {
            return;
        }

        LevelDefinition? previous = null;
        foreach (var level in context.LevelsByRank())
        {
            if (level.Seniority is not { } seniority || order.IndexOf(seniority.Value) < 0)
            {
                continue;
            }

            if (previous?.Seniority is { } previousSeniority
                && previous.Rank.Value < level.Rank.Value
                && order.IndexOf(seniority.Value) < order.IndexOf(previousSeniority.Value))
            {
                context.Report(LadderRules.SeniorityRegression, seniority.Span, previousSeniority.Span,
                    level.Code.Value, seniority.Value, previousSeniority.Value, previous.Code.Value);
            }

            previous = level;
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
