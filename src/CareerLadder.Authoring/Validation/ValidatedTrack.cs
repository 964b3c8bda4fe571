using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>One track validated against the <see cref="LadderIndex"/>: its model and what it adds to the checks across tracks.</summary>
/// <param name="Path">The track's file.</param>
/// <param name="IdSpan">Where its id is written (where an output too large for the limit is reported).</param>
/// <param name="Track">The track as emitted, or null when it gets no code (its name was reported).</param>
/// <param name="Diagnostics">The problems found in the track's file.</param>
/// <param name="Skipped">Its references not checked because they may point into an unreadable file (listed by CL0060).</param>
/// <param name="Sentences">Its expectation sentences, for the rule that compares them across tracks (CL0052).</param>
/// <param name="OutputEstimate">The estimated characters of C# generated for it (for <c>CareerLadderMaxOutputLength</c>).</param>
public sealed record ValidatedTrack(
    string Path,
    SourceSpan IdSpan,
    CodeTrack? Track,
    EquatableArray<LadderDiagnostic> Diagnostics,
    EquatableArray<SkippedReference> Skipped,
    EquatableArray<ExpectationSentence> Sentences,
    long OutputEstimate);

/// <summary>The checks made over all validated tracks together, each a few operations per track.</summary>
/// <param name="Diagnostics">Their problems: sentences written with another step (CL0052), references not checked (CL0060), output too large (CL0042).</param>
/// <param name="OutputAllowed">False when the generated code would exceed <c>CareerLadderMaxOutputLength</c>: then no track is generated.</param>
public sealed record ValidationSummary(EquatableArray<LadderDiagnostic> Diagnostics, bool OutputAllowed);
