using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Parsing;

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
    private readonly Dictionary<string, int> _depth = new(StringComparer.OrdinalIgnoreCase);
    private readonly int _maxDepth;
    private LevelCodeCandidates? _candidates;

    private Inheritance(
        IEnumerable<CodeTrack> tracks,
        Dictionary<string, (TrackDefinition Track, LevelDefinition Level)> definitions,
        Dictionary<string, HashSet<int>> appended,
        CodeFramework framework,
        List<LadderDiagnostic> diagnostics,
        int maxDepth)
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
        _maxDepth = maxDepth;
    }

    /// <summary>Resolves every level's inheritance; chains longer than <paramref name="maxDepth"/> are CL0042.</summary>
    public static List<CodeTrack> Resolve(
        List<CodeTrack> tracks,
        Dictionary<string, (TrackDefinition Track, LevelDefinition Level)> definitions,
        Dictionary<string, HashSet<int>> appended,
        CodeFramework framework,
        List<LadderDiagnostic> diagnostics,
        int maxDepth)
    {
        var inheritance = new Inheritance(tracks, definitions, appended, framework, diagnostics, maxDepth);
        return tracks
            .Select(track => track with { Levels = track.Levels.Select(level => inheritance.ResolveLevel(level.Code)).ToEquatableArray() })
            .ToList();
    }

    /// <summary>
    /// Resolves a level without recursion: walks up its <c>extends:</c> chain to a level already resolved (or one that
    /// extends nothing, an unknown level, or a cycle), then resolves the chain from the top down. A chain of any length
    /// costs one pass and no stack.
    /// </summary>
    private CodeLevel ResolveLevel(string code)
    {
        if (_resolved.TryGetValue(code, out var done))
        {
            return done;
        }

        var chain = new List<string>();
        var onChain = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var current = code; current is not null && !_resolved.ContainsKey(current);)
        {
            chain.Add(current);
            onChain.Add(current);
            current = ParentToFollow(current, chain, onChain);
        }

        for (var index = chain.Count - 1; index >= 0; index--)
        {
            Resolve(chain[index]);
        }

        return _resolved[code];
    }

    /// <summary>The parent to resolve before <paramref name="code"/>, or null when it extends nothing to resolve first (reporting why).</summary>
    private string? ParentToFollow(string code, List<string> chain, HashSet<string> onChain)
    {
        var definition = _definitions[code];
        if (definition.Level.Extends is not { } extends)
        {
            return null;
        }

        if (!_levels.TryGetValue(extends.Value, out var parentEntry))
        {
            _diagnostics.Add(LadderDiagnostic.Create(LadderRules.ExtendsUnknown, definition.Track.Path, extends.Span, code, extends.Value,
                Suggestions.DidYouMean(extends.Value, (_candidates ??= new LevelCodeCandidates(_levels.Keys)).For(extends.Value))));
            _resolved[code] = _levels[code].Level;
            _depth[code] = 0;
            return null;
        }

        var parentCode = parentEntry.Level.Code;
        if (onChain.Contains(parentCode))
        {
            // chain runs from the first level resolved down to this one, each extending the next: the cycle is its tail.
            var start = chain.FindIndex(item => string.Equals(item, parentCode, StringComparison.OrdinalIgnoreCase));
            var cycle = chain.Skip(start).Concat(new[] { parentCode });
            _diagnostics.Add(LadderDiagnostic.Create(LadderRules.ExtendsCycle, definition.Track.Path, extends.Span, code, string.Join(" → ", cycle)));
            _resolved[code] = _levels[code].Level;
            _depth[code] = 0;
            return null;
        }

        return parentCode;
    }

    /// <summary>Merges a level whose parent (if any) is resolved already.</summary>
    private void Resolve(string code)
    {
        if (_resolved.ContainsKey(code))
        {
            return;
        }

        var level = _levels[code].Level;
        var definition = _definitions[code];
        if (definition.Level.Extends is not { } extends)
        {
            _resolved[code] = level;
            _depth[code] = 0;
            return;
        }

        var parentEntry = _levels[extends.Value];
        var parent = _resolved[parentEntry.Level.Code];
        var depth = _depth[parentEntry.Level.Code] + 1;
        if (depth > _maxDepth)
        {
            // Reported once, at the level that goes one step too far; the levels below it are cut off with it.
            if (depth == _maxDepth + 1)
            {
                _diagnostics.Add(LadderDiagnostic.Create(LadderRules.LimitExceeded, definition.Track.Path, extends.Span,
                    "The extends: chain from level '" + code + "' up to the level it finally builds on",
                    Identifiers.Number(_maxDepth) + " levels", LadderLimits.MaxExtendsDepthProperty));
            }

            _resolved[code] = level;
            _depth[code] = depth;
            return;
        }

        _resolved[code] = level with
        {
            Expectations = MergeExpectations(level, parent, definition),
            Sections = MergeSections(level, parent),
            Extends = new CodeLevelReference(parent.Code, parentEntry.Track.Identifier, parent.Identifier),
        };
        _depth[code] = depth;
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
