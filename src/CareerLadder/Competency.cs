using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace CareerLadder;

/// <summary>A competency of the ladder's framework with its ordered steps, for example Technology.</summary>
public sealed partial class Competency
{
    private readonly Step[] _steps;

    /// <summary>Creates a competency and binds its steps to it.</summary>
    /// <param name="id">The competency's identifier in the ladder files, for example <c>technology</c>.</param>
    /// <param name="index">The 0-based position of the competency in the framework.</param>
    /// <param name="name">The competency's display name.</param>
    /// <param name="description">What the competency covers, when the ladder says it.</param>
    /// <param name="steps">The steps from lowest to highest; their values must be 1, 2, 3, ….</param>
    public Competency(string id, int index, LocalizedText name, LocalizedText? description, params Step[] steps)
        : this(id, index, name, description, Array.Empty<string>(), steps)
    {
    }

    /// <summary>Creates a competency that had other ids in earlier versions of the ladders, and binds its steps to it.</summary>
    /// <param name="id">The competency's identifier in the ladder files, for example <c>technology</c>.</param>
    /// <param name="index">The 0-based position of the competency in the framework.</param>
    /// <param name="name">The competency's display name.</param>
    /// <param name="description">What the competency covers, when the ladder says it.</param>
    /// <param name="formerIds">Ids the competency had in earlier versions (<c>renamed-from:</c>); stored ones resolve to it.</param>
    /// <param name="steps">The steps from lowest to highest; their values must be 1, 2, 3, ….</param>
    public Competency(string id, int index, LocalizedText name, LocalizedText? description, string[] formerIds, params Step[] steps)
    {
        FormerIds = new ReadOnlyCollection<string>((string[])(formerIds ?? throw new ArgumentNullException(nameof(formerIds))).Clone());
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "Competency indexes start at 0.");
        }

        Id = id ?? throw new ArgumentNullException(nameof(id));
        Index = index;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Description = description;
        _steps = (Step[])(steps ?? throw new ArgumentNullException(nameof(steps))).Clone();
        for (var i = 0; i < _steps.Length; i++)
        {
            if (_steps[i] is null || _steps[i].Value != i + 1 || _steps[i].Competency is not null)
            {
                throw InvalidStep(id, i, _steps[i]);
            }
        }

        // Bind only once every step is known to be valid, so a failed construction leaves no step half-bound.
        foreach (var step in _steps)
        {
            step.Competency = this;
        }

        Steps = new ReadOnlyCollection<Step>(_steps);
    }

    /// <summary>
    /// Why the step at <paramref name="i"/> is invalid; a method of its own so that the constructor, which every catalog
    /// runs on its first use, compiles less.
    /// </summary>
    private static ArgumentException InvalidStep(string id, int i, Step? step) =>
        step is null ? new ArgumentException($"Step {i + 1} of competency '{id}' is null.", "steps")
        : step.Value != i + 1 ? new ArgumentException($"Step '{step.Id}' has value {step.Value}; expected {i + 1}.", "steps")
        : new ArgumentException($"Step '{step.Id}' already belongs to competency '{step.Competency.Id}'.", "steps");

    /// <summary>The competency's identifier in the ladder files.</summary>
    public string Id { get; }

    /// <summary>The 0-based position of the competency in the framework.</summary>
    public int Index { get; }

    /// <summary>Ids the competency had in earlier versions of the ladders (<c>renamed-from:</c>); lookups of a stored one find it.</summary>
    public IReadOnlyList<string> FormerIds { get; }

    /// <summary>The competency's display name.</summary>
    public LocalizedText Name { get; }

    /// <summary>What the competency covers, when the ladder says it.</summary>
    public LocalizedText? Description { get; }

    /// <summary>The steps from lowest to highest.</summary>
    public IReadOnlyList<Step> Steps { get; }

    /// <summary>Returns the step with the given 1-based value.</summary>
    /// <param name="value">The step's value, from 1 to the number of steps.</param>
    public Step GetStep(int value)
    {
        if (value < 1 || value > _steps.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Competency '{Id}' has steps 1 to {_steps.Length}.");
        }

        return _steps[value - 1];
    }

    /// <summary>Finds a step by its identifier, ignoring case.</summary>
    /// <param name="id">The step identifier, for example <c>Specializes</c>.</param>
    /// <param name="step">The step, when found.</param>
    public bool TryGetStep(string id, [NotNullWhen(true)] out Step? step)
    {
        foreach (var candidate in _steps)
        {
            if (string.Equals(candidate.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                step = candidate;
                return true;
            }
        }

        step = null;
        return false;
    }

    /// <summary>Returns the competency's name in the current UI culture.</summary>
    public override string ToString() => Name.ToString();
}
