namespace CareerLadder.Authoring.Model;

/// <summary>
/// The validated ladders, ready to emit: every reference resolved to an index, every name turned into a C# identifier.
/// </summary>
/// <param name="Framework">The framework; empty when the project has none.</param>
/// <param name="Tracks">The tracks ordered by id.</param>
/// <param name="Diagnostics">Problems found across files (references, duplicates, names).</param>
public sealed record ValidatedLadders(CodeFramework Framework, EquatableArray<CodeTrack> Tracks, EquatableArray<Diagnostics.LadderDiagnostic> Diagnostics);

/// <summary>The framework as emitted.</summary>
/// <param name="Id">The framework id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Description">The description.</param>
/// <param name="Seniorities">The seniorities from lowest to highest.</param>
/// <param name="Ranks">The rank table ordered by rank.</param>
/// <param name="Competencies">The competencies in declaration order; their position is their index.</param>
/// <param name="Sections">The section definitions in declaration order; their position is their index.</param>
public sealed record CodeFramework(
    string Id,
    string Name,
    string? Description,
    EquatableArray<string> Seniorities,
    EquatableArray<RankDefinition> Ranks,
    EquatableArray<CodeCompetency> Competencies,
    EquatableArray<CodeSection> Sections)
{
    /// <summary>The framework of a project that has no framework file.</summary>
    public static CodeFramework Empty { get; } = new(
        string.Empty, string.Empty, null, EquatableArray<string>.Empty, EquatableArray<RankDefinition>.Empty,
        EquatableArray<CodeCompetency>.Empty, EquatableArray<CodeSection>.Empty);
}

/// <summary>A competency as emitted.</summary>
/// <param name="Id">The competency id.</param>
/// <param name="Identifier">The C# name of the competency.</param>
/// <param name="Name">The display name.</param>
/// <param name="Description">The description.</param>
/// <param name="Steps">The steps from lowest to highest.</param>
public sealed record CodeCompetency(string Id, string Identifier, string Name, string? Description, EquatableArray<CodeStep> Steps)
{
    /// <summary>Ids the competency had in earlier versions (<c>renamed-from:</c>) that resolve to it, ordered.</summary>
    public EquatableArray<string> FormerIds { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>A step as emitted.</summary>
/// <param name="Name">The step name as written.</param>
/// <param name="Identifier">The C# name of the step.</param>
/// <param name="Description">The description.</param>
public sealed record CodeStep(string Name, string Identifier, string? Description);

/// <summary>A section definition as emitted.</summary>
/// <param name="Id">The section id.</param>
/// <param name="Identifier">The C# name of the section.</param>
/// <param name="Name">The display name.</param>
/// <param name="Kind">The shape.</param>
/// <param name="Description">The description.</param>
public sealed record CodeSection(string Id, string Identifier, string Name, SectionShape Kind, string? Description);

/// <summary>A translation of a text into one culture, from a localization overlay.</summary>
/// <param name="Culture">The culture name, for example <c>ko</c>.</param>
/// <param name="Text">The translated text.</param>
public sealed record CultureText(string Culture, string Text);

/// <summary>A ladder text in its base language with its translations.</summary>
/// <param name="Text">The base text.</param>
/// <param name="Translations">Translations ordered by culture name.</param>
public sealed record CodeText(string Text, EquatableArray<CultureText> Translations)
{
    /// <summary>A text without translations.</summary>
    /// <param name="text">The base text.</param>
    public static CodeText Plain(string text) => new(text, EquatableArray<CultureText>.Empty);
}

/// <summary>An item of a list section (or a group) as emitted.</summary>
/// <param name="Text">The item's text or the group's title.</param>
/// <param name="Link">A link, if given.</param>
/// <param name="Items">Nested items.</param>
public sealed record CodeItem(CodeText Text, string? Link, EquatableArray<CodeItem> Items);

/// <summary>A track as emitted.</summary>
/// <param name="Id">The track id.</param>
/// <param name="Identifier">The C# name of the track.</param>
/// <param name="Name">The display name.</param>
/// <param name="Abbreviation">The abbreviation.</param>
/// <param name="Summary">The summary.</param>
/// <param name="Links">Track-wide references.</param>
/// <param name="Levels">The levels in ladder order.</param>
/// <param name="Cultures">The cultures overlays translate the track into, ordered by name.</param>
public sealed record CodeTrack(
    string Id,
    string Identifier,
    CodeText Name,
    string Abbreviation,
    CodeText? Summary,
    EquatableArray<LinkDefinition> Links,
    EquatableArray<CodeLevel> Levels,
    EquatableArray<string> Cultures)
{
    /// <summary>The name of the track's generated file, unique ignoring case and bounded in length; null means <c>&lt;Identifier&gt;Track.g.cs</c>.</summary>
    public string? HintName { get; init; }

    /// <summary>Ids the track had in earlier versions (<c>renamed-from:</c>) that resolve to it, ordered.</summary>
    public EquatableArray<string> FormerIds { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Codes the track's levels had in earlier versions (<c>renamed-from:</c>, <c>retired:</c>), ordered by code.</summary>
    public EquatableArray<CodeFormerCode> FormerCodes { get; init; } = EquatableArray<CodeFormerCode>.Empty;
}

/// <summary>A level code of an earlier version that still resolves.</summary>
/// <param name="Code">The former code.</param>
/// <param name="Successor">The code of the level it resolves to; null for a retired level without a successor.</param>
/// <param name="Since">When the level was retired, as written; empty when not given or renamed.</param>
/// <param name="Renamed">True for <c>renamed-from:</c>, false for <c>retired:</c>.</param>
public sealed record CodeFormerCode(string Code, string? Successor, string Since, bool Renamed)
{
    /// <summary>The generated property of the successor, when the catalog has one; the track class then gets an obsolete alias.</summary>
    public CodeLevelReference? Target { get; init; }
}

/// <summary>The level a level extends, as emitted: enough to reference its generated property.</summary>
/// <param name="Code">The level code.</param>
/// <param name="TrackIdentifier">The C# name of its track.</param>
/// <param name="Identifier">The C# name of the level.</param>
public sealed record CodeLevelReference(string Code, string TrackIdentifier, string Identifier);

/// <summary>A level as emitted.</summary>
/// <param name="Code">The level code.</param>
/// <param name="Identifier">The C# name of the level.</param>
/// <param name="Rank">The rank.</param>
/// <param name="Title">The title.</param>
/// <param name="Seniority">The seniority.</param>
/// <param name="PublicTitle">The public title.</param>
/// <param name="Summary">The summary.</param>
/// <param name="Chart">The chart.</param>
/// <param name="Expectations">The expectations ordered by competency index, inherited ones included.</param>
/// <param name="Sections">The section values, inherited ones first.</param>
/// <param name="Extends">The level this one extends, if any.</param>
/// <param name="Transitions">The levels of other tracks (or this one) this level leads to, in ladder order, unknown and lower-ranked ones removed.</param>
public sealed record CodeLevel(
    string Code,
    string Identifier,
    int Rank,
    CodeText Title,
    string? Seniority,
    CodeText? PublicTitle,
    CodeText? Summary,
    ChartDefinition? Chart,
    EquatableArray<CodeExpectation> Expectations,
    EquatableArray<CodeSectionValue> Sections,
    CodeLevelReference? Extends,
    EquatableArray<CodeLevelReference> Transitions = default);

/// <summary>An expectation as emitted.</summary>
/// <param name="CompetencyIndex">The competency's index in the framework.</param>
/// <param name="StepValue">The 1-based step value.</param>
/// <param name="Text">The ladder's sentence.</param>
/// <param name="InheritedFrom">The code of the level it is inherited from, if it is.</param>
public sealed record CodeExpectation(int CompetencyIndex, int StepValue, CodeText? Text, string? InheritedFrom);

/// <summary>A section value as emitted.</summary>
/// <param name="SectionIndex">The section's index in the framework.</param>
/// <param name="Text">The text of a text section.</param>
/// <param name="Items">The items or groups of the other kinds.</param>
/// <param name="InheritedFrom">The code of the level it is inherited from, if it is.</param>
public sealed record CodeSectionValue(int SectionIndex, CodeText? Text, EquatableArray<CodeItem> Items, string? InheritedFrom);
