using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Cli.Importing.Building;

/// <summary>A track the import can refer to: one already in the target directory, or one imported earlier in the same run.</summary>
/// <param name="Id">The track id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Abbreviation">The abbreviation.</param>
/// <param name="Levels">The levels.</param>
internal sealed record KnownTrack(string Id, string Name, string Abbreviation, IReadOnlyList<KnownLevel> Levels)
{
    /// <summary>From a track file of the target directory.</summary>
    /// <param name="track">The parsed track.</param>
    public static KnownTrack From(TrackDefinition track) => new(
        track.Id.Value,
        track.Name,
        track.Abbreviation.Value,
        track.Levels.Select(level => new KnownLevel(
            level.Code.Value,
            level.Rank.Value,
            level.Title.Value,
            level.Expectations.Select(expectation => new ImportedExpectation(expectation.Competency.Value, expectation.Step.Value, expectation.Text)).ToList())).ToList());

    /// <summary>From a track imported in this run.</summary>
    /// <param name="track">The imported track.</param>
    public static KnownTrack From(ImportedTrack track) => new(
        track.Id,
        track.Name,
        track.Abbreviation,
        track.Levels.Select(level => new KnownLevel(level.Code, level.Rank, level.Title, level.Expectations.ToList())).ToList());
}

/// <summary>A level of a <see cref="KnownTrack"/>.</summary>
/// <param name="Code">The code.</param>
/// <param name="Rank">The rank.</param>
/// <param name="Title">The title.</param>
/// <param name="Expectations">The expectations.</param>
internal sealed record KnownLevel(string Code, int Rank, string Title, IReadOnlyList<ImportedExpectation> Expectations)
{
    /// <summary>The steps by competency, as one comparable string.</summary>
    public string StepProfile => string.Join("|", Expectations.OrderBy(expectation => expectation.Competency, System.StringComparer.Ordinal).Select(expectation => expectation.Competency + "=" + expectation.Step));
}
