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
public sealed record CodeCompetency(string Id, string Identifier, string Name, string? Description, EquatableArray<CodeStep> Steps);

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

/// <summary>A track as emitted.</summary>
/// <param name="Id">The track id.</param>
/// <param name="Identifier">The C# name of the track.</param>
/// <param name="Name">The display name.</param>
/// <param name="Abbreviation">The abbreviation.</param>
/// <param name="Summary">The summary.</param>
/// <param name="Links">Track-wide references.</param>
/// <param name="Levels">The levels in ladder order.</param>
public sealed record CodeTrack(
    string Id,
    string Identifier,
    string Name,
    string Abbreviation,
    string? Summary,
    EquatableArray<LinkDefinition> Links,
    EquatableArray<CodeLevel> Levels);

/// <summary>A level as emitted.</summary>
/// <param name="Code">The level code.</param>
/// <param name="Identifier">The C# name of the level.</param>
/// <param name="Rank">The rank.</param>
/// <param name="Title">The title.</param>
/// <param name="Seniority">The seniority.</param>
/// <param name="PublicTitle">The public title.</param>
/// <param name="Summary">The summary.</param>
/// <param name="Chart">The chart.</param>
/// <param name="Expectations">The expectations ordered by competency index.</param>
/// <param name="Sections">The section values in the order written.</param>
public sealed record CodeLevel(
    string Code,
    string Identifier,
    int Rank,
    string Title,
    string? Seniority,
    string? PublicTitle,
    string? Summary,
    ChartDefinition? Chart,
    EquatableArray<CodeExpectation> Expectations,
    EquatableArray<CodeSectionValue> Sections);

/// <summary>An expectation as emitted.</summary>
/// <param name="CompetencyIndex">The competency's index in the framework.</param>
/// <param name="StepValue">The 1-based step value.</param>
/// <param name="Text">The ladder's sentence.</param>
public sealed record CodeExpectation(int CompetencyIndex, int StepValue, string? Text);

/// <summary>A section value as emitted.</summary>
/// <param name="SectionIndex">The section's index in the framework.</param>
/// <param name="Text">The text of a text section.</param>
/// <param name="Items">The items or groups of the other kinds.</param>
public sealed record CodeSectionValue(int SectionIndex, string? Text, EquatableArray<ItemDefinition> Items);
