using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// One level of the validation model: its definition, what it states itself and — once <see cref="Inheritance"/> has
/// run — what it has with everything it inherits, each item keeping the level and line it was written at, so that the
/// consistency rules see inherited content and report at the line that causes a problem. Turned into the emitted
/// <see cref="CodeLevel"/> once, by <see cref="ToCode"/>.
/// </summary>
internal sealed class ResolvedLevel
{
    public ResolvedLevel(TrackDefinition track, LevelDefinition definition, string? trackIdentifier, string? identifier)
    {
        Track = track;
        Definition = definition;
        TrackIdentifier = trackIdentifier;
        Identifier = identifier;
    }

    public TrackDefinition Track { get; }

    public LevelDefinition Definition { get; }

    public string Code => Definition.Code.Value;

    public string Path => Track.Path;

    /// <summary>The C# name of the level's track, or null when the track gets no code.</summary>
    public string? TrackIdentifier { get; }

    /// <summary>The C# name of the level, or null when it gets no code.</summary>
    public string? Identifier { get; }

    /// <summary>The title, public title and summary with their translations.</summary>
    public CodeText Title { get; set; } = CodeText.Plain(string.Empty);

    public CodeText? PublicTitle { get; set; }

    public CodeText? Summary { get; set; }

    /// <summary>The expectations the level states itself, ordered by competency.</summary>
    public List<ResolvedExpectation> OwnExpectations { get; } = new();

    /// <summary>The section values the level states itself, in the order written; <see cref="ResolvedSection.Append"/> marks <c>+section:</c>.</summary>
    public List<ResolvedSection> OwnSections { get; } = new();

    /// <summary>Whether some expectation or section the level writes was left out because it refers to something unknown (already reported).</summary>
    public bool HasUnresolvedContent { get; set; }

    /// <summary>The level it extends, once resolved; null when it extends nothing (or the reference is broken).</summary>
    public ResolvedLevel? Parent { get; set; }

    /// <summary>Whether <see cref="Inheritance"/> has merged this level.</summary>
    public bool IsResolved { get; set; }

    /// <summary>The length of the <c>extends:</c> chain above the level.</summary>
    public int Depth { get; set; }

    /// <summary>The expectations with inherited ones, ordered by competency; the own ones until inheritance has run.</summary>
    public IReadOnlyList<ResolvedExpectation> Expectations { get; set; } = new List<ResolvedExpectation>();

    /// <summary>The section values with inherited ones first.</summary>
    public IReadOnlyList<ResolvedSection> Sections { get; set; } = new List<ResolvedSection>();

    /// <summary>The competencies on which the level states a step lower than the one it inherits (reported once, as CL0041).</summary>
    public HashSet<int> LoweredInheritedSteps { get; } = new();

    /// <summary>The levels this one leads to, resolved.</summary>
    public EquatableArray<CodeLevelReference> Transitions { get; set; } = EquatableArray<CodeLevelReference>.Empty;

    /// <summary>Whether the level has any expectation or section, written or inherited.</summary>
    public bool HasContent => Expectations.Count + Sections.Count > 0;

    /// <summary>The expectation on competency <paramref name="competencyIndex"/>, written or inherited.</summary>
    public ResolvedExpectation? Expectation(int competencyIndex) =>
        Expectations.FirstOrDefault(expectation => expectation.Code.CompetencyIndex == competencyIndex);

    /// <summary>A reference to this level for the generated code, or null when it gets no code.</summary>
    public CodeLevelReference? Reference() =>
        TrackIdentifier is not null && Identifier is not null ? new CodeLevelReference(Code, TrackIdentifier, Identifier) : null;

    /// <summary>The level as emitted; inherited items name the level they were written in.</summary>
    public CodeLevel ToCode() => new(
        Code,
        Identifier!,
        Definition.Rank.Value,
        Title,
        Definition.Seniority?.Value,
        PublicTitle,
        Summary,
        Definition.Chart,
        Expectations.Select(expectation => expectation.Owner == this ? expectation.Code : expectation.Code with { InheritedFrom = expectation.Owner.Code }).ToEquatableArray(),
        Sections.Select(section => section.Owner == this ? section.Code : section.Code with { InheritedFrom = section.Owner.Code }).ToEquatableArray(),
        Parent?.Reference(),
        Transitions);
}

/// <summary>An expectation of a level, with the level and definition it was written in.</summary>
/// <param name="Code">The expectation as emitted.</param>
/// <param name="Written">Where it was written.</param>
/// <param name="Owner">The level it was written in.</param>
internal sealed record ResolvedExpectation(CodeExpectation Code, ExpectationDefinition Written, ResolvedLevel Owner)
{
    /// <summary>Where the step was written.</summary>
    public LadderLocation StepLocation => new(Owner.Path, Written.Step.Span);
}

/// <summary>A section value of a level, with the level it was written in (for appended items, the level that appends).</summary>
/// <param name="Code">The section value as emitted.</param>
/// <param name="Written">Where it was written.</param>
/// <param name="Owner">The level it was written in.</param>
/// <param name="Append">Whether it appends to the inherited items (<c>+section:</c>).</param>
internal sealed record ResolvedSection(CodeSectionValue Code, SectionValueDefinition Written, ResolvedLevel Owner, bool Append);
