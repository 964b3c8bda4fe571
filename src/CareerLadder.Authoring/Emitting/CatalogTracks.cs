using System.Linq;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Emitting;

/// <summary>
/// What the catalog file (<c>CareerLadders.g.cs</c>) shows of the tracks: ids, names, abbreviations, summaries, and per
/// level its code, C# name, rank and expected steps. Everything else (level texts, sections, charts, links,
/// translations) is blanked, so an edit that changes only those leaves the view equal and the generator does not write
/// the catalog again. <c>CatalogTracksTests</c> checks that the catalog emitted from the view is the full catalog.
/// </summary>
public static class CatalogTracks
{
    /// <summary>Returns the catalog's view of <paramref name="tracks"/>.</summary>
    /// <param name="tracks">The validated tracks.</param>
    public static EquatableArray<CodeTrack> Of(EquatableArray<CodeTrack> tracks) => tracks.Select(Of).ToEquatableArray();

    /// <summary>Returns the catalog's view of one track (the generator takes it per track, so that only an edited track's view is made again).</summary>
    /// <param name="track">The validated track.</param>
    public static CodeTrack Of(CodeTrack track) => new(
        track.Id,
        track.Identifier,
        CodeText.Plain(track.Name.Text),
        track.Abbreviation,
        track.Summary is null ? null : CodeText.Plain(track.Summary.Text),
        EquatableArray<LinkDefinition>.Empty,
        track.Levels.Select(Of).ToEquatableArray(),
        EquatableArray<string>.Empty)
    {
        FormerCodes = track.FormerCodes,
        FormerIds = track.FormerIds,
    };

    private static CodeLevel Of(CodeLevel level) => new(
        level.Code,
        level.Identifier,
        level.Rank,
        CodeText.Plain(string.Empty),
        Seniority: null,
        PublicTitle: null,
        Summary: null,
        Chart: null,
        level.Expectations.Select(expectation => new CodeExpectation(expectation.CompetencyIndex, expectation.StepValue, null, null)).ToEquatableArray(),
        EquatableArray<CodeSectionValue>.Empty,
        Extends: null);
}
