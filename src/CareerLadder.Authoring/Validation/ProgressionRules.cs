using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>Rules on how expectations evolve from level to level, and on levels that are copies of each other.</summary>
internal static class ProgressionRules
{
    public static void Check(TrackContext context)
    {
        if (context.Framework is not null)
        {
            var levels = context.LevelsByRank();
            var steps = levels.Select(level => ResolveSteps(context.Framework, level)).ToList();
            CheckRegressions(context, levels, steps);
            CheckMissing(context, levels, steps);
        }

        CheckDuplicateContent(context);
    }

    private static Dictionary<string, (int Value, ExpectationDefinition Definition)> ResolveSteps(FrameworkDefinition framework, LevelDefinition level)
    {
        var result = new Dictionary<string, (int, ExpectationDefinition)>(StringComparer.Ordinal);
        foreach (var expectation in level.Expectations)
        {
            var competency = framework.Competencies.FirstOrDefault(candidate => candidate.Id.Value == expectation.Competency.Value);
            var index = competency is null ? -1 : competency.Steps.ToList().FindIndex(step => step.Name.Value == expectation.Step.Value);
            if (index >= 0 && !result.ContainsKey(expectation.Competency.Value))
            {
                result.Add(expectation.Competency.Value, (index + 1, expectation));
            }
        }

        return result;
    }

    private static void CheckRegressions(TrackContext context, List<LevelDefinition> levels, List<Dictionary<string, (int Value, ExpectationDefinition Definition)>> steps)
    {
        for (var i = 1; i < levels.Count; i++)
        {
            if (levels[i].Rank.Value == levels[i - 1].Rank.Value)
            {
                continue;
            }

            foreach (var competency in context.Framework!.Competencies)
            {
                if (steps[i - 1].TryGetValue(competency.Id.Value, out var before)
                    && steps[i].TryGetValue(competency.Id.Value, out var after)
                    && after.Value < before.Value)
                {
                    context.Report(LadderRules.StepRegression, after.Definition.Step.Span, before.Definition.Step.Span,
                        competency.Name, before.Definition.Step.Value, levels[i - 1].Code.Value, after.Definition.Step.Value, levels[i].Code.Value);
                }
            }
        }
    }

    private static void CheckMissing(TrackContext context, List<LevelDefinition> levels, List<Dictionary<string, (int Value, ExpectationDefinition Definition)>> steps)
    {
        for (var i = 1; i + 1 < levels.Count; i++)
        {
            foreach (var competency in context.Framework!.Competencies)
            {
                var id = competency.Id.Value;
                if (!levels[i].Expectations.Any(expectation => expectation.Competency.Value == id)
                    && steps[i - 1].ContainsKey(id)
                    && steps[i + 1].ContainsKey(id))
                {
                    context.Report(LadderRules.MissingCompetency, levels[i].Code.Span, null, levels[i].Code.Value, competency.Name, levels[i - 1].Code.Value, levels[i + 1].Code.Value);
                }
            }
        }
    }

    private static void CheckDuplicateContent(TrackContext context)
    {
        var levels = context.Track.Levels;
        for (var later = 1; later < levels.Count; later++)
        {
            if (levels[later].Expectations.Count + levels[later].Sections.Count == 0)
            {
                continue;
            }

            for (var earlier = 0; earlier < later; earlier++)
            {
                if (SameContent(levels[earlier], levels[later]))
                {
                    context.Report(LadderRules.DuplicateLevelContent, levels[later].Code.Span, levels[earlier].Code.Span, levels[later].Code.Value, levels[earlier].Code.Value);
                    break;
                }
            }
        }
    }

    private static bool SameContent(LevelDefinition left, LevelDefinition right) =>
        left.Expectations.Select(expectation => (expectation.Competency.Value, expectation.Step.Value, expectation.Text))
            .SequenceEqual(right.Expectations.Select(expectation => (expectation.Competency.Value, expectation.Step.Value, expectation.Text)))
        && left.Sections.Select(section => (section.Section.Value, section.Shape, section.Text, section.Items))
            .SequenceEqual(right.Sections.Select(section => (section.Section.Value, section.Shape, section.Text, section.Items)));
}
