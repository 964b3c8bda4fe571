using System;

namespace CareerLadder;

/// <summary>One ordered step of a competency, for example <c>Specializes</c> of <c>Technology</c>.</summary>
public sealed partial class Step : IComparable<Step>
{
    /// <summary>Creates a step.</summary>
    /// <param name="id">The step's identifier as written in the ladder, for example <c>Multiple Teams</c>.</param>
    /// <param name="name">The step's display name.</param>
    /// <param name="value">The 1-based position of the step in its competency: the lowest step is 1.</param>
    /// <param name="description">What the step means, when the ladder says it.</param>
    public Step(string id, LocalizedText name, int value, LocalizedText? description = null)
    {
        if (value < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Step values start at 1.");
        }

        Id = id ?? throw new ArgumentNullException(nameof(id));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Value = value;
        Description = description;
    }

    /// <summary>The step's identifier as written in the ladder.</summary>
    public string Id { get; }

    /// <summary>The step's display name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The 1-based position of the step in its competency; higher is more senior.</summary>
    public int Value { get; }

    /// <summary>What the step means, when the ladder says it.</summary>
    public LocalizedText? Description { get; }

    /// <summary>The competency this step belongs to; set when the step is passed to a <see cref="CareerLadder.Competency"/>.</summary>
    public Competency Competency { get; internal set; } = null!;

    /// <summary>Compares steps by <see cref="Value"/>.</summary>
    /// <param name="other">The step to compare with.</param>
    public int CompareTo(Step? other) => other is null ? 1 : Value.CompareTo(other.Value);

    /// <summary>Returns the step's name in the current UI culture.</summary>
    public override string ToString() => Name.ToString();
}
