using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Evolution;

/// <summary>
/// Compares two versions of validated ladders and classifies every change a consumer cares about: breaking (stored
/// identities, from <see cref="BaselineComparison"/>), additive, or text-only.
/// </summary>
public static class LadderDiff
{
    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>: breaking, then additive, then text-only.</summary>
    /// <param name="before">The older ladders.</param>
    /// <param name="after">The newer ladders.</param>
    public static IReadOnlyList<LadderChange> Compare(LadderVersion before, LadderVersion after) =>
        Compare(LocatedBaseline.From(before.Files).Baseline, before.Ladders, LocatedBaseline.From(after.Files).Baseline, after.Ladders);

    private static IReadOnlyList<LadderChange> Compare(LadderBaseline beforeIdentities, ValidatedLadders before, LadderBaseline afterIdentities, ValidatedLadders after)
    {
        var changes = BaselineComparison.Compare(beforeIdentities, afterIdentities)
            .Select(change => new LadderChange(change.IsBreaking ? ChangeCategory.Breaking : ChangeCategory.Additive, change.Key.ToString(), change.Describe()))
            .ToList();
        var text = new List<LadderChange>();
        CompareFramework(before.Framework, after.Framework, text);
        CompareTracks(before, after, text);
        return changes.Concat(text).ToList();
    }

    private static void CompareFramework(CodeFramework before, CodeFramework after, List<LadderChange> changes)
    {
        void Add(string subject, string description) => changes.Add(new LadderChange(ChangeCategory.TextOnly, subject, description));
        Texts("framework", "name", before.Name, after.Name, Add);
        Texts("framework", "description", before.Description, after.Description, Add);
        if (!before.Seniorities.SequenceEqual(after.Seniorities))
        {
            Add("framework", $"seniorities changed from [{string.Join(", ", before.Seniorities)}] to [{string.Join(", ", after.Seniorities)}]");
        }

        var ranksBefore = before.Ranks.ToDictionary(rank => rank.Value.Value);
        foreach (var rank in after.Ranks)
        {
            var subject = "rank " + Number(rank.Value.Value);
            if (!ranksBefore.TryGetValue(rank.Value.Value, out var old))
            {
                Add(subject, "was added to the rank table");
                continue;
            }

            Texts(subject, "public title", old.PublicTitle, rank.PublicTitle, Add);
            Texts(subject, "description", old.Description, rank.Description, Add);
        }

        foreach (var rank in before.Ranks.Where(rank => after.Ranks.All(now => now.Value.Value != rank.Value.Value)))
        {
            Add("rank " + Number(rank.Value.Value), "was removed from the rank table");
        }

        var competencies = before.Competencies.ToDictionary(competency => competency.Id, StringComparer.Ordinal);
        foreach (var competency in after.Competencies.Where(competency => competencies.ContainsKey(competency.Id)))
        {
            var old = competencies[competency.Id];
            var subject = "competency " + competency.Id;
            Texts(subject, "name", old.Name, competency.Name, Add);
            Texts(subject, "description", old.Description, competency.Description, Add);
            foreach (var step in competency.Steps.Zip(old.Steps, (now, was) => (Now: now, Was: was)).Where(pair => pair.Now.Name == pair.Was.Name))
            {
                Texts(subject, $"description of step '{step.Now.Name}'", step.Was.Description, step.Now.Description, Add);
            }
        }

        var sections = before.Sections.ToDictionary(section => section.Id, StringComparer.Ordinal);
        foreach (var section in after.Sections.Where(section => sections.ContainsKey(section.Id)))
        {
            var old = sections[section.Id];
            var subject = "section " + section.Id;
            Texts(subject, "name", old.Name, section.Name, Add);
            Texts(subject, "description", old.Description, section.Description, Add);
            if (old.Kind != section.Kind)
            {
                Add(subject, $"kind changed from {Kind(old.Kind)} to {Kind(section.Kind)}");
            }
        }
    }

    private static void CompareTracks(ValidatedLadders before, ValidatedLadders after, List<LadderChange> changes)
    {
        void Add(string subject, string description) => changes.Add(new LadderChange(ChangeCategory.TextOnly, subject, description));
        var tracks = before.Tracks.ToDictionary(track => track.Id, StringComparer.Ordinal);
        var levels = before.Tracks.SelectMany(track => track.Levels).GroupBy(level => level.Code, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var competencyIds = before.Framework.Competencies.Select(competency => competency.Id).ToArray();
        var sectionIds = before.Framework.Sections.Select(section => section.Id).ToArray();
        foreach (var track in after.Tracks)
        {
            if (tracks.TryGetValue(track.Id, out var old))
            {
                var subject = "track " + track.Id;
                Texts(subject, "name", old.Name, track.Name, Add);
                Texts(subject, "abbreviation", old.Abbreviation, track.Abbreviation, Add);
                Texts(subject, "summary", old.Summary, track.Summary, Add);
                if (!old.Links.Equals(track.Links))
                {
                    Add(subject, "links changed");
                }
            }

            foreach (var level in track.Levels.Where(level => levels.ContainsKey(level.Code)))
            {
                CompareLevel(levels[level.Code], level, competencyIds, sectionIds, after.Framework, Add);
            }
        }
    }

    private static void CompareLevel(
        CodeLevel old,
        CodeLevel level,
        string[] competencyIdsBefore,
        string[] sectionIdsBefore,
        CodeFramework framework,
        Action<string, string> add)
    {
        var subject = "level " + level.Code;
        Texts(subject, "title", old.Title, level.Title, add);
        Texts(subject, "seniority", old.Seniority, level.Seniority, add);
        Texts(subject, "public title", old.PublicTitle, level.PublicTitle, add);
        Texts(subject, "summary", old.Summary, level.Summary, add);
        if (!Equals(old.Chart, level.Chart))
        {
            add(subject, "chart changed");
        }

        if (!string.Equals(old.Extends?.Code, level.Extends?.Code, StringComparison.Ordinal))
        {
            add(subject, $"extends changed from {old.Extends?.Code ?? "nothing"} to {level.Extends?.Code ?? "nothing"}");
        }

        var transitionsBefore = string.Join(", ", old.Transitions.Select(transition => transition.Code));
        var transitionsAfter = string.Join(", ", level.Transitions.Select(transition => transition.Code));
        if (transitionsBefore != transitionsAfter)
        {
            add(subject, $"transitions changed from [{transitionsBefore}] to [{transitionsAfter}]");
        }

        var expectationsBefore = old.Expectations.Where(expectation => expectation.CompetencyIndex < competencyIdsBefore.Length)
            .ToDictionary(expectation => competencyIdsBefore[expectation.CompetencyIndex], StringComparer.Ordinal);
        foreach (var expectation in level.Expectations.Where(expectation => expectation.CompetencyIndex < framework.Competencies.Count))
        {
            var competency = framework.Competencies[expectation.CompetencyIndex];
            if (!expectationsBefore.TryGetValue(competency.Id, out var was))
            {
                add(subject, $"expects {Step(competency, expectation.StepValue)} in '{competency.Id}' (it expected nothing)");
                continue;
            }

            expectationsBefore.Remove(competency.Id);
            if (was.StepValue != expectation.StepValue)
            {
                add(subject, $"expectation in '{competency.Id}' changed from step {Number(was.StepValue)} to {Step(competency, expectation.StepValue)}");
            }
            else
            {
                Texts(subject, $"expectation text in '{competency.Id}'", was.Text, expectation.Text, add);
            }
        }

        foreach (var gone in expectationsBefore.Keys.OrderBy(id => id, StringComparer.Ordinal))
        {
            add(subject, $"no longer states an expectation in '{gone}'");
        }

        var sectionsBefore = old.Sections.Where(section => section.SectionIndex < sectionIdsBefore.Length)
            .GroupBy(section => sectionIdsBefore[section.SectionIndex], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
        foreach (var group in level.Sections.Where(section => section.SectionIndex < framework.Sections.Count)
            .GroupBy(section => framework.Sections[section.SectionIndex].Id, StringComparer.Ordinal))
        {
            if (!sectionsBefore.TryGetValue(group.Key, out var was))
            {
                add(subject, $"section '{group.Key}' was added");
                continue;
            }

            sectionsBefore.Remove(group.Key);
            if (!was.Select(Content).SequenceEqual(group.Select(Content)))
            {
                add(subject, $"section '{group.Key}' changed");
            }
        }

        foreach (var gone in sectionsBefore.Keys.OrderBy(id => id, StringComparer.Ordinal))
        {
            add(subject, $"section '{gone}' was removed from the level");
        }
    }

    private static (CodeText? Text, EquatableArray<CodeItem> Items) Content(CodeSectionValue value) => (value.Text, value.Items);

    private static void Texts(string subject, string what, CodeText? before, CodeText? after, Action<string, string> add)
    {
        if (Equals(before, after))
        {
            return;
        }

        if (before is not null && after is not null && before.Text == after.Text)
        {
            add(subject, $"translations of the {what} changed");
            return;
        }

        Texts(subject, what, before?.Text, after?.Text, add);
    }

    private static void Texts(string subject, string what, string? before, string? after, Action<string, string> add)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }

        add(subject, (before, after) switch
        {
            (null, _) => $"{what} added: {Quote(after)}",
            (_, null) => $"{what} removed (was {Quote(before)})",
            _ => $"{what} changed from {Quote(before)} to {Quote(after)}",
        });
    }

    private static string Quote(string? text)
    {
        var line = (text ?? string.Empty).Replace("\r", " ").Replace("\n", " ").Trim();
        return "'" + (line.Length <= 80 ? line : line.Substring(0, 79) + "…") + "'";
    }

    private static string Step(CodeCompetency competency, int value) =>
        value >= 1 && value <= competency.Steps.Count ? $"step {Number(value)} ({competency.Steps[value - 1].Name})" : "step " + Number(value);

    private static string Kind(SectionShape shape) => shape.ToString().ToLowerInvariant();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One version of the ladders: the parsed files (for identities and history) and the validated model (for content).</summary>
/// <param name="Files">The parsed ladder files.</param>
/// <param name="Ladders">The validated ladders.</param>
public sealed record LadderVersion(IReadOnlyList<ParsedLadderFile> Files, ValidatedLadders Ladders);
