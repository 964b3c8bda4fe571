using System;
using System.Collections.Generic;
using System.Text;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// CL0052: a sentence describes one step of a competency, so the same sentence written with two different steps (in
/// any track: competencies are the framework's) means one of the two was copied without being updated. One pass over
/// every level's own expectations, indexed by competency and sentence.
/// </summary>
internal static class ExpectationSentenceRule
{
    /// <summary>Sentences shorter than this many words ("TBD", "See above") say nothing about a step.</summary>
    private const int MinimumWords = 3;

    public static void Check(IReadOnlyList<TrackDefinition> tracks, FrameworkDefinition? framework, List<LadderDiagnostic> diagnostics)
    {
        if (framework is null)
        {
            return;
        }

        var competencies = new Dictionary<string, CompetencyDefinition>(StringComparer.Ordinal);
        foreach (var competency in framework.Competencies)
        {
            competencies[competency.Id.Value] = competency;
        }

        var first = new Dictionary<(string Competency, string Sentence), (TrackDefinition Track, LevelDefinition Level, ExpectationDefinition Expectation)>();
        foreach (var track in tracks)
        {
            foreach (var level in track.Levels)
            {
                foreach (var expectation in level.Expectations)
                {
                    if (expectation.Text is not { } text
                        || !competencies.TryGetValue(expectation.Competency.Value, out var competency)
                        || !IsStepOf(competency, expectation.Step.Value)
                        || Normalize(text) is not { } sentence)
                    {
                        continue;
                    }

                    var key = (expectation.Competency.Value, sentence);
                    if (!first.TryGetValue(key, out var earlier))
                    {
                        first.Add(key, (track, level, expectation));
                        continue;
                    }

                    if (!string.Equals(earlier.Expectation.Step.Value, expectation.Step.Value, StringComparison.Ordinal))
                    {
                        diagnostics.Add(LadderDiagnostic
                            .Create(LadderRules.SentenceStepMismatch, track.Path, expectation.Step.Span,
                                level.Code.Value, expectation.Step.Value, competency.Name, Shorten(text), earlier.Expectation.Step.Value, earlier.Level.Code.Value)
                            .WithAdditionalLocation(new LadderLocation(earlier.Track.Path, earlier.Expectation.Step.Span)));
                    }
                }
            }
        }
    }

    private static bool IsStepOf(CompetencyDefinition competency, string step)
    {
        foreach (var candidate in competency.Steps)
        {
            if (string.Equals(candidate.Name.Value, step, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence with case, runs of white space and a final full stop ignored; null when it is too short to mean a step.</summary>
    private static string? Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var words = 0;
        var inWord = false;
        foreach (var character in text.Trim().TrimEnd('.'))
        {
            if (char.IsWhiteSpace(character))
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                words++;
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }
            }

            inWord = true;
            builder.Append(char.ToLowerInvariant(character));
        }

        return words >= MinimumWords ? builder.ToString() : null;
    }

    private static string Shorten(string text)
    {
        text = text.Trim();
        return text.Length <= 80 ? text : text.Substring(0, 77).TrimEnd() + "...";
    }
}
