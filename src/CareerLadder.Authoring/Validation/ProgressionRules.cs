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

    /// <summary>Reports a level whose content equals an earlier level's: one hash lookup per level, not a comparison per pair.</summary>
    private static void CheckDuplicateContent(TrackContext context)
    {
        var firstWithContent = new Dictionary<LevelDefinition, LevelDefinition>(SameContent.Instance);
        foreach (var level in context.Track.Levels)
        {
            if (level.Expectations.Count + level.Sections.Count == 0)
            {
                continue;
            }

            if (firstWithContent.TryGetValue(level, out var earlier))
            {
                context.Report(LadderRules.DuplicateLevelContent, level.Code.Span, earlier.Code.Span, level.Code.Value, earlier.Code.Value);
                continue;
            }

            firstWithContent.Add(level, level);
        }
    }

    /// <summary>Levels are equal when their expectations and sections say the same, wherever they are written.</summary>
    internal sealed class SameContent : IEqualityComparer<LevelDefinition>
    {
        public static readonly SameContent Instance = new();

        public bool Equals(LevelDefinition? left, LevelDefinition? right) =>
            left is not null && right is not null
            && left.Expectations.Select(expectation => (expectation.Competency.Value, expectation.Step.Value, expectation.Text))
                .SequenceEqual(right.Expectations.Select(expectation => (expectation.Competency.Value, expectation.Step.Value, expectation.Text)))
            && left.Sections.Select(section => (section.Section.Value, section.Shape, section.Text, section.Items))
                .SequenceEqual(right.Sections.Select(section => (section.Section.Value, section.Shape, section.Text, section.Items)));

        public int GetHashCode(LevelDefinition level)
        {
            unchecked
            {
                var hash = 17;
                foreach (var expectation in level.Expectations)
                {
                    hash = (hash * 31) + (expectation.Competency.Value, expectation.Step.Value, expectation.Text).GetHashCode();
                }

                foreach (var section in level.Sections)
                {
                    hash = (hash * 31) + (section.Section.Value, section.Shape, section.Text, section.Items).GetHashCode();
                }

                return hash;
            }
        }
    }
}
