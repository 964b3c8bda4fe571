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
            var framework = ValidateFramework(ordered, diagnostics, out var source);
            var tracks = ValidateTracks(ordered, framework, source, limits, diagnostics);
            return new ValidatedLadders(framework, tracks, diagnostics.ToEquatableArray());
        }
        catch (Exception exception)
        {
            var path = ordered.FirstOrDefault()?.Path ?? string.Empty;
            diagnostics.Add(LadderDiagnostic.Create(LadderRules.InternalError, path, SourceSpan.FileStart, exception.GetType().FullName ?? "Exception", exception.Message));
            return new ValidatedLadders(CodeFramework.Empty, EquatableArray<CodeTrack>.Empty, diagnostics.ToEquatableArray());
        }
    }

    private static CodeFramework ValidateFramework(List<ParsedLadderFile> files, List<LadderDiagnostic> diagnostics, out FrameworkDefinition? source)
    {
        source = null;
        foreach (var definition in files.Select(file => file.Framework).OfType<FrameworkDefinition>())
        {
            if (source is null)
            {
                source = definition;
            }
            else
            {
                diagnostics.Add(LadderDiagnostic
                    .Create(LadderRules.DuplicateFramework, definition.Path, definition.Id.Span, source.Id.Value, source.Path)
                    .WithAdditionalLocation(new LadderLocation(source.Path, source.Id.Span)));
            }
        }

        if (source is null)
        {
            return CodeFramework.Empty;
        }

        var path = source.Path;
        var competencyNames = new IdentifierScope(ReservedNames.Enum, "the CompetencyId enum", diagnostics);
        var competencies = new List<CodeCompetency>();
        foreach (var competency in source.Competencies)
        {
            var identifier = competencyNames.Claim(competency.Id.Value, Identifiers.ToPascalCase(competency.Id.Value), path, competency.Id.Span);
            var stepNames = new IdentifierScope(ReservedNames.Enum, $"the steps of competency '{competency.Id.Value}'", diagnostics);
            var steps = new List<CodeStep>();
            foreach (var step in competency.Steps)
            {
                var stepIdentifier = stepNames.Claim(step.Name.Value, Identifiers.ToPascalCase(step.Name.Value), path, step.Name.Span);
                steps.Add(new CodeStep(step.Name.Value, stepIdentifier ?? stepNames.Fallback(steps.Count + 1), step.Description));
            }

            if (identifier is not null)
            {
                competencies.Add(new CodeCompetency(competency.Id.Value, identifier, competency.Name, competency.Description, steps.ToEquatableArray()));
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
                diagnostics.Add(LadderDiagnostic
                    .Create(LadderRules.DuplicateKey, path, rank.Value.Span, Identifiers.Number(rank.Value.Value), Identifiers.Number(first.Value.Span.StartLine + 1))
                    .WithAdditionalLocation(new LadderLocation(path, first.Value.Span)));
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

    private static EquatableArray<CodeTrack> ValidateTracks(
        List<ParsedLadderFile> files, CodeFramework framework, FrameworkDefinition? frameworkSource, Parsing.LadderLimits limits, List<LadderDiagnostic> diagnostics)
    {
        var trackNames = new IdentifierScope(ReservedNames.Catalog, ReservedNames.Catalog.Description, diagnostics);
        var hintNames = new HintNames();
        var tracksById = new Dictionary<string, TrackDefinition>(StringComparer.Ordinal);
        var levelsByCode = new Dictionary<string, (TrackDefinition Track, LevelDefinition Level)>(StringComparer.OrdinalIgnoreCase);
        var result = new List<CodeTrack>();
        var unique = new List<TrackDefinition>();

        foreach (var track in files.Select(file => file.Track).OfType<TrackDefinition>().OrderBy(track => track.Id.Value, StringComparer.Ordinal).ThenBy(track => track.Path, StringComparer.Ordinal))
        {
            if (tracksById.TryGetValue(track.Id.Value, out var first))
            {
                diagnostics.Add(LadderDiagnostic
                    .Create(LadderRules.DuplicateTrack, track.Path, track.Id.Span, track.Id.Value, first.Path)
                    .WithAdditionalLocation(new LadderLocation(first.Path, first.Id.Span)));
                continue;
            }

            tracksById.Add(track.Id.Value, track);
            unique.Add(track);
        }

        var mentions = new TrackMentions(unique);
        foreach (var track in unique)
        {
            var context = new TrackContext(track, frameworkSource, unique, mentions, diagnostics);
            LevelTableRules.Check(context);
            TrackIdentityRules.Check(context);
            ProgressionRules.Check(context);
        }

        WordingRules.Check(unique, frameworkSource, diagnostics);

        var overlays = OverlayIndex.Build(files.Select(file => file.Overlay).OfType<OverlayDefinition>(), unique, diagnostics);
        var appended = new Dictionary<string, HashSet<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var track in unique)
        {
            if (frameworkSource is null && track.Levels.Any(level => level.Expectations.Count > 0 || level.Sections.Count > 0))
            {
                diagnostics.Add(LadderDiagnostic.Create(LadderRules.MissingFramework, track.Path, track.Id.Span, track.Id.Value));
            }

            var identifier = trackNames.Claim(track.Id.Value, Identifiers.ToPascalCase(track.Id.Value), track.Path, track.Id.Span);
            var levelNames = new IdentifierScope(ReservedNames.TrackClass, $"the class of track '{track.Id.Value}'", diagnostics, identifier + "Track");
            var levels = new List<CodeLevel>();
            foreach (var level in track.Levels)
            {
                if (levelsByCode.TryGetValue(level.Code.Value, out var owner))
                {
                    diagnostics.Add(LadderDiagnostic
                        .Create(LadderRules.DuplicateLevelCode, track.Path, level.Code.Span, level.Code.Value, owner.Track.Id.Value)
                        .WithAdditionalLocation(new LadderLocation(owner.Track.Path, owner.Level.Code.Span)));
                    continue;
                }

                levelsByCode.Add(level.Code.Value, (track, level));
                var levelIdentifier = levelNames.Claim(level.Code.Value, Identifiers.Escape(level.Code.Value), track.Path, level.Code.Span);
                var validated = new LevelBuilder(track, framework, frameworkSource, overlays, diagnostics).Build(level, out var appendedSections);
                appended[level.Code.Value] = appendedSections;
                if (levelIdentifier is not null)
                {
                    levels.Add(validated with { Identifier = levelIdentifier });
                }
            }

            if (identifier is not null)
            {
                result.Add(new CodeTrack(
                    track.Id.Value,
                    identifier,
                    overlays.Text(track.Id.Value, TextKeys.Name, track.Name),
                    track.Abbreviation.Value,
                    overlays.OptionalText(track.Id.Value, TextKeys.Summary, track.Summary),
                    track.Links,
                    levels.ToEquatableArray(),
                    overlays.Cultures(track.Id.Value)) { HintName = hintNames.Allocate(identifier + "Track") });
            }
        }

        var definitions = levelsByCode.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
        var inherited = Inheritance.Resolve(result, definitions, appended, framework, diagnostics, limits.MaxExtendsDepth);
        return OutputBudget.Check(Transitions.Resolve(inherited, definitions, diagnostics), tracksById, limits.MaxOutputLength, diagnostics);
    }

    internal static int IndexOf<T>(EquatableArray<T> items, Func<T, bool> predicate)
        where T : IEquatable<T>
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (predicate(items[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
