using System;
using System.Collections.Generic;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Naming;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Resolves <c>transitions:</c>, the career paths from a level to levels of any track: unknown targets are CL0043 and
/// targets at a lower rank are CL0044, the level itself or a repeated target CL0062; all are left out of the generated code.
/// </summary>
internal static class Transitions
{
    /// <summary>Resolves the transitions of <paramref name="levels"/> against every level of the model (<paramref name="all"/>).</summary>
    public static void Resolve(IEnumerable<ResolvedLevel> levels, NameIndex<IndexedLevel> all, DiagnosticSink sink)
    {
        foreach (var level in levels)
        {
            if (level.Definition.Transitions.Count > 0)
            {
                level.Transitions = Resolve(level, all, sink);
            }
        }
    }

    private static EquatableArray<CodeLevelReference> Resolve(ResolvedLevel level, NameIndex<IndexedLevel> levels, DiagnosticSink sink)
    {
        var resolved = new List<CodeLevelReference>();
        var firstMention = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var rank = level.Definition.Rank.Value;
        foreach (var transition in level.Definition.Transitions)
        {
            if (!sink.Find(levels, transition.Value, level.Path, transition.Span, LadderRules.TransitionUnknown, new[] { level.Code, transition.Value }, out var target,
                    exclude: level.Code, accept: candidate => candidate.Rank >= rank))
            {
                continue;
            }

            var targetRank = target.Rank;
            if (targetRank < rank)
            {
                sink.Report(LadderRules.TransitionDown, level.Path, transition.Span, level.Code, Identifiers.Number(rank), target.Code, Identifiers.Number(targetRank));
                continue;
            }

            if (string.Equals(target.Code, level.Code, StringComparison.Ordinal))
            {
                sink.Report(LadderRules.TransitionRedundant, level.Path, transition.Span, level.Code, transition.Value, "although it is the level itself");
                continue;
            }

            if (firstMention.TryGetValue(target.Code, out var first))
            {
                sink.Report(LadderRules.TransitionRedundant, new LadderLocation(level.Path, transition.Span), new[] { new LadderLocation(level.Path, first) },
                    level.Code, transition.Value, "a second time (first at line " + Identifiers.Number(first.StartLine + 1) + ")");
                continue;
            }

            firstMention.Add(target.Code, transition.Span);
            if (target.Reference() is not { } reference)
            {
                continue;
            }

            resolved.Add(reference);
        }

        return resolved.ToEquatableArray();
    }
}
