using System.Collections.Generic;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Naming;
using CareerLadder.Authoring.Parsing;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// The last guard on output size: estimates, from the resolved model, how many characters of C# the tracks will
/// generate (every text plus a fixed allowance per construct for the code around it, inherited content counted where
/// it is written again), and when the total exceeds <see cref="LadderLimits.MaxOutputLength"/> reports CL0042 at the
/// track that crosses it and generates no track. Each file is bounded by the file limits already; this bounds them
/// together, so that no combination of files can make the compiler write gigabytes.
/// </summary>
internal static class OutputBudget
{
    /// <summary>Characters of code around a level, an expectation, a section and an item (measured on the generated code of ladders/, rounded up).</summary>
    internal const int PerLevel = 1_200;
    internal const int PerExpectation = 160;
    internal const int PerSection = 160;
    internal const int PerItem = 120;

    /// <summary>Adds up the tracks' estimates in order; returns false, with one CL0042 at the track that crosses the limit, when they exceed it.</summary>
    public static bool Check(IReadOnlyList<ValidatedTrack> tracks, int maxOutputLength, List<LadderDiagnostic> diagnostics)
    {
        long total = 0;
        foreach (var track in tracks)
        {
            if (track.Track is not { } code)
            {
                continue;
            }

            total += track.OutputEstimate;
            if (total > maxOutputLength)
            {
                diagnostics.Add(LadderDiagnostic.Create(LadderRules.LimitExceeded, track.Path, track.IdSpan,
                    "The C# generated for the ladders up to track '" + code.Id + "' (about " + Identifiers.Number(total > int.MaxValue ? int.MaxValue : (int)total) + " characters)",
                    Identifiers.Number(maxOutputLength) + " characters", LadderLimits.MaxOutputLengthProperty));
                return false;
            }
        }

        return true;
    }

    /// <summary>The estimated characters of C# generated for <paramref name="track"/>.</summary>
    internal static long Estimate(CodeTrack track)
    {
        long size = Length(track.Name) + Length(track.Summary);
        foreach (var level in track.Levels)
        {
            size += PerLevel + (2 * Length(level.Title)) + Length(level.PublicTitle) + (2 * Length(level.Summary));
            foreach (var expectation in level.Expectations)
            {
                size += PerExpectation + (2 * Length(expectation.Text));
            }

            foreach (var section in level.Sections)
            {
                size += PerSection + Length(section.Text) + Items(section.Items);
            }
        }

        return size;
    }

    private static long Items(EquatableArray<CodeItem> items)
    {
        long size = 0;
        foreach (var item in items)
        {
            size += PerItem + Length(item.Text) + (item.Link?.Length ?? 0) + Items(item.Items);
        }

        return size;
    }

    private static long Length(CodeText? text)
    {
        if (text is null)
        {
            return 0;
        }

        long size = text.Text.Length;
        foreach (var translation in text.Translations)
        {
            size += translation.Text.Length + 64;
        }

        return size;
    }
}
