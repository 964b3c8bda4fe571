using System.Collections.Generic;
using CareerLadder.Rendering.Graph;
using CareerLadder.Rendering.Radar;

namespace CareerLadder.Rendering.Views;

/// <summary>A link: its text and its URL (checked by <see cref="Text.SafeUrl"/> when written).</summary>
/// <param name="Text">The link text.</param>
/// <param name="Url">The URL.</param>
public sealed record LinkView(string Text, string Url);

/// <summary>A reference to a level, shown as <c>CODE - Title</c> and linked.</summary>
/// <param name="Code">The level code.</param>
/// <param name="Title">The level title.</param>
/// <param name="Href">Where it links to, or null.</param>
public sealed record LevelRef(string Code, string Title, string? Href);

/// <summary>A move from a level: to the next level of its track or a declared career move.</summary>
/// <param name="Target">The level moved to.</param>
/// <param name="Kind">Next level or career move.</param>
/// <param name="Gap">What changes, in words (see <c>LevelGap.ToString</c>), or null.</param>
public sealed record MoveView(LevelRef Target, MoveKind Kind, string? Gap = null);

/// <summary>What a level expects of one competency.</summary>
/// <param name="CompetencyId">The competency id.</param>
/// <param name="Competency">The competency name.</param>
/// <param name="Step">The step name.</param>
/// <param name="Value">The 1-based step value.</param>
/// <param name="Max">The number of steps of the competency.</param>
/// <param name="Text">The level's sentence for it, or null.</param>
/// <param name="InheritedFrom">The code of the level it is inherited from (<c>extends:</c>), or null when the level states it.</param>
public sealed record ExpectationView(string CompetencyId, string Competency, string Step, int Value, int Max, string? Text, string? InheritedFrom);

/// <summary>How a section's content is shaped.</summary>
public enum SectionViewKind
{
    /// <summary>A paragraph.</summary>
    Text,

    /// <summary>A (nested) list.</summary>
    List,

    /// <summary>Headed groups of lists.</summary>
    Groups,
}

/// <summary>An item of a list section, with its link and sub-items.</summary>
/// <param name="Text">The text.</param>
/// <param name="Link">The URL it links to, or null.</param>
/// <param name="Items">Sub-items (for groups: the group's items).</param>
public sealed record ItemView(string Text, string? Link, IReadOnlyList<ItemView> Items);

/// <summary>A free-form section of a level.</summary>
/// <param name="Id">The section id.</param>
/// <param name="Name">The section name.</param>
/// <param name="Kind">Its shape.</param>
/// <param name="Text">The paragraph of a text section, or null.</param>
/// <param name="Items">The items of a list or groups section.</param>
/// <param name="InheritedFrom">The code of the level it is inherited from, or null.</param>
public sealed record SectionView(string Id, string Name, SectionViewKind Kind, string? Text, IReadOnlyList<ItemView> Items, string? InheritedFrom);

/// <summary>Everything a level card shows.</summary>
/// <param name="Code">The level code (also the card's anchor).</param>
/// <param name="Title">The level title.</param>
/// <param name="Rank">The company-wide rank.</param>
/// <param name="Seniority">The seniority, or null.</param>
/// <param name="PublicTitle">The public title, or null.</param>
/// <param name="Summary">The summary, or null.</param>
/// <param name="Axes">The radar axes, one per framework competency (no chart when no axis has a step).</param>
/// <param name="Expectations">The expectations, in framework order.</param>
/// <param name="Sections">The free-form sections.</param>
/// <param name="Moves">The next level and the declared career moves.</param>
/// <param name="Extends">The level it builds on, or null.</param>
public sealed record LevelView(
    string Code,
    string Title,
    int Rank,
    string? Seniority,
    string? PublicTitle,
    string? Summary,
    IReadOnlyList<RadarAxis> Axes,
    IReadOnlyList<ExpectationView> Expectations,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<MoveView> Moves,
    LevelRef? Extends)
{
    /// <summary>Extra links shown under the title, for example the level's JSON.</summary>
    public IReadOnlyList<LinkView> Actions { get; init; } = new LinkView[0];

    /// <summary>The heading: <c>CODE - Title</c>.</summary>
    public string Heading => Code + " - " + Title;
}

/// <summary>Everything a track page shows.</summary>
/// <param name="Id">The track id.</param>
/// <param name="Name">The track name.</param>
/// <param name="Summary">The summary, or null.</param>
/// <param name="Links">The track's links.</param>
/// <param name="Levels">The levels, lowest first.</param>
public sealed record TrackView(string Id, string Name, string? Summary, IReadOnlyList<LinkView> Links, IReadOnlyList<LevelView> Levels);

/// <summary>A row of the index of tracks.</summary>
/// <param name="Name">The track name.</param>
/// <param name="Href">Its page.</param>
/// <param name="Levels">Its level codes.</param>
/// <param name="Summary">Its summary, or null.</param>
public sealed record TrackEntry(string Name, string Href, IReadOnlyList<string> Levels, string? Summary);
