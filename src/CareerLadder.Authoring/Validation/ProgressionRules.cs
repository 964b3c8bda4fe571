using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Rules on how expectations evolve from level to level, and on levels that are copies of each other. They look at
/// resolved levels — what a level states plus what it inherits through <c>extends:</c> — and report at the line that
/// causes the problem: the step written, or the <c>extends:</c> that brings in the inherited content.
/// </summary>
internal static class ProgressionRules
{
    public static void Check(TrackContext context)
    {
        if (context.Framework is not null)
        {
            var levels = context.ResolvedByRank();
            CheckRegressions(context, levels);
            if (!context.IsIncomplete)
            {
                // A level cut off by a syntax error may lack expectations it has in the file.
                CheckMissing(context, levels);
            }
        }

        CheckDuplicateContent(context);
    }

    private static void CheckRegressions(TrackContext context, List<ResolvedLevel> levels)
    {
        var competencies = context.Names.Framework.Competencies;
        for (var i = 1; i < levels.Count; i++)
        {
            var level = levels[i];
            var previous = levels[i - 1];
            if (level.Definition.Rank.Value == previous.Definition.Rank.Value)
            {
                continue;
            }

            for (var competency = 0; competency < competencies.Count; competency++)
            {
                if (previous.Expectation(competency) is not { } before
                    || level.Expectation(competency) is not { } after
                    || after.Code.StepValue >= before.Code.StepValue)
                {
                    continue;
                }

                var inherited = after.Owner != level;
                if (!inherited && level.LoweredInheritedSteps.Contains(competency))
                {
                    // The step is lower than the one the level inherits too: one mistake, reported once as CL0041.
                    continue;
                }

                var steps = competencies[competency].Steps;
                var at = inherited && level.Definition.Extends is { } extends ? new LadderLocation(level.Path, extends.Span) : after.StepLocation;
                var also = inherited ? new[] { before.StepLocation, after.StepLocation } : new[] { before.StepLocation };
                context.Sink.Report(LadderRules.StepRegression, at, also,
                    competencies[competency].Name, steps[before.Code.StepValue - 1].Name, previous.Code, steps[after.Code.StepValue - 1].Name, level.Code,
                    inherited ? ", which it inherits from level '" + after.Owner.Code + "'" : string.Empty);
            }
        }
    }

    private static void CheckMissing(TrackContext context, List<ResolvedLevel> levels)
    {
        var competencies = context.Names.Framework.Competencies;
        for (var i = 1; i + 1 < levels.Count; i++)
        {
            for (var competency = 0; competency < competencies.Count; competency++)
            {
                if (levels[i].Expectation(competency) is null
                    && !levels[i].HasUnresolvedContent
                    && levels[i - 1].Expectation(competency) is not null
                    && levels[i + 1].Expectation(competency) is not null)
                {
                    context.Sink.Report(LadderRules.MissingCompetency, levels[i].Path, levels[i].Definition.Code.Span,
                        levels[i].Code, competencies[competency].Name, levels[i - 1].Code, levels[i + 1].Code);
                }
            }
        }
    }

    /// <summary>
    /// Reports a level whose content, inherited included, equals an earlier level's: one hash lookup per level, not a
    /// comparison per pair. A level that states nothing and is a copy only through <c>extends:</c> is reported there.
    /// </summary>
    private static void CheckDuplicateContent(TrackContext context)
    {
        var firstWithContent = new Dictionary<ResolvedLevel, ResolvedLevel>(SameContent.Instance);
        foreach (var level in context.Levels)
        {
            if (!level.HasContent || level.HasUnresolvedContent)
            {
                continue;
            }

            if (firstWithContent.TryGetValue(level, out var earlier))
            {
                var statesNothing = level.OwnExpectations.Count + level.OwnSections.Count == 0;
                var span = statesNothing && level.Definition.Extends is { } extends ? extends.Span : level.Definition.Code.Span;
                context.Report(LadderRules.DuplicateLevelContent, span, earlier.Definition.Code.Span, level.Code, earlier.Code);
                continue;
            }

            firstWithContent.Add(level, level);
        }
    }
}
