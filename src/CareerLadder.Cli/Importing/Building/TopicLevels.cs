using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CareerLadder.Cli.Importing.Reading;

namespace CareerLadder.Cli.Importing.Building;

/// <summary>
/// Builds the levels of a ladder kept as front-matter data: each topic is a competency whose steps are the levels
/// ("Level 1", "Level 2", ...), each level number a level whose expectation in a topic is that level's criteria.
/// </summary>
internal static class TopicLevels
{
    /// <summary>The levels, lowest first.</summary>
    /// <param name="context">The import context.</param>
    /// <param name="page">The page.</param>
    /// <param name="frontMatter">Its front matter, with topics.</param>
    /// <param name="track">The track being built (name and abbreviation).</param>
    public static List<ImportedLevel> Build(ImportContext context, RawPage page, FrontMatter frontMatter, ImportedTrack track)
    {
        var path = page.Source.Path;
        var numbers = frontMatter.Topics.SelectMany(topic => topic.Levels.Select(level => level.Level)).Distinct().Order().ToList();
        var steps = numbers.Select(Step).ToList();
        var levels = numbers.ToDictionary(number => number, number => new ImportedLevel
        {
            Code = track.Abbreviation + number.ToString(CultureInfo.InvariantCulture),
            Rank = number,
            Title = track.Name + " " + number.ToString(CultureInfo.InvariantCulture),
            Line = frontMatter.Line,
        });
        foreach (var topic in frontMatter.Topics)
        {
            if (Competency(context, path, topic, steps) is not { } competency)
            {
                continue;
            }

            foreach (var (number, line, criteria) in topic.Levels)
            {
                var level = levels[number];
                if (level.Expectations.Exists(expectation => expectation.Competency == competency))
                {
                    context.Log.Warn(path, line, ImportWarnings.DuplicateCompetency, $"Topic '{topic.Name}' gives level {number.ToString(CultureInfo.InvariantCulture)} twice; the second is not imported");
                    continue;
                }

                level.Expectations.Add(new ImportedExpectation(competency, Step(number), criteria.Count == 0 ? null : string.Join(" ", criteria.Select(Sentence))));
                level.ExpectationLines[competency] = line;
            }
        }

        return levels.Values.ToList();
    }

    private static string Step(int number) => "Level " + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Criteria are listed without final stops; joined into one text, each ends with one.</summary>
    private static string Sentence(string criterion) => criterion.EndsWith('.') || criterion.EndsWith('!') || criterion.EndsWith('?') ? criterion : criterion + ".";

    /// <summary>The competency of a topic: one of the framework with its id or name, else one added to the built-in framework.</summary>
    private static string? Competency(ImportContext context, string path, FrontMatterTopic topic, IReadOnlyList<string> steps)
    {
        var id = Naming.Id(topic.Name, "topic");
        var existing = context.Framework.Competencies.FirstOrDefault(competency => competency.Id.Value == id || string.Equals(competency.Name, topic.Name, System.StringComparison.OrdinalIgnoreCase));
        if (existing is not null)
        {
            if (steps.All(step => existing.Steps.Any(candidate => candidate.Name.Value == step)))
            {
                return existing.Id.Value;
            }

            context.Log.Warn(path, topic.Line, ImportWarnings.UnknownStep, $"Topic '{topic.Name}' is competency '{existing.Id.Value}' of the framework, whose steps are not '{steps[0]}'...'{steps[^1]}'; its criteria are not imported");
            return null;
        }

        if (!context.CanExtendFramework)
        {
            context.Log.Warn(path, topic.Line, ImportWarnings.UnknownStep, $"Topic '{topic.Name}' is not a competency of the framework; add competency '{id}' with steps {string.Join(", ", steps)} to import its criteria");
            return null;
        }

        context.AddedCompetencies[id] = (topic.Name, steps);
        return id;
    }
}
