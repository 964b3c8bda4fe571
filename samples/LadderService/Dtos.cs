using System.Collections.Generic;
using System.Linq;
using CareerLadder;

namespace LadderService;

/// <summary>JSON shapes of the API. The runtime model has cycles (a level knows its track), so it is not serialized directly.</summary>
public sealed record LinkDto(string Text, string Url);

public sealed record TrackSummaryDto(string Id, string Name, string Abbreviation, string? Summary, IReadOnlyList<string> Levels, string Href, string Page);

public sealed record TrackDto(string Id, string Name, string Abbreviation, string? Summary, IReadOnlyList<LinkDto> Links, IReadOnlyList<LevelDto> Levels, string Page);

public sealed record ChartDto(string Src, string? Dark, string? Alt);

public sealed record ExpectationDto(string Competency, string CompetencyName, string Step, string StepName, int Value, int Max, string? Text);

public sealed record SectionItemDto(string Text, string? Link, IReadOnlyList<SectionItemDto> Items);

public sealed record SectionDto(string Id, string Name, string Kind, string? Text, IReadOnlyList<SectionItemDto> Items);

public sealed record LevelDto(
    string Code,
    string Track,
    int Rank,
    string Title,
    string? Seniority,
    string? PublicTitle,
    string? Summary,
    ChartDto? Chart,
    IReadOnlyList<ExpectationDto> Expectations,
    IReadOnlyList<SectionDto> Sections,
    string? Previous,
    string? Next);

public sealed record CompetencyGapDto(string Competency, string CompetencyName, string? From, string? To, int Steps);

public sealed record GapDto(string From, string To, int Ranks, bool CareerMove, bool ComparesSteps, int TotalSteps, IReadOnlyList<CompetencyGapDto> Changes, string Summary);

/// <summary>Maps the runtime model to the JSON shapes.</summary>
public static class Dto
{
    public static TrackSummaryDto Summary(Track track) => new(
        track.Id,
        track.Name.Text,
        track.Abbreviation,
        track.Summary?.Text,
        track.Levels.Select(level => level.Code).ToArray(),
        "/tracks/" + track.Id,
        "/tracks/" + track.Id + "/page");

    public static TrackDto Of(Track track) => new(
        track.Id,
        track.Name.Text,
        track.Abbreviation,
        track.Summary?.Text,
        track.Links.Select(link => new LinkDto(link.Text.Text, link.Url)).ToArray(),
        track.Levels.Select(Of).ToArray(),
        "/tracks/" + track.Id + "/page");

    public static LevelDto Of(Level level) => new(
        level.Code,
        level.Track.Id,
        level.Rank,
        level.Title.Text,
        level.Seniority,
        level.PublicTitle?.Text,
        level.Summary?.Text,
        level.Chart is { } chart ? new ChartDto(chart.Source, chart.DarkSource, chart.AltText) : null,
        level.Expectations.Select(Of).ToArray(),
        level.Sections.Select(Of).ToArray(),
        level.Previous?.Code,
        level.Next?.Code);

    public static ExpectationDto Of(Expectation expectation) => new(
        expectation.Competency.Id,
        expectation.Competency.Name.Text,
        expectation.Step.Id,
        expectation.Step.Name.Text,
        expectation.Step.Value,
        expectation.Competency.Steps.Count,
        expectation.Text?.Text);

    public static SectionDto Of(Section section) => new(
        section.Id,
        section.Name.Text,
        section.Kind.ToString().ToLowerInvariant(),
        section.Text?.Text,
        section.Items.Select(Of).ToArray());

    public static SectionItemDto Of(SectionItem item) => new(item.Text.Text, item.Link, item.Items.Select(Of).ToArray());

    public static GapDto Of(LevelGap gap) => new(
        gap.From.Code,
        gap.To.Code,
        gap.Ranks,
        gap.IsCareerMove,
        gap.ComparesSteps,
        gap.TotalSteps,
        gap.Changes.Select(change => new CompetencyGapDto(change.Competency.Id, change.Competency.Name.Text, change.From?.Name.Text, change.To?.Name.Text, change.Steps)).ToArray(),
        gap.ToString());
}
