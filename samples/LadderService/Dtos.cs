using System.Collections.Generic;
using System.Linq;
using CareerLadder;
using CareerLadder.Serialization;

namespace LadderService;

/// <summary>
/// JSON shapes of the API that are views rather than the model: track summaries with page links, and gaps with names
/// and a summary sentence. Links are the runtime <see cref="Link"/>. A level in full is the runtime library's <see cref="LevelDetails"/>; people and assessments are
/// returned as entities (levels and competencies as codes).
/// </summary>
public sealed record TrackSummaryDto(string Id, string Name, string Abbreviation, string? Summary, IReadOnlyList<string> Levels, string Href, string Page);

public sealed record TrackDto(string Id, string Name, string Abbreviation, string? Summary, IReadOnlyList<Link> Links, IReadOnlyList<LevelDetails> Levels, string Page);

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
        track.Links,
        track.Levels.Select(LevelDetails.Of).ToArray(),
        "/tracks/" + track.Id + "/page");

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
