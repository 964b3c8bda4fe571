using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Resolves <c>extends:</c>: a level inherits the expectations and sections of the level it extends (of any track),
/// overrides what it states itself and appends to inherited lists with <c>+section:</c>.
/// </summary>
internal sealed class Inheritance
{
    private readonly Dictionary<string, (CodeTrack Track, CodeLevel Level)> _levels = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (TrackDefinition Track, LevelDefinition Level)> _definitions;
    private readonly Dictionary<string, HashSet<int>> _appended;
    private readonly CodeFramework _framework;
    private readonly List<LadderDiagnostic> _diagnostics;
    private readonly Dictionary<string, CodeLevel> _resolved = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _visiting = new();

    private Inheritance(
        IEnumerable<CodeTrack> tracks,
        Dictionary<string, (TrackDefinition Track, LevelDefinition Level)> definitions,
        Dictionary<string, HashSet<int>> appended,
        CodeFramework framework,
        List<LadderDiagnostic> diagnostics)
    {
        foreach (var track in tracks)
        {
            foreach (var level in track.Levels)
            {
                _levels[level.Code] = (track, level);
            }
        }

        _definitions = definitions;
        _appended = appended;
        _framework = framework;
        _diagnostics = diagnostics;
    }

    public static List<CodeTrack> Resolve(
        List<CodeTrack> tracks,
        Dictionary<string, (TrackDefinition Track, LevelDefinition Level)> definitions,
        Dictionary<string, HashSet<int>> appended,
        CodeFramework framework,
        List<LadderDiagnostic> diagnostics)
    {
        var inheritance = new Inheritance(tracks, definitions, appended, framework, diagnostics);
        return tracks
            .Select(track => track with { Levels = track.Levels.Select(level => inheritance.ResolveLevel(level.Code)).ToEquatableArray() })
            .ToList();
    }

    private CodeLevel ResolveLevel(string code)
    {
        if (_resolved.TryGetValue(code, out var done))
        {
            return done;
        }

        var level = _levels[code].Level;
        var definition = _definitions[code];
        if (definition.Level.Extends is not { } extends)
        {
            return _resolved[code] = level;
        }

        if (!_levels.TryGetValue(extends.Value, out var parentEntry))
        {
            _diagnostics.Add(LadderDiagnostic.Create(LadderRules.ExtendsUnknown, definition.Track.Path, extends.Span, code, extends.Value,
                Suggestions.DidYouMean(extends.Value, _levels.Keys)));
            return _resolved[code] = level;
        }

        var parentCode = parentEntry.Level.Code;
        if (_visiting.Contains(parentCode, StringComparer.OrdinalIgnoreCase))
        {
            var cycle = _visiting.Skip(_visiting.FindIndex(item => string.Equals(item, parentCode, StringComparison.OrdinalIgnoreCase))).Concat(new[] { code, parentCode });
            _diagnostics.Add(LadderDiagnostic.Create(LadderRules.ExtendsCycle, definition.Track.Path, extends.Span, code, string.Join(" → ", cycle)));
            return level;
        }

        _visiting.Add(code);
        var parent = ResolveLevel(parentCode);
        _visiting.RemoveAt(_visiting.Count - 1);
        if (_resolved.TryGetValue(code, out var resolvedInCycle))
        {
            return resolvedInCycle;
        }

        var merged = level with
        {
            Expectations = MergeExpectations(level, parent, definition),
            Sections = MergeSections(level, parent),
            Extends = new CodeLevelReference(parent.Code, parentEntry.Track.Identifier, parent.Identifier),
        };
        return _resolved[code] = merged;
    }

    private EquatableArray<CodeExpectation> MergeExpectations(CodeLevel level, CodeLevel parent, (TrackDefinition Track, LevelDefinition Level) definition)
    {
        var byCompetency = new SortedDictionary<int, CodeExpectation>();
        foreach (var inherited in parent.Expectations)
        {
            byCompetency[inherited.CompetencyIndex] = inherited with { InheritedFrom = inherited.InheritedFrom ?? parent.Code };
        }

        foreach (var own in level.Expectations)
        {
            if (byCompetency.TryGetValue(own.CompetencyIndex, out var inherited) && own.StepValue < inherited.StepValue)
            {
                var competency = _framework.Competencies[own.CompetencyIndex];
                var written = definition.Level.Expectations.FirstOrDefault(expectation => expectation.Competency.Value == competency.Id);
                _diagnostics.Add(LadderDiagnostic.Create(LadderRules.InheritedStepLowered, definition.Track.Path, written?.Step.Span ?? definition.Level.Code.Span,
                    level.Code, competency.Steps[own.StepValue - 1].Name, competency.Name, competency.Steps[inherited.StepValue - 1].Name, inherited.InheritedFrom ?? parent.Code));
            }

            byCompetency[own.CompetencyIndex] = own;
        }

        return byCompetency.Values.ToEquatableArray();
    }

    private EquatableArray<CodeSectionValue> MergeSections(CodeLevel level, CodeLevel parent)
    {
        var sections = parent.Sections.Select(inherited => inherited with { InheritedFrom = inherited.InheritedFrom ?? parent.Code }).ToList();
        var appended = _appended.TryGetValue(level.Code, out var set) ? set : new HashSet<int>();
        foreach (var own in level.Sections)
        {
            var index = sections.FindIndex(section => section.SectionIndex == own.SectionIndex);
            if (index < 0)
            {
                sections.Add(own);
            }
            else if (appended.Contains(own.SectionIndex))
            {
                sections[index] = own with { Items = sections[index].Items.Concat(own.Items).ToEquatableArray() };
            }
            else
            {
                sections[index] = own;
            }
        }

        return sections.ToEquatableArray();
    }
}
