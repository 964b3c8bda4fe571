using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Resolves <c>transitions:</c>, the career paths from a level to levels of any track: unknown targets are CL0043 and
/// targets at a lower rank are CL0044; both are left out of the generated code.
/// </summary>
internal static class Transitions
{
    public static List<CodeTrack> Resolve(
        List<CodeTrack> tracks,
        Dictionary<string, (TrackDefinition Track, LevelDefinition Level)> definitions,
        List<LadderDiagnostic> diagnostics)
    {
        var levels = new Dictionary<string, (CodeTrack Track, CodeLevel Level)>(StringComparer.OrdinalIgnoreCase);
        foreach (var track in tracks)
        {
            foreach (var level in track.Levels)
            {
                levels[level.Code] = (track, level);
            }
        }

        var candidates = new LevelCodeCandidates(levels.Keys);
        return tracks
            .Select(track => track with { Levels = track.Levels.Select(level => Resolve(level, levels, candidates, definitions, diagnostics)).ToEquatableArray() })
            .ToList();
    }

    private static CodeLevel Resolve(
        CodeLevel level,
        Dictionary<string, (CodeTrack Track, CodeLevel Level)> levels,
        LevelCodeCandidates candidates,
        Dictionary<string, (TrackDefinition Track, LevelDefinition Level)> definitions,
        List<LadderDiagnostic> diagnostics)
    {
        if (!definitions.TryGetValue(level.Code, out var definition) || definition.Level.Transitions.Count == 0)
        {
            return level;
        }

        var resolved = new List<CodeLevelReference>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var transition in definition.Level.Transitions)
        {
            if (!levels.TryGetValue(transition.Value, out var target))
            {
                diagnostics.Add(LadderDiagnostic.Create(LadderRules.TransitionUnknown, definition.Track.Path, transition.Span, level.Code, transition.Value,
                    Suggestions.DidYouMean(transition.Value, candidates.For(transition.Value))));
                continue;
            }

            if (target.Level.Rank < level.Rank)
            {
                diagnostics.Add(LadderDiagnostic.Create(LadderRules.TransitionDown, definition.Track.Path, transition.Span, level.Code, Identifiers.Number(level.Rank),
                    target.Level.Code, Identifiers.Number(target.Level.Rank)));
                continue;
            }

            if (string.Equals(target.Level.Code, level.Code, StringComparison.Ordinal) || !seen.Add(target.Level.Code))
            {
                continue;
            }

            resolved.Add(new CodeLevelReference(target.Level.Code, target.Track.Identifier, target.Level.Identifier));
        }

        return level with { Transitions = resolved.ToEquatableArray() };
    }
}
