using System;
using System.Collections.Generic;
using System.Linq;
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

    /// <summary>Checks every track's sentences together, tracks in validation order (the first writing of a sentence is the one others are compared with).</summary>
    public static void Check(IReadOnlyList<TrackDefinition> tracks, FrameworkDefinition? framework, List<LadderDiagnostic> diagnostics) =>
        Check(tracks.Select(track => (track.Path, Sentences(track, framework))), framework, diagnostics);

    /// <summary>
    /// The expectation sentences of one track that name a step of their competency, in the order written: what the
    /// rule compares across tracks, taken from each track once (in its own validation step).
    /// </summary>
    public static EquatableArray<ExpectationSentence> Sentences(TrackDefinition track, FrameworkDefinition? framework)
    {
        if (framework is null)
        {
            return EquatableArray<ExpectationSentence>.Empty;
        }

        var competencies = Competencies(framework);
        var sentences = new List<ExpectationSentence>();
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

                sentences.Add(new ExpectationSentence(competency.Id.Value, sentence, StringComparer.Ordinal.GetHashCode(competency.Id.Value) * 31 + StringComparer.Ordinal.GetHashCode(sentence),
                    expectation.Step.Value, level.Code.Value, expectation.Step.Span, Shorten(text)));
            }
        }

        return sentences.ToEquatableArray();
    }

    /// <summary>Reports each sentence written with a step other than the one of its first writing; a few hash look-ups per sentence.</summary>
    public static void Check(IEnumerable<(string Path, EquatableArray<ExpectationSentence> Sentences)> tracks, FrameworkDefinition? framework, List<LadderDiagnostic> diagnostics)
    {
        if (framework is null)
        {
            return;
        }

        var competencies = Competencies(framework);
        var first = new Dictionary<SentenceKey, (string Path, ExpectationSentence Sentence)>();
        foreach (var (path, sentences) in tracks)
        {
            foreach (var sentence in sentences)
            {
                var key = new SentenceKey(sentence);
                if (!first.TryGetValue(key, out var earlier))
                {
                    first.Add(key, (path, sentence));
                    continue;
                }

                if (!string.Equals(earlier.Sentence.Step, sentence.Step, StringComparison.Ordinal))
                {
                    diagnostics.Add(LadderDiagnostic
                        .Create(LadderRules.SentenceStepMismatch, path, sentence.StepSpan,
                            sentence.Level, sentence.Step, competencies[sentence.Competency].Name, sentence.Text, earlier.Sentence.Step, earlier.Sentence.Level)
                        .WithAdditionalLocation(new LadderLocation(earlier.Path, earlier.Sentence.StepSpan)));
                }
            }
        }
    }

    private static Dictionary<string, CompetencyDefinition> Competencies(FrameworkDefinition framework)
    {
        var competencies = new Dictionary<string, CompetencyDefinition>(StringComparer.Ordinal);
        foreach (var competency in framework.Competencies)
        {
            competencies[competency.Id.Value] = competency;
        }

        return competencies;
    }

    /// <summary>A competency and sentence, hashed once when the sentence was taken from its track.</summary>
    private readonly struct SentenceKey : IEquatable<SentenceKey>
    {
        private readonly ExpectationSentence _sentence;

        public SentenceKey(ExpectationSentence sentence) => _sentence = sentence;

        public bool Equals(SentenceKey other) =>
            _sentence.Hash == other._sentence.Hash
            && string.Equals(_sentence.Competency, other._sentence.Competency, StringComparison.Ordinal)
            && string.Equals(_sentence.Sentence, other._sentence.Sentence, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is SentenceKey other && Equals(other);

        public override int GetHashCode() => _sentence.Hash;
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

/// <summary>One expectation sentence of a track, as the sentence rule (CL0052) compares it with the other tracks'.</summary>
/// <param name="Competency">The competency id.</param>
/// <param name="Sentence">The sentence with case, runs of white space and a final full stop ignored.</param>
/// <param name="Hash">A hash of competency and sentence, computed once.</param>
/// <param name="Step">The step written with it.</param>
/// <param name="Level">The code of the level it is written in.</param>
/// <param name="StepSpan">Where the step is written.</param>
/// <param name="Text">The sentence as written, shortened for messages.</param>
public sealed record ExpectationSentence(string Competency, string Sentence, int Hash, string Step, string Level, SourceSpan StepSpan, string Text);
