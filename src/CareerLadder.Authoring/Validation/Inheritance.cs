using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Naming;
using CareerLadder.Authoring.Parsing;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Resolves <c>extends:</c>: a level inherits the expectations and sections of the level it extends (of any track),
/// overrides what it states itself and appends to inherited lists with <c>+section:</c>. Each level is merged once, in
/// place, after the level it extends.
/// </summary>
internal sealed class Inheritance
{
    private readonly NameIndex<ResolvedLevel> _levels;
    private readonly CodeFramework _framework;
    private readonly DiagnosticSink _sink;
    private readonly int _maxDepth;

    private Inheritance(NameIndex<ResolvedLevel> levels, CodeFramework framework, DiagnosticSink sink, int maxDepth)
    {
        _levels = levels;
        _framework = framework;
        _sink = sink;
        _maxDepth = maxDepth;
    }

    /// <summary>Resolves every level's inheritance; chains longer than <paramref name="maxDepth"/> are CL0042.</summary>
    /// <param name="levels">The levels, in validation order.</param>
    /// <param name="framework">The framework.</param>
    /// <param name="sink">Where problems are reported.</param>
    /// <param name="maxDepth">The longest chain merged.</param>
    /// <param name="trackOrder">The position of a level's track in validation order (where skipped references are listed).</param>
    public static void Resolve(NameIndex<ResolvedLevel> levels, CodeFramework framework, DiagnosticSink sink, int maxDepth, Func<ResolvedLevel, int> trackOrder)
    {
        var inheritance = new Inheritance(levels, framework, sink, maxDepth);
        foreach (var level in levels.Values)
        {
            sink.Unreadable.Stage = (ValidationPass.Inheritance, trackOrder(level));
            inheritance.ResolveChain(level);
        }
    }

    /// <summary>
    /// Resolves a level without recursion: walks up its <c>extends:</c> chain to a level already resolved (or one that
    /// extends nothing, an unknown level, or a cycle), then merges the chain from the top down. A chain of any length
    /// costs one pass and no stack.
    /// </summary>
    private void ResolveChain(ResolvedLevel level)
    {
        var chain = new List<ResolvedLevel>();
        var onChain = new HashSet<ResolvedLevel>();
        for (var current = level; current is not null && !current.IsResolved;)
        {
            chain.Add(current);
            onChain.Add(current);
            current = ParentToFollow(current, chain, onChain);
        }

        for (var index = chain.Count - 1; index >= 0; index--)
        {
            Merge(chain[index]);
        }
    }

    /// <summary>The parent to resolve before <paramref name="level"/>, or null when it extends nothing to resolve first (reporting why).</summary>
    private ResolvedLevel? ParentToFollow(ResolvedLevel level, List<ResolvedLevel> chain, HashSet<ResolvedLevel> onChain)
    {
        if (level.Definition.Extends is not { } extends)
        {
            return null;
        }

        if (!_sink.Find(_levels, extends.Value, level.Path, extends.Span, LadderRules.ExtendsUnknown, new[] { level.Code, extends.Value }, out var parent, exclude: level.Code))
        {
            level.IsResolved = true;
            return null;
        }

        if (onChain.Contains(parent))
        {
            // chain runs from the first level resolved down to this one, each extending the next: the cycle is its tail.
            var start = chain.IndexOf(parent);
            var cycle = chain.Skip(start).Select(item => item.Code).Concat(new[] { parent.Code });
            _sink.Report(LadderRules.ExtendsCycle, level.Path, extends.Span, level.Code, string.Join(" → ", cycle));

            // The levels of the cycle inherit nothing: inheriting around it would report the cycle again as
            // contradictions between its levels.
            for (var index = start; index < chain.Count; index++)
            {
                chain[index].IsResolved = true;
            }

            return null;
        }

        return parent;
    }

    /// <summary>Merges a level whose parent (if any) is resolved already.</summary>
    private void Merge(ResolvedLevel level)
    {
        if (level.IsResolved)
        {
            return;
        }

        level.IsResolved = true;
        if (level.Definition.Extends is not { } extends || !_levels.TryGet(extends.Value, out var parent))
        {
            return;
        }

        level.Depth = parent.Depth + 1;
        if (level.Depth > _maxDepth)
        {
            // Reported once, at the level that goes one step too far; the levels below it are cut off with it.
            if (level.Depth == _maxDepth + 1)
            {
                _sink.Report(LadderRules.LimitExceeded, level.Path, extends.Span,
                    "The extends: chain from level '" + level.Code + "' up to the level it finally builds on",
                    Identifiers.Number(_maxDepth) + " levels", LadderLimits.MaxExtendsDepthProperty);
            }

            return;
        }

        level.Parent = parent;
        level.Expectations = MergeExpectations(level, parent);
        level.Sections = MergeSections(level, parent);
    }

    private List<ResolvedExpectation> MergeExpectations(ResolvedLevel level, ResolvedLevel parent)
    {
        var byCompetency = new SortedDictionary<int, ResolvedExpectation>();
        foreach (var inherited in parent.Expectations)
        {
            byCompetency[inherited.Code.CompetencyIndex] = inherited;
        }

        foreach (var own in level.OwnExpectations)
        {
            if (byCompetency.TryGetValue(own.Code.CompetencyIndex, out var inherited) && own.Code.StepValue < inherited.Code.StepValue)
            {
                var competency = _framework.Competencies[own.Code.CompetencyIndex];
                level.LoweredInheritedSteps.Add(own.Code.CompetencyIndex);
                _sink.Report(LadderRules.InheritedStepLowered, new LadderLocation(level.Path, own.Written.Step.Span), new[] { inherited.StepLocation },
                    level.Code, competency.Steps[own.Code.StepValue - 1].Name, competency.Name, competency.Steps[inherited.Code.StepValue - 1].Name, inherited.Owner.Code);
            }

            byCompetency[own.Code.CompetencyIndex] = own;
        }

        return byCompetency.Values.ToList();
    }

    private static List<ResolvedSection> MergeSections(ResolvedLevel level, ResolvedLevel parent)
    {
        var sections = parent.Sections.ToList();
        foreach (var own in level.OwnSections)
        {
            var index = sections.FindIndex(section => section.Code.SectionIndex == own.Code.SectionIndex);
            if (index < 0)
            {
                sections.Add(own);
            }
            else if (own.Append)
            {
                sections[index] = own with { Code = own.Code with { Items = sections[index].Code.Items.Concat(own.Code.Items).ToEquatableArray() } };
            }
            else
            {
                sections[index] = own;
            }
        }

        return sections;
    }
}
