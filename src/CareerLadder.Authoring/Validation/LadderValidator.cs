using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Emitting;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Validation step: checks the parsed files against each other (references, duplicates, C# names) and resolves them
/// into a <see cref="ValidatedLadders"/> ready to emit. Pure; the result does not depend on the order of the files.
/// </summary>
public static class LadderValidator
{

    /// <summary>Validates all parsed files of a project together.</summary>
    /// <param name="files">The parsed files, in any order.</param>
    /// <param name="limits">The limits that apply across files (<c>extends:</c> chain length, total output); the defaults when null.</param>
    public static ValidatedLadders Validate(IEnumerable<ParsedLadderFile> files, Parsing.LadderLimits? limits = null)
    {
        limits ??= Parsing.LadderLimits.Default;
        var ordered = files.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
        var diagnostics = new List<LadderDiagnostic>();
        try
        {
            // The first framework file is the framework; others are CL0014.
            var source = ordered.Select(file => file.Framework).OfType<FrameworkDefinition>().FirstOrDefault();
            var sink = new DiagnosticSink(diagnostics, new Unreadable(ordered, source));
            var framework = ValidateFramework(ordered, source, sink);
            var tracks = ValidateTracks(ordered, new FrameworkNames(framework, source, sink.Unreadable), limits, sink);
            sink.Unreadable.ReportSkipped(sink);
            return new ValidatedLadders(framework, tracks, diagnostics.ToEquatableArray());
        }
        catch (Exception exception)
        {
            var path = ordered.FirstOrDefault()?.Path ?? string.Empty;
            diagnostics.Add(LadderDiagnostic.Create(LadderRules.InternalError, path, SourceSpan.FileStart, exception.GetType().FullName ?? "Exception", exception.Message));
            return new ValidatedLadders(CodeFramework.Empty, EquatableArray<CodeTrack>.Empty, diagnostics.ToEquatableArray());
        }
    }

    private static CodeFramework ValidateFramework(List<ParsedLadderFile> files, FrameworkDefinition? source, DiagnosticSink sink)
    {
        if (source is null)
        {
            return CodeFramework.Empty;
        }

        foreach (var definition in files.Select(file => file.Framework).OfType<FrameworkDefinition>().Where(definition => !ReferenceEquals(definition, source)))
        {
            sink.Report(LadderRules.DuplicateFramework, new LadderLocation(definition.Path, definition.Id.Span), new[] { new LadderLocation(source.Path, source.Id.Span) },
                source.Id.Value, source.Path);
        }

        var diagnostics = sink.Diagnostics;
        var path = source.Path;
        var competencyNames = new IdentifierScope(ReservedNames.Enum, "the CompetencyId enum", diagnostics);
        var competencies = new List<CodeCompetency>();
        foreach (var competency in source.Competencies)
        {
            var identifier = competencyNames.Claim(competency.Id.Value, Identifiers.ToPascalCase(competency.Id.Value), path, competency.Id.Span);
            var stepNames = new IdentifierScope(ReservedNames.Enum, $"the steps of competency '{competency.Id.Value}'", diagnostics);
            var steps = new List<CodeStep>();
            var firstSteps = new Dictionary<string, StepDefinition>(StringComparer.Ordinal);
            foreach (var step in competency.Steps)
            {
                if (firstSteps.TryGetValue(step.Name.Value, out var firstStep))
                {
                    sink.Report(LadderRules.DuplicateStep, new LadderLocation(path, step.Name.Span), new[] { new LadderLocation(path, firstStep.Name.Span) },
                        competency.Id.Value, step.Name.Value, Identifiers.Number(firstStep.Name.Span.StartLine + 1));
                    continue;
                }

                firstSteps.Add(step.Name.Value, step);
                var stepIdentifier = stepNames.Claim(step.Name.Value, Identifiers.ToPascalCase(step.Name.Value), path, step.Name.Span);
                steps.Add(new CodeStep(step.Name.Value, stepIdentifier ?? stepNames.Fallback(steps.Count + 1), step.Description));
            }

            if (identifier is not null)
            {
                competencies.Add(new CodeCompetency(competency.Id.Value, identifier, competency.Name, competency.Description, steps.ToEquatableArray())
                {
                    FormerIds = Evolution.FormerCodes.Ids(competency.RenamedFrom, id => source.Competencies.Any(current => current.Id.Value == id)),
                });
            }
        }

        var sectionNames = new IdentifierScope(ReservedNames.Enum, "the SectionId enum", diagnostics);
        var sections = new List<CodeSection>();
        foreach (var section in source.Sections)
        {
            if (sectionNames.Claim(section.Id.Value, Identifiers.ToPascalCase(section.Id.Value), path, section.Id.Span) is { } identifier)
            {
                sections.Add(new CodeSection(section.Id.Value, identifier, section.Name, section.Kind, section.Description));
            }
        }

        var ranks = new List<RankDefinition>();
        foreach (var rank in source.Ranks)
        {
            if (ranks.FirstOrDefault(existing => existing.Value.Value == rank.Value.Value) is { } first)
            {
                sink.Report(LadderRules.DuplicateKey, new LadderLocation(path, rank.Value.Span), new[] { new LadderLocation(path, first.Value.Span) },
                    Identifiers.Number(rank.Value.Value), Identifiers.Number(first.Value.Span.StartLine + 1));
                continue;
            }

            ranks.Add(rank);
        }

        return new CodeFramework(
            source.Id.Value,
            source.Name,
            source.Description,
            source.Seniorities.Select(seniority => seniority.Value).Distinct(StringComparer.Ordinal).ToEquatableArray(),
            ranks.OrderBy(rank => rank.Value.Value).ToEquatableArray(),
            competencies.ToEquatableArray(),
            sections.ToEquatableArray());
    }

    /// <summary>
    /// Resolves every level once — its own content checked against the framework, then inheritance and transitions on
    /// one index of all levels — runs the track rules on the resolved levels, and turns them into the emitted model.
    /// </summary>
    private static EquatableArray<CodeTrack> ValidateTracks(List<ParsedLadderFile> files, FrameworkNames names, Parsing.LadderLimits limits, DiagnosticSink sink)
    {
        var trackNames = new IdentifierScope(ReservedNames.Catalog, ReservedNames.Catalog.Description, sink.Diagnostics);
        var hintNames = new HintNames();
        var tracksById = new Dictionary<string, TrackDefinition>(StringComparer.Ordinal);
        var unique = new List<TrackDefinition>();

        foreach (var track in files.Select(file => file.Track).OfType<TrackDefinition>().OrderBy(track => track.Id.Value, StringComparer.Ordinal).ThenBy(track => track.Path, StringComparer.Ordinal))
        {
            if (tracksById.TryGetValue(track.Id.Value, out var first))
            {
                sink.Report(LadderRules.DuplicateTrack, new LadderLocation(track.Path, track.Id.Span), new[] { new LadderLocation(first.Path, first.Id.Span) }, track.Id.Value, first.Path);
                continue;
            }

            tracksById.Add(track.Id.Value, track);
            unique.Add(track);
        }

        var overlays = OverlayIndex.Build(files.Select(file => file.Overlay).OfType<OverlayDefinition>(), unique, sink);
        var builder = new LevelBuilder(names, overlays, sink);
        LevelCodeCandidates? candidates = null;
        NameIndex<ResolvedLevel>? index = null;
        index = new NameIndex<ResolvedLevel>(Enumerable.Empty<(string, ResolvedLevel)>(), StringComparer.OrdinalIgnoreCase,
            (unknown, exclude, accept) => (candidates ??= new LevelCodeCandidates(index!.Values.Select(level => level.Code))).Suggest(unknown, exclude, accept),
            sink.Unreadable.MightHoldLevel);
        var trackLevels = new List<(TrackDefinition Track, string? Identifier, List<ResolvedLevel> Levels)>();
        foreach (var track in unique)
        {
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

            var identifier = trackNames.Claim(track.Id.Value, Identifiers.ToPascalCase(track.Id.Value), track.Path, track.Id.Span);
            var levelNames = new IdentifierScope(ReservedNames.TrackClass, $"the class of track '{track.Id.Value}'", sink.Diagnostics, identifier + "Track");
            var levels = new List<ResolvedLevel>();
            foreach (var level in track.Levels)
            {
                if (index.TryGet(level.Code.Value, out var owner))
                {
                    sink.Report(LadderRules.DuplicateLevelCode, new LadderLocation(track.Path, level.Code.Span), new[] { new LadderLocation(owner.Path, owner.Definition.Code.Span) },
                        level.Code.Value, owner.Track.Id.Value);
                    continue;
                }

                var levelIdentifier = levelNames.Claim(level.Code.Value, Identifiers.Escape(level.Code.Value), track.Path, level.Code.Span);
                var resolved = new ResolvedLevel(track, level, identifier, levelIdentifier);
                builder.Build(resolved);
                index.Add(level.Code.Value, resolved);
                levels.Add(resolved);
            }

            trackLevels.Add((track, identifier, levels));
        }

        Inheritance.Resolve(index, names.Framework, sink, limits.MaxExtendsDepth);
        Transitions.Resolve(index, sink);

        WordingRules.Check(unique, names.Source, sink.Diagnostics);

        var mentions = new TrackMentions(unique);
        var result = new List<CodeTrack>();
        foreach (var (track, identifier, levels) in trackLevels)
        {
            var context = new TrackContext(track, levels, names, unique, mentions, sink);
            LevelTableRules.Check(context);
            TrackIdentityRules.Check(context);
            ProgressionRules.Check(context);
            if (identifier is not null)
            {
                result.Add(new CodeTrack(
                    track.Id.Value,
                    identifier,
                    overlays.Text(track.Id.Value, TextKeys.Name, track.Name),
                    track.Abbreviation.Value,
                    overlays.OptionalText(track.Id.Value, TextKeys.Summary, track.Summary),
                    track.Links,
                    levels.Where(level => level.Identifier is not null).Select(level => level.ToCode()).ToEquatableArray(),
                    overlays.Cultures(track.Id.Value))
                {
                    HintName = hintNames.Allocate(identifier + "Track"),
                    FormerIds = Evolution.FormerCodes.Ids(track.RenamedFrom, tracksById.ContainsKey),
                    FormerCodes = Evolution.FormerCodes.Of(track, code => index.TryGet(code, out _), code => index.TryGet(code, out var level) ? level.Reference() : null),
                });
            }
        }

        return OutputBudget.Check(result, tracksById, limits.MaxOutputLength, sink);
    }
}
