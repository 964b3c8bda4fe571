using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Parsing;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Validates one track against the <see cref="LadderIndex"/>: its levels' content against the framework, its
/// inheritance (the levels it extends are resolved with it, their diagnostics left to their own track), its
/// transitions against every level code, and the track rules; then turns it into the emitted model. Reports only what
/// is in the track's own file, so that validating every track this way gives each diagnostic once.
/// </summary>
internal static class TrackValidator
{
    public static ValidatedTrack Validate(TrackValidationInput input, LadderIndex index, LadderLimits limits)
    {
        var own = input.Track;
        var diagnostics = new List<LadderDiagnostic>();
        var unreadable = new Unreadable(index.Unreadable, index.FrameworkSource);
        var sink = new DiagnosticSink(diagnostics, unreadable);
        try
        {
            return Validate(input, index, limits, sink);
        }
        catch (Exception exception)
        {
            return new ValidatedTrack(own.Path, own.Id.Span, null,
                new[] { LadderDiagnostic.Create(LadderRules.InternalError, own.Path, SourceSpan.FileStart, exception.GetType().FullName ?? "Exception", exception.Message) }.ToEquatableArray(),
                EquatableArray<SkippedReference>.Empty, EquatableArray<ExpectationSentence>.Empty, 0);
        }
    }

    private static ValidatedTrack Validate(TrackValidationInput input, LadderIndex index, LadderLimits limits, DiagnosticSink sink)
    {
        var own = input.Track;
        var order = index.TrackOrder;
        var names = new FrameworkNames(index.Framework, index.FrameworkSource, sink.Unreadable);
        var tracks = input.Ancestors.Concat(new[] { own }).OrderBy(track => order[track.Id.Value]).ToList();

        sink.Unreadable.Stage = (ValidationPass.Overlays, 0);
        var overlays = OverlayIndex.Build(input.Overlays, tracks, sink);
        var builder = new LevelBuilder(names, overlays, sink);
        var levels = new NameIndex<ResolvedLevel>(Enumerable.Empty<(string, ResolvedLevel)>(), StringComparer.OrdinalIgnoreCase,
            (unknown, exclude, accept) => index.LevelCandidates.Suggest(unknown, exclude, accept), sink.Unreadable.MightHoldLevel);
        var ownLevels = new List<ResolvedLevel>();
        var ownFacts = index.Tracks[order[own.Id.Value]];
        foreach (var track in tracks)
        {
            var position = order[track.Id.Value];
            var facts = index.Tracks[position];
            sink.Unreadable.Stage = (ValidationPass.Tracks, position);
            if (names.Source is null && track.Levels.Any(level => level.Expectations.Count > 0 || level.Sections.Count > 0))
            {
                if (sink.Unreadable.MightHoldFramework() is { } unreadable)
                {
                    unreadable.Skipped("framework", new LadderLocation(track.Path, track.Id.Span));
                }
                else
                {
                    sink.Report(LadderRules.MissingFramework, track.Path, track.Id.Span, track.Id.Value);
                }
            }

            foreach (var level in facts.Levels)
            {
                var resolved = new ResolvedLevel(track, track.Levels[level.Position], facts.Identifier, level.Identifier);
                builder.Build(resolved);
                levels.Add(level.Code, resolved);
                if (ReferenceEquals(track, own))
                {
                    ownLevels.Add(resolved);
                }
            }
        }

        Inheritance.Resolve(levels, names.Framework, sink, limits.MaxExtendsDepth, level => order[level.Track.Id.Value]);

        var ownPosition = order[own.Id.Value];
        sink.Unreadable.Stage = (ValidationPass.Transitions, ownPosition);
        var allLevels = new NameIndex<IndexedLevel>(index.LevelsByCode, StringComparer.OrdinalIgnoreCase,
            (unknown, exclude, accept) => index.LevelCandidates.Suggest(unknown, exclude, accept), sink.Unreadable.MightHoldLevel);
        Transitions.Resolve(ownLevels, allLevels, sink);

        sink.Unreadable.Stage = (ValidationPass.Rules, ownPosition);
        SeniorityWordingRule.Check(new[] { own }, names.Source, sink.Diagnostics);
        var context = new TrackContext(own, ownLevels, names, index.Mentions, sink);
        LevelTableRules.Check(context);
        TrackIdentityRules.Check(context);
        ProgressionRules.Check(context);

        CodeTrack? code = null;
        if (ownFacts.Identifier is { } identifier)
        {
            code = new CodeTrack(
                own.Id.Value,
                identifier,
                overlays.Text(own.Id.Value, TextKeys.Name, own.Name),
                own.Abbreviation.Value,
                overlays.OptionalText(own.Id.Value, TextKeys.Summary, own.Summary),
                own.Links,
                ownLevels.Where(level => level.Identifier is not null).Select(level => level.ToCode()).ToEquatableArray(),
                overlays.Cultures(own.Id.Value))
            {
                HintName = ownFacts.HintName!,
                FormerIds = Evolution.FormerCodes.Ids(own.RenamedFrom, index.TrackOrder.ContainsKey),
                FormerCodes = Evolution.FormerCodes.Of(own, index.LevelsByCode.ContainsKey, code => index.LevelsByCode.TryGetValue(code, out var level) ? level.Reference() : null),
            };
        }

        return new ValidatedTrack(
            own.Path,
            own.Id.Span,
            code,
            sink.Diagnostics.Where(diagnostic => string.Equals(diagnostic.Location.FilePath, own.Path, StringComparison.Ordinal)).ToEquatableArray(),
            sink.Unreadable.SkippedIn(own.Path).ToEquatableArray(),
            ExpectationSentenceRule.Sentences(own, names.Source),
            code is null ? 0 : OutputBudget.Estimate(code));
    }
}
