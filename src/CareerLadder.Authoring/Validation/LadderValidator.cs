using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Parsing;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Validation step: checks the parsed files against each other (references, duplicates, C# names) and resolves them
/// into a <see cref="ValidatedLadders"/> ready to emit. Pure; the result does not depend on the order of the files.
/// </summary>
/// <remarks>
/// It is made of four steps that the source generator caches one by one, so that an edit re-validates only what it
/// touches: <see cref="Index"/> (the cross-file facts of all files: small, and equal after an edit of a level's
/// texts), <see cref="TrackInputs"/> (what each track's validation reads), <see cref="ValidateTrack"/> (one track
/// against the index) and <see cref="Summarize"/> (the few checks over all validated tracks). <see cref="Validate"/>
/// runs them in a row, as the CLI does.
/// </remarks>
public static class LadderValidator
{
    /// <summary>Validates all parsed files of a project together.</summary>
    /// <param name="files">The parsed files, in any order.</param>
    /// <param name="limits">The limits that apply across files (<c>extends:</c> chain length, total output); the defaults when null.</param>
    public static ValidatedLadders Validate(IEnumerable<ParsedLadderFile> files, LadderLimits? limits = null)
    {
        var all = files.ToList();
        var index = Index(IndexFacts.WithOverlaidTracks(all.Select(IndexFacts.Of).ToList(), IndexFacts.OverlaidTracks(all)));
        var tracks = TrackInputs(all, index).Select(input => ValidateTrack(input, index, limits)).ToList();
        var summary = Summarize(index, tracks, limits);
        return new ValidatedLadders(
            index.Framework,
            Emitted(tracks, summary),
            IndexFacts.Locate(index.Diagnostics, all).Concat(tracks.SelectMany(track => track.Diagnostics)).Concat(summary.Diagnostics).ToEquatableArray());
    }

    /// <summary>
    /// The cross-file facts of all files, with the problems found across them (<see cref="LadderIndex"/>). Given the
    /// files' <see cref="IndexFacts"/>, its diagnostics hold anchor spans until <see cref="IndexFacts.Locate"/> places them.
    /// </summary>
    /// <param name="files">The parsed files, or their <see cref="IndexFacts"/>, in any order.</param>
    public static LadderIndex Index(IEnumerable<ParsedLadderFile> files)
    {
        var ordered = files.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
        try
        {
            return LadderIndexBuilder.Build(ordered);
        }
        catch (Exception exception)
        {
            var path = ordered.FirstOrDefault()?.Path ?? string.Empty;
            var diagnostic = LadderDiagnostic.Create(LadderRules.InternalError, path, SourceSpan.FileStart, exception.GetType().FullName ?? "Exception", exception.Message);
            return new LadderIndex(CodeFramework.Empty, null, EquatableArray<IndexedTrack>.Empty, EquatableArray<UnreadableFile>.Empty,
                new[] { diagnostic }.ToEquatableArray(), EquatableArray<SkippedReference>.Empty);
        }
    }

    /// <summary>
    /// What each track of <paramref name="index"/> is validated from, in the index's order: the track, the tracks its
    /// <c>extends:</c> chains reach, and their overlays. Cheap: no level content is read.
    /// </summary>
    /// <param name="files">The parsed files, in any order.</param>
    /// <param name="index">Their index.</param>
    public static EquatableArray<TrackValidationInput> TrackInputs(IEnumerable<ParsedLadderFile> files, LadderIndex index)
    {
        var byPath = new Dictionary<string, TrackDefinition>(StringComparer.Ordinal);
        var overlays = new Dictionary<string, List<OverlayDefinition>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Track is { } track)
            {
                byPath[file.Path] = track;
            }
            else if (file.Overlay is { } overlay)
            {
                if (!overlays.TryGetValue(overlay.Track.Value, out var list))
                {
                    overlays[overlay.Track.Value] = list = new List<OverlayDefinition>();
                }

                list.Add(overlay);
            }
        }

        var tracks = index.Tracks.Select(track => byPath[track.Path]).ToList();
        var inputs = new TrackValidationInput[tracks.Count];
        for (var position = 0; position < tracks.Count; position++)
        {
            var ancestors = Ancestors(position, tracks, index);
            var translated = overlays.Count == 0
                ? EquatableArray<OverlayDefinition>.Empty
                : ancestors.Append(position)
                    .SelectMany(track => overlays.TryGetValue(tracks[track].Id.Value, out var list) ? list : Enumerable.Empty<OverlayDefinition>())
                    .OrderBy(overlay => overlay.Path, StringComparer.Ordinal)
                    .ToEquatableArray();
            var inherited = ancestors.Count == 0 ? EquatableArray<TrackDefinition>.Empty : ancestors.Select(track => tracks[track]).ToEquatableArray();
            inputs[position] = new TrackValidationInput(tracks[position], inherited, translated);
        }

        return new EquatableArray<TrackValidationInput>(inputs);
    }

    /// <summary>Validates one track against the index (<see cref="TrackInputs"/> says what it reads).</summary>
    /// <param name="input">The track with what it inherits from.</param>
    /// <param name="index">The index of all files.</param>
    /// <param name="limits">The limits (<c>extends:</c> chain length); the defaults when null.</param>
    public static ValidatedTrack ValidateTrack(TrackValidationInput input, LadderIndex index, LadderLimits? limits = null) =>
        TrackValidator.Validate(input, index, limits ?? LadderLimits.Default);

    /// <summary>
    /// The checks over all validated tracks together: sentences written with another step (CL0052), references not
    /// checked against unreadable files (CL0060), and the total output (CL0042).
    /// </summary>
    /// <param name="index">The index of all files.</param>
    /// <param name="tracks">Every track of the index, validated, in the index's order.</param>
    /// <param name="limits">The limits (total output); the defaults when null.</param>
    public static ValidationSummary Summarize(LadderIndex index, IReadOnlyList<ValidatedTrack> tracks, LadderLimits? limits = null)
    {
        limits ??= LadderLimits.Default;
        var diagnostics = new List<LadderDiagnostic>();
        try
        {
            ExpectationSentenceRule.Check(tracks.Select(track => (track.Path, track.Sentences)), index.FrameworkSource, diagnostics);

            var unreadable = new Unreadable(index.Unreadable, index.FrameworkSource);
            unreadable.AddSkipped(index.Skipped);
            unreadable.AddSkipped(tracks.SelectMany(track => track.Skipped));
            unreadable.ReportSkipped(new DiagnosticSink(diagnostics, unreadable));

            var outputAllowed = OutputBudget.Check(tracks, limits.MaxOutputLength, diagnostics);
            return new ValidationSummary(diagnostics.ToEquatableArray(), outputAllowed);
        }
        catch (Exception exception)
        {
            var path = tracks.FirstOrDefault()?.Path ?? string.Empty;
            diagnostics.Add(LadderDiagnostic.Create(LadderRules.InternalError, path, SourceSpan.FileStart, exception.GetType().FullName ?? "Exception", exception.Message));
            return new ValidationSummary(diagnostics.ToEquatableArray(), false);
        }
    }

    /// <summary>The tracks that are generated: those that get code, unless the output would be too large.</summary>
    /// <param name="tracks">The validated tracks, in the index's order.</param>
    /// <param name="summary">Their summary.</param>
    public static EquatableArray<CodeTrack> Emitted(IEnumerable<ValidatedTrack> tracks, ValidationSummary summary) =>
        summary.OutputAllowed ? tracks.Select(track => track.Track).OfType<CodeTrack>().ToEquatableArray() : EquatableArray<CodeTrack>.Empty;

    /// <summary>The positions of the tracks whose levels the levels of track <paramref name="position"/> extend, directly or not, in order.</summary>
    private static List<int> Ancestors(int position, List<TrackDefinition> tracks, LadderIndex index)
    {
        // Most tracks extend only their own levels, if any: nothing to collect for them.
        SortedSet<int>? found = null;
        Stack<int>? pending = null;
        for (var current = position; ;)
        {
            foreach (var level in tracks[current].Levels)
            {
                if (level.Extends is { } extends
                    && index.LevelTracks.TryGetValue(extends.Value, out var owner)
                    && owner != position
                    && (found ??= new SortedSet<int>()).Add(owner))
                {
                    (pending ??= new Stack<int>()).Push(owner);
                }
            }

            if (pending is null || pending.Count == 0)
            {
                return found?.ToList() ?? NoAncestors;
            }

            current = pending.Pop();
        }
    }

    private static readonly List<int> NoAncestors = new();
}
