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

    /// <summary>
    /// The values of the generated <c>TrackId</c>, <c>CompetencyId</c> and <c>SectionId</c> enums (see <see cref="EnumNumbers"/>),
    /// ordered by kind and id; empty in a baseline written before numbers were recorded.
    /// </summary>
    public EquatableArray<BaselineNumber> Numbers { get; init; } = EquatableArray<BaselineNumber>.Empty;
}

/// <summary>A shipped track.</summary>
/// <param name="Id">The track id.</param>
/// <param name="Levels">Its levels in ladder order.</param>
/// <param name="FormerIds">Ids the track had before (<c>renamed-from:</c>), ordered.</param>
/// <param name="FormerCodes">Codes of earlier versions that still resolve (<c>renamed-from:</c> of a level, <c>retired:</c>), ordered by code.</param>
public sealed record BaselineTrack(
    string Id,
    EquatableArray<BaselineLevel> Levels,
    EquatableArray<string> FormerIds = default,
    EquatableArray<BaselineFormerCode> FormerCodes = default);

/// <summary>A level code of an earlier version that still resolves.</summary>
/// <param name="Code">The former code.</param>
/// <param name="Successor">The level it resolves to; null for a retired level without a successor.</param>
/// <param name="Renamed">True for a rename (<c>renamed-from:</c>), false for a retirement (<c>retired:</c>).</param>
public sealed record BaselineFormerCode(string Code, string? Successor, bool Renamed);

/// <summary>A shipped level.</summary>
/// <param name="Code">The level code.</param>
/// <param name="Rank">Its rank.</param>
public sealed record BaselineLevel(string Code, int Rank);

/// <summary>A shipped competency.</summary>
/// <param name="Id">The competency id.</param>
/// <param name="Steps">Its step names from lowest to highest; a step's value is its position plus one.</param>
/// <param name="FormerIds">Ids the competency had before (<c>renamed-from:</c>), ordered.</param>
public sealed record BaselineCompetency(string Id, EquatableArray<string> Steps, EquatableArray<string> FormerIds = default)
{
    /// <summary>
    /// The shipped steps the ladders say this version replaces (<c>previous-steps:</c>); empty when none are declared.
    /// Only the ladders declare it: a baseline file never records it.
    /// </summary>
    public EquatableArray<string> PreviousSteps { get; init; } = EquatableArray<string>.Empty;
}
