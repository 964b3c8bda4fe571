using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Naming;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Builds the <see cref="LadderIndex"/>: validates the framework and decides, across all files, which track owns each
/// id and level code and what C# names they get (reporting duplicates and clashes), and checks the overlays against
/// their tracks. One pass over the ids and codes of every file; no level content is read except by overlays.
/// </summary>
internal static class LadderIndexBuilder
{
    public static LadderIndex Build(IReadOnlyList<ParsedLadderFile> ordered)
    {
        var diagnostics = new List<LadderDiagnostic>();
        // The first framework file is the framework; others are CL0014.
        var source = ordered.Select(file => file.Framework).OfType<FrameworkDefinition>().FirstOrDefault();
        var unreadableFiles = Unreadable.Facts(ordered, source);
        var unreadable = new Unreadable(unreadableFiles, source);
        var sink = new DiagnosticSink(diagnostics, unreadable);
        var framework = ValidateFramework(ordered, source, sink);

        var tracksById = new Dictionary<string, TrackDefinition>(StringComparer.Ordinal);
        var unique = new List<TrackDefinition>();
        foreach (var track in ordered.Select(file => file.Track).OfType<TrackDefinition>().OrderBy(track => track.Id.Value, StringComparer.Ordinal).ThenBy(track => track.Path, StringComparer.Ordinal))
        {
            if (tracksById.TryGetValue(track.Id.Value, out var first))
            {
                sink.Report(LadderRules.DuplicateTrack, new LadderLocation(track.Path, track.Id.Span), new[] { new LadderLocation(first.Path, first.Id.Span) }, track.Id.Value, first.Path);
                continue;
            }

            tracksById.Add(track.Id.Value, track);
            unique.Add(track);
        }

        unreadable.Stage = (ValidationPass.Overlays, 0);
        OverlayIndex.Build(ordered.Select(file => file.Overlay).OfType<OverlayDefinition>(), unique, sink);

        var trackNames = new IdentifierScope(ReservedNames.Catalog, ReservedNames.Catalog.Description, sink.Diagnostics);
        var hintNames = new HintNames();
        var owners = new Dictionary<string, (TrackDefinition Track, LevelDefinition Level)>(StringComparer.OrdinalIgnoreCase);
        var tracks = new List<IndexedTrack>();
        foreach (var track in unique)
        {
            var identifier = trackNames.Claim(track.Id.Value, Identifiers.ToPascalCase(track.Id.Value), track.Path, track.Id.Span);
            var levelNames = new IdentifierScope(ReservedNames.TrackClass, $"the class of track '{track.Id.Value}'", sink.Diagnostics, CodeNames.TrackClass(identifier));
            var levels = new List<IndexedLevel>();
            for (var position = 0; position < track.Levels.Count; position++)
            {
                var level = track.Levels[position];
                if (owners.TryGetValue(level.Code.Value, out var owner))
                {
                    sink.Report(LadderRules.DuplicateLevelCode, new LadderLocation(track.Path, level.Code.Span), new[] { new LadderLocation(owner.Track.Path, owner.Level.Code.Span) },
                        level.Code.Value, owner.Track.Id.Value);
                    continue;
                }

                owners.Add(level.Code.Value, (track, level));
                var levelIdentifier = levelNames.Claim(level.Code.Value, Identifiers.Escape(level.Code.Value), track.Path, level.Code.Span);
                levels.Add(new IndexedLevel(level.Code.Value, position, level.Rank.Value, identifier, levelIdentifier));
            }

            tracks.Add(new IndexedTrack(track.Id.Value, track.Path, identifier, identifier is null ? null : hintNames.Allocate(CodeNames.TrackClass(identifier)), track.Name,
                track.Abbreviation.Value, levels.ToEquatableArray()));
        }

        return new LadderIndex(framework, source, tracks.ToEquatableArray(), unreadableFiles, diagnostics.ToEquatableArray(), unreadable.Skipped.ToEquatableArray());
    }

    private static CodeFramework ValidateFramework(IReadOnlyList<ParsedLadderFile> files, FrameworkDefinition? source, DiagnosticSink sink)
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
        var competencyNames = new IdentifierScope(ReservedNames.Competency, ReservedNames.Competency.Description, diagnostics);
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
                        $"Competency '{competency.Id.Value}'", $"the step '{step.Name.Value}'", Identifiers.Number(firstStep.Name.Span.StartLine + 1));
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
}
