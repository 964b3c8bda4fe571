using System;

namespace CareerLadder;

/// <summary>What a level expects on one competency: the step reached and the ladder's own sentence.</summary>
public sealed class Expectation
{
    /// <summary>Creates an expectation.</summary>
    /// <param name="step">The step reached; its competency is the expectation's competency.</param>
    /// <param name="text">The ladder's sentence for this level and competency, when it has one.</param>
    /// <param name="inheritedFrom">The code of the level this expectation is inherited from, or null when the level states it.</param>
    public Expectation(Step step, LocalizedText? text = null, string? inheritedFrom = null)
    {
        Step = step ?? throw new ArgumentNullException(nameof(step));
        Text = text;
        InheritedFrom = inheritedFrom;
    }

    /// <summary>The competency this expectation is about.</summary>
    public Competency Competency => Step.Competency;

    /// <summary>The step reached on the competency.</summary>
    public Step Step { get; }

    /// <summary>The ladder's sentence, for example "is the go-to person for one or more technologies".</summary>
    public LocalizedText? Text { get; }

    /// <summary>The code of the level (reached through <c>extends:</c>) this expectation comes from; null when the level states it itself.</summary>
    public string? InheritedFrom { get; }

    /// <summary>Returns <c>Competency: Step</c>.</summary>
    public override string ToString() => Competency + ": " + Step;
}
