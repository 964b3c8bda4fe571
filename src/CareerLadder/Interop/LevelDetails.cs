using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace CareerLadder.Serialization;

/// <summary>
/// "A level in full" for APIs: the level with its expectations and sections, without cycles (other levels, the track
/// and competencies appear as codes and ids). The JSON shape is stable and described by
/// <c>schemas/level-details.schema.json</c> in the package; property names are fixed whatever the serializer's naming policy.
/// Texts are in <see cref="System.Globalization.CultureInfo.CurrentUICulture"/> when the details are created.
/// </summary>
/// <param name="Code">The level's code, for example <c>TPM5</c>.</param>
/// <param name="Track">The track's id.</param>
/// <param name="Rank">The company-wide rank.</param>
/// <param name="Title">The level's title.</param>
/// <param name="Seniority">The seniority, when the ladder gives one.</param>
/// <param name="PublicTitle">The title used outside the company, when the ladder gives one.</param>
/// <param name="Summary">A short description, when the ladder gives one.</param>
/// <param name="Chart">The chart image, when the ladder has one.</param>
/// <param name="Expectations">The step reached on each competency, in framework order.</param>
/// <param name="Sections">The free-form sections, in ladder order.</param>
/// <param name="Previous">The code of the previous level of the track, or null for the first.</param>
/// <param name="Next">The code of the next level of the track, or null for the top.</param>
/// <param name="NextSteps">The codes of the levels a person can move to next (<see cref="Level.NextSteps"/>).</param>
public sealed record LevelDetails(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("track")] string Track,
    [property: JsonPropertyName("rank")] int Rank,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("seniority")] string? Seniority,
    [property: JsonPropertyName("publicTitle")] string? PublicTitle,
    [property: JsonPropertyName("summary")] string? Summary,
    [property: JsonPropertyName("chart")] ChartDetails? Chart,
    [property: JsonPropertyName("expectations")] IReadOnlyList<ExpectationDetails> Expectations,
    [property: JsonPropertyName("sections")] IReadOnlyList<SectionDetails> Sections,
    [property: JsonPropertyName("previous")] string? Previous,
    [property: JsonPropertyName("next")] string? Next,
    [property: JsonPropertyName("nextSteps")] IReadOnlyList<string> NextSteps)
{
    /// <summary>Returns the details of <paramref name="level"/>, texts in the current UI culture.</summary>
    /// <param name="level">The level.</param>
    public static LevelDetails Of(Level level) => new(
        level.Code,
        level.Track.Id,
        level.Rank,
        level.Title.ToString(),
        level.Seniority,
        level.PublicTitle?.ToString(),
        level.Summary?.ToString(),
        level.Chart is { } chart ? new ChartDetails(chart.Source, chart.DarkSource, chart.AltText) : null,
        level.Expectations.Select(ExpectationDetails.Of).ToArray(),
        level.Sections.Select(SectionDetails.Of).ToArray(),
        level.Previous?.Code,
        level.Next?.Code,
        level.NextSteps.Select(next => next.Code).ToArray());
}

/// <summary>A level's chart image in <see cref="LevelDetails"/>.</summary>
/// <param name="Src">The image for light backgrounds.</param>
/// <param name="Dark">The image for dark backgrounds, when there is one.</param>
/// <param name="Alt">The alternative text, when the ladder gives one.</param>
public sealed record ChartDetails(
    [property: JsonPropertyName("src")] string Src,
    [property: JsonPropertyName("dark")] string? Dark,
    [property: JsonPropertyName("alt")] string? Alt);

/// <summary>One expectation in <see cref="LevelDetails"/>.</summary>
/// <param name="Competency">The competency's id.</param>
/// <param name="CompetencyName">The competency's name.</param>
/// <param name="Step">The step's id.</param>
/// <param name="StepName">The step's name.</param>
/// <param name="Value">The step's value, 1 to <paramref name="Max"/>.</param>
/// <param name="Max">The number of steps of the competency.</param>
/// <param name="Text">What the level is expected to do, when the ladder says it.</param>
public sealed record ExpectationDetails(
    [property: JsonPropertyName("competency")] string Competency,
    [property: JsonPropertyName("competencyName")] string CompetencyName,
    [property: JsonPropertyName("step")] string Step,
    [property: JsonPropertyName("stepName")] string StepName,
    [property: JsonPropertyName("value")] int Value,
    [property: JsonPropertyName("max")] int Max,
    [property: JsonPropertyName("text")] string? Text)
{
    /// <summary>Returns the details of <paramref name="expectation"/>.</summary>
    /// <param name="expectation">The expectation.</param>
    public static ExpectationDetails Of(Expectation expectation) => new(
        expectation.Competency.Id,
        expectation.Competency.Name.ToString(),
        expectation.Step.Id,
        expectation.Step.Name.ToString(),
        expectation.Step.Value,
        expectation.Competency.Steps.Count,
        expectation.Text?.ToString());
}

/// <summary>One section in <see cref="LevelDetails"/>.</summary>
/// <param name="Id">The section's id.</param>
/// <param name="Name">The section's name.</param>
/// <param name="Kind"><c>text</c>, <c>list</c> or <c>groups</c>.</param>
/// <param name="Text">The text of a text section.</param>
/// <param name="Items">The items of a list section, or the groups of a groups section.</param>
public sealed record SectionDetails(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("items")] IReadOnlyList<SectionItemDetails> Items)
{
    /// <summary>Returns the details of <paramref name="section"/>.</summary>
    /// <param name="section">The section.</param>
    public static SectionDetails Of(Section section) => new(
        section.Id,
        section.Name.ToString(),
        section.Kind switch { SectionKind.Text => "text", SectionKind.List => "list", _ => "groups" },
        section.Text?.ToString(),
        section.Items.Select(SectionItemDetails.Of).ToArray());
}

/// <summary>One item of a section in <see cref="LevelDetails"/>, possibly with nested items.</summary>
/// <param name="Text">The item's text.</param>
/// <param name="Link">The item's link, when it has one.</param>
/// <param name="Items">Nested items.</param>
public sealed record SectionItemDetails(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("link")] string? Link,
    [property: JsonPropertyName("items")] IReadOnlyList<SectionItemDetails> Items)
{
    /// <summary>Returns the details of <paramref name="item"/>.</summary>
    /// <param name="item">The item.</param>
    public static SectionItemDetails Of(SectionItem item) => new(item.Text.ToString(), item.Link, item.Items.Select(Of).ToArray());
}
