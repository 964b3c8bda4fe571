namespace CareerLadder.Authoring.Evolution;

/// <summary>
/// The identities that consumers of a ladder package may have stored (in databases, JSON documents, HR records):
/// track ids, level codes with their rank, competency ids with their steps in order, section ids.
/// </summary>
/// <param name="Tracks">The tracks ordered by id.</param>
/// <param name="Competencies">The competencies ordered by id.</param>
/// <param name="Sections">The section ids, ordered.</param>
public sealed record LadderBaseline(
    EquatableArray<BaselineTrack> Tracks,
    EquatableArray<BaselineCompetency> Competencies,
    EquatableArray<string> Sections)
{
    /// <summary>A baseline with nothing shipped.</summary>
    public static LadderBaseline Empty { get; } = new(
        EquatableArray<BaselineTrack>.Empty, EquatableArray<BaselineCompetency>.Empty, EquatableArray<string>.Empty);
}

/// <summary>A shipped track.</summary>
/// <param name="Id">The track id.</param>
/// <param name="Levels">Its levels in ladder order.</param>
public sealed record BaselineTrack(string Id, EquatableArray<BaselineLevel> Levels);

/// <summary>A shipped level.</summary>
/// <param name="Code">The level code.</param>
/// <param name="Rank">Its rank.</param>
public sealed record BaselineLevel(string Code, int Rank);

/// <summary>A shipped competency.</summary>
/// <param name="Id">The competency id.</param>
/// <param name="Steps">Its step names from lowest to highest; a step's value is its position plus one.</param>
public sealed record BaselineCompetency(string Id, EquatableArray<string> Steps);
