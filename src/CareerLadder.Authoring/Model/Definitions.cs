using CareerLadder.Authoring.Diagnostics;

namespace CareerLadder.Authoring.Model;

/// <summary>What a YAML file turned out to be.</summary>
public enum LadderFileKind
{
    /// <summary>A YAML file that is not a ladder file (no <c>framework:</c> or <c>track:</c> key); it is ignored.</summary>
    NotALadder,

    /// <summary>The framework: competencies, ranks, seniorities and section definitions.</summary>
    Framework,

    /// <summary>One track with its levels.</summary>
    Track,

    /// <summary>A localization overlay translating a track into one culture.</summary>
    Overlay,
}

/// <summary>The shape of a section as declared in the framework, or as written in a level.</summary>
public enum SectionShape
{
    /// <summary>A single text (a YAML scalar).</summary>
    Text,

    /// <summary>A list of items (a YAML sequence).</summary>
    List,

    /// <summary>Named groups of items (a YAML mapping of group title to list).</summary>
    Groups,
}

/// <summary>The result of parsing one YAML file: its model, if it is a ladder file, and the problems found on the way.</summary>
/// <param name="Path">The file's path as the compiler knows it.</param>
/// <param name="Kind">What the file is.</param>
/// <param name="Framework">The framework, when <see cref="Kind"/> is <see cref="LadderFileKind.Framework"/>.</param>
/// <param name="Track">The track, when <see cref="Kind"/> is <see cref="LadderFileKind.Track"/>.</param>
/// <param name="Diagnostics">Syntax and schema problems of this file.</param>
/// <param name="Overlay">The overlay, when <see cref="Kind"/> is <see cref="LadderFileKind.Overlay"/>.</param>
/// <param name="IsIncomplete">Whether a syntax error (or the nesting limit) stopped the reading before the end of the file, so that its model may lack definitions that are written in it.</param>
public sealed record ParsedLadderFile(
    string Path,
    LadderFileKind Kind,
    FrameworkDefinition? Framework,
    TrackDefinition? Track,
    EquatableArray<LadderDiagnostic> Diagnostics,
    OverlayDefinition? Overlay = null,
    bool IsIncomplete = false)
{
    /// <summary>
    /// Whether the file goes to validation: a ladder file, or a file that looks like one but whose syntax error came
    /// before the key that says what it is (it may be the framework or a track others refer to).
    /// </summary>
    public bool IsValidated => Kind != LadderFileKind.NotALadder || IsIncomplete;
}

/// <summary>A localization overlay: translations of a track's texts into one culture, keyed by the base structure.</summary>
/// <param name="Path">The file it was read from.</param>
/// <param name="Track">The id of the track it translates.</param>
/// <param name="Culture">The culture name, for example <c>ko</c>.</param>
/// <param name="Name">The translated track name.</param>
/// <param name="Summary">The translated summary.</param>
/// <param name="Levels">The translated levels, keyed by level code.</param>
public sealed record OverlayDefinition(
    string Path,
    LocatedString Track,
    LocatedString Culture,
    string? Name,
    string? Summary,
    EquatableArray<LevelOverlay> Levels);

/// <summary>The translations of one level.</summary>
/// <param name="Code">The level code in the base track.</param>
/// <param name="Rank">The rank, when the overlay restates it (it must match the base).</param>
/// <param name="Title">The translated title.</param>
/// <param name="PublicTitle">The translated public title.</param>
/// <param name="Summary">The translated summary.</param>
/// <param name="Expectations">The translated expectation sentences.</param>
/// <param name="Sections">The translated section values.</param>
public sealed record LevelOverlay(
    LocatedString Code,
    LocatedInt? Rank,
    string? Title,
    string? PublicTitle,
    string? Summary,
    EquatableArray<ExpectationOverlay> Expectations,
    EquatableArray<SectionValueDefinition> Sections);

/// <summary>The translated sentence of one expectation.</summary>
/// <param name="Competency">The competency id.</param>
/// <param name="Step">The step, when the overlay restates it (it must match the base).</param>
/// <param name="Text">The translated sentence.</param>
public sealed record ExpectationOverlay(LocatedString Competency, LocatedString? Step, string? Text);

/// <summary>The framework file.</summary>
/// <param name="Path">The file it was read from.</param>
/// <param name="Id">The framework id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Description">An optional description.</param>
/// <param name="Seniorities">Seniorities from lowest to highest; empty when the framework does not restrict them.</param>
/// <param name="Ranks">The company-wide rank table.</param>
/// <param name="Competencies">The competencies in declaration order.</param>
/// <param name="Sections">The sections levels may carry.</param>
/// <param name="Unreadable">The competencies and sections that are written but could not be read (already reported), so that references to them are not reported again.</param>
public sealed record FrameworkDefinition(
    string Path,
    LocatedString Id,
    string Name,
    string? Description,
    EquatableArray<LocatedString> Seniorities,
    EquatableArray<RankDefinition> Ranks,
    EquatableArray<CompetencyDefinition> Competencies,
    EquatableArray<SectionDefinition> Sections,
    EquatableArray<UnreadableDefinition> Unreadable = default);

/// <summary>A definition of the framework that is written but could not be read, for example a section whose kind is wrong.</summary>
/// <param name="Kind">What it defines: <c>competency</c> or <c>section</c>.</param>
/// <param name="Id">The id, where it was written.</param>
public sealed record UnreadableDefinition(string Kind, LocatedString Id);

/// <summary>A row of the rank table.</summary>
/// <param name="Value">The rank number.</param>
/// <param name="PublicTitle">The public title of the rank.</param>
/// <param name="Description">What the rank means.</param>
public sealed record RankDefinition(LocatedInt Value, string? PublicTitle, string? Description);

/// <summary>A competency with its ordered steps.</summary>
/// <param name="Id">The competency id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Description">An optional description.</param>
/// <param name="Steps">The steps from lowest to highest.</param>
/// <param name="RenamedFrom">Ids the competency had in earlier versions (<c>renamed-from:</c>); stored ones keep resolving to it.</param>
/// <param name="PreviousSteps">
/// The shipped steps this version replaces (<c>previous-steps:</c>): acknowledges, for a major version, that stored step
/// numbers change meaning. Empty when not declared.
/// </param>
public sealed record CompetencyDefinition(
    LocatedString Id,
    string Name,
    string? Description,
    EquatableArray<StepDefinition> Steps,
    EquatableArray<LocatedString> RenamedFrom = default,
    EquatableArray<LocatedString> PreviousSteps = default);

/// <summary>A step of a competency.</summary>
/// <param name="Name">The step name, for example <c>Multiple Teams</c>.</param>
/// <param name="Description">An optional description.</param>
public sealed record StepDefinition(LocatedString Name, string? Description);

/// <summary>A section that levels may carry.</summary>
/// <param name="Id">The section id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Kind">The section's shape.</param>
/// <param name="Description">An optional description.</param>
public sealed record SectionDefinition(LocatedString Id, string Name, SectionShape Kind, string? Description);

/// <summary>A track file.</summary>
/// <param name="Path">The file it was read from.</param>
/// <param name="Id">The track id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Abbreviation">The abbreviation that prefixes level codes.</param>
/// <param name="Summary">What the role is responsible for.</param>
/// <param name="Links">Track-wide references.</param>
/// <param name="Levels">The levels in the order written.</param>
/// <param name="RenamedFrom">Ids the track had in earlier versions (<c>renamed-from:</c>); stored ones keep resolving to it.</param>
/// <param name="Retired">Level codes of earlier versions that are gone (<c>retired:</c>), with their successors.</param>
public sealed record TrackDefinition(
    string Path,
    LocatedString Id,
    string Name,
    LocatedString Abbreviation,
    string? Summary,
    EquatableArray<LinkDefinition> Links,
    EquatableArray<LevelDefinition> Levels,
    EquatableArray<LocatedString> RenamedFrom = default,
    EquatableArray<RetiredLevelDefinition> Retired = default);

/// <summary>A level code of an earlier version that is gone, from a track's <c>retired:</c> list.</summary>
/// <param name="Code">The retired code.</param>
/// <param name="Since">When it was retired (a version or a date, as written), if given.</param>
/// <param name="ReplacedBy">The level stored codes now resolve to, if any.</param>
public sealed record RetiredLevelDefinition(LocatedString Code, string? Since, LocatedString? ReplacedBy);

/// <summary>A link with a text.</summary>
/// <param name="Text">What the link is called.</param>
/// <param name="Url">Where it points.</param>
public sealed record LinkDefinition(string Text, string Url);

/// <summary>A level of a track.</summary>
/// <param name="Code">The level code.</param>
/// <param name="Rank">The company-wide rank.</param>
/// <param name="Title">The title.</param>
/// <param name="Seniority">The seniority, if given.</param>
/// <param name="PublicTitle">The public title, if given.</param>
/// <param name="Summary">A summary, if given.</param>
/// <param name="Chart">The chart image, if given.</param>
/// <param name="ChartSpan">Where the chart was written.</param>
/// <param name="Expectations">The expectations in the order written.</param>
/// <param name="Sections">The section values in the order written.</param>
/// <param name="Extends">The code of the level this one extends, if any.</param>
/// <param name="Transitions">The codes of the levels (of any track) this one leads to besides the next level of its track.</param>
/// <param name="RenamedFrom">Codes the level had in earlier versions (<c>renamed-from:</c>); stored ones keep resolving to it.</param>
public sealed record LevelDefinition(
    LocatedString Code,
    LocatedInt Rank,
    LocatedString Title,
    LocatedString? Seniority,
    LocatedString? PublicTitle,
    string? Summary,
    ChartDefinition? Chart,
    SourceSpan ChartSpan,
    EquatableArray<ExpectationDefinition> Expectations,
    EquatableArray<SectionValueDefinition> Sections,
    LocatedString? Extends = null,
    EquatableArray<LocatedString> Transitions = default,
    EquatableArray<LocatedString> RenamedFrom = default);

/// <summary>A chart image reference.</summary>
/// <param name="Source">The light-theme image.</param>
/// <param name="Dark">The dark-theme image.</param>
/// <param name="Alt">The alternative text.</param>
public sealed record ChartDefinition(string Source, string? Dark, string? Alt);

/// <summary>The step a level reaches on a competency.</summary>
/// <param name="Competency">The competency id, where it was written.</param>
/// <param name="Step">The step name, where it was written.</param>
/// <param name="Text">The ladder's sentence.</param>
public sealed record ExpectationDefinition(LocatedString Competency, LocatedString Step, string? Text);

/// <summary>A level's value for one section.</summary>
/// <param name="Section">The section id, where it was written.</param>
/// <param name="Shape">The shape of the YAML value.</param>
/// <param name="ValueSpan">Where the value was written.</param>
/// <param name="Text">The text, for <see cref="SectionShape.Text"/>.</param>
/// <param name="Items">The items (or groups) for the other shapes.</param>
/// <param name="Append">Whether the items are appended to the inherited list (<c>+section:</c>) instead of replacing it.</param>
public sealed record SectionValueDefinition(LocatedString Section, SectionShape Shape, SourceSpan ValueSpan, string? Text, EquatableArray<ItemDefinition> Items, bool Append = false);

/// <summary>An item of a list section, or a group of a grouped section.</summary>
/// <param name="Text">The item's text or the group's title.</param>
/// <param name="Link">A link, if given.</param>
/// <param name="Items">Nested items, or a group's items.</param>
/// <param name="Span">Where the item or the group's title was written, if it was read from YAML.</param>
public sealed record ItemDefinition(string Text, string? Link, EquatableArray<ItemDefinition> Items, SourceSpan? Span = null);
