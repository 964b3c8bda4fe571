using System.Collections.Generic;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Cli.Importing;

/// <summary>A track read from a Markdown page, ready to be written as YAML.</summary>
internal sealed class ImportedTrack
{
    /// <summary>The track id (kebab-case).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The display name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The abbreviation that prefixes level codes.</summary>
    public string Abbreviation { get; set; } = string.Empty;

    /// <summary>The summary, if the page has one.</summary>
    public string? Summary { get; set; }

    /// <summary>Track-wide links.</summary>
    public List<ImportedLink> Links { get; } = new();

    /// <summary>The levels, lowest rank first.</summary>
    public List<ImportedLevel> Levels { get; } = new();

    /// <summary>The 1-based line of the page's title.</summary>
    public int Line { get; set; }

    /// <summary>Whether the page's codes belonged to another track's abbreviation and were generated from this one's.</summary>
    public bool CodesRenamed { get; set; }
}

/// <summary>A link with its text.</summary>
/// <param name="Text">The text.</param>
/// <param name="Url">The destination.</param>
internal sealed record ImportedLink(string Text, string Url);

/// <summary>A level read from a Markdown page.</summary>
internal sealed class ImportedLevel
{
    /// <summary>The level code.</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>The rank.</summary>
    public int Rank { get; set; }

    /// <summary>The title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The seniority, if given.</summary>
    public string? Seniority { get; set; }

    /// <summary>The public title, if given.</summary>
    public string? PublicTitle { get; set; }

    /// <summary>A summary paragraph, if given.</summary>
    public string? Summary { get; set; }

    /// <summary>The chart image, if given.</summary>
    public ImportedChart? Chart { get; set; }

    /// <summary>The code of the level this one builds on ("Same as X, but also...").</summary>
    public string? Extends { get; set; }

    /// <summary>The expectations in framework order.</summary>
    public List<ImportedExpectation> Expectations { get; } = new();

    /// <summary>The section values in page order.</summary>
    public List<ImportedSection> Sections { get; } = new();

    /// <summary>The 1-based line of the Markdown the level was read from.</summary>
    public int Line { get; set; }

    /// <summary>The 1-based line of the chart image.</summary>
    public int ChartLine { get; set; }

    /// <summary>The 1-based line of each expectation's bullet, by competency id.</summary>
    public Dictionary<string, int> ExpectationLines { get; } = new();

    /// <summary>The 1-based line of each section's heading (or table), by section id.</summary>
    public Dictionary<string, int> SectionLines { get; } = new();
}

/// <summary>A chart image.</summary>
/// <param name="Src">The light image.</param>
/// <param name="Dark">The dark image.</param>
/// <param name="Alt">The alternative text.</param>
internal sealed record ImportedChart(string Src, string? Dark, string? Alt);

/// <summary>An expectation: the step reached on a competency, with the page's sentence.</summary>
/// <param name="Competency">The competency id.</param>
/// <param name="Step">The step name.</param>
/// <param name="Text">The sentence, if any.</param>
internal sealed record ImportedExpectation(string Competency, string Step, string? Text);

/// <summary>A section value.</summary>
/// <param name="Id">The section id.</param>
/// <param name="Kind">The shape written.</param>
/// <param name="Text">The text of a text section.</param>
/// <param name="Items">The items of a list section, or the groups of a groups section.</param>
internal sealed record ImportedSection(string Id, SectionShape Kind, string? Text, IReadOnlyList<ImportedItem> Items);

/// <summary>An item of a list (or a group of a groups section).</summary>
/// <param name="Text">The item's text (or the group's title).</param>
/// <param name="Link">A link, if the item is one.</param>
/// <param name="Items">Nested items (or the group's items).</param>
internal sealed record ImportedItem(string Text, string? Link, IReadOnlyList<ImportedItem> Items);

/// <summary>A translation of a track, written as a localization overlay.</summary>
internal sealed class ImportedOverlay
{
    /// <summary>The base track id.</summary>
    public string Track { get; set; } = string.Empty;

    /// <summary>The culture name.</summary>
    public string Culture { get; set; } = string.Empty;

    /// <summary>The translated track name, if the page translates it.</summary>
    public string? Name { get; set; }

    /// <summary>The translated summary.</summary>
    public string? Summary { get; set; }

    /// <summary>The translated levels, in base order.</summary>
    public List<ImportedOverlayLevel> Levels { get; } = new();
}

/// <summary>The translations of one level.</summary>
/// <param name="Code">The base level's code.</param>
/// <param name="Title">The translated title, if any.</param>
/// <param name="Expectations">Competency id and translated sentence, in framework order.</param>
internal sealed record ImportedOverlayLevel(string Code, string? Title, IReadOnlyList<(string Competency, string Text)> Expectations);
