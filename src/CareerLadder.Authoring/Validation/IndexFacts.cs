using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// What <see cref="LadderValidator.Index"/> reads of one file, taken per file so that the source generator can skip the
/// index when an edit leaves every file's facts equal. A complete track file is cut down to its id, name, abbreviation
/// and level codes and ranks, with no position (its id and codes carry anchor spans, which <see cref="Locate"/> turns
/// back into real positions in the diagnostics of the index), and the history it declares (<c>renamed-from:</c>,
/// <c>retired:</c>, rare, with their positions), which the history rules read
/// (<see cref="Evolution.BaselineRules.CheckHistory"/>). A text edit, or one that moves lines, therefore leaves the
/// facts of a track without history equal. Any other file (framework, overlay, or a file that could not be read to its
/// end) is kept as it is, and a track that overlays translate is given to the index whole
/// (<see cref="WithOverlaidTracks"/>), because the overlay checks read its texts.
/// </summary>
public static class IndexFacts
{
    private const int TrackIdAnchor = -1;

    /// <summary>
    /// The track files that overlays translate, as they are (the overlay checks of the index read their texts), in
    /// path order; usually none. Taken from all files in one cheap pass rather than per file, so that no file's facts
    /// depend on the others.
    /// </summary>
    /// <param name="files">The parsed files.</param>
    public static EquatableArray<ParsedLadderFile> OverlaidTracks(IReadOnlyList<ParsedLadderFile> files)
    {
        HashSet<string>? translated = null;
        foreach (var file in files)
        {
            if (file.Overlay is { } overlay)
            {
                (translated ??= new HashSet<string>(StringComparer.Ordinal)).Add(overlay.Track.Value);
            }
        }

        return translated is null
            ? EquatableArray<ParsedLadderFile>.Empty
            : files.Where(file => file.Track is { } track && translated.Contains(track.Id.Value)).OrderBy(file => file.Path, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>The files the index is made from: the facts, with the overlaid track files (<see cref="OverlaidTracks"/>) as they are.</summary>
    /// <param name="facts">The facts of every file (<see cref="Of"/>).</param>
    /// <param name="overlaidTracks">The track files that overlays translate.</param>
    public static IReadOnlyList<ParsedLadderFile> WithOverlaidTracks(IReadOnlyList<ParsedLadderFile> facts, EquatableArray<ParsedLadderFile> overlaidTracks)
    {
        if (overlaidTracks.IsEmpty)
        {
            return facts;
        }

        var whole = overlaidTracks.ToDictionary(file => file.Path, StringComparer.Ordinal);
        return facts.Select(file => whole.TryGetValue(file.Path, out var full) ? full : file).ToList();
    }

    /// <summary>What the index reads of <paramref name="file"/>.</summary>
    /// <param name="file">A parsed file.</param>
    public static ParsedLadderFile Of(ParsedLadderFile file)
    {
        if (file.Track is not { } track || file.IsIncomplete || file.Framework is not null || file.Overlay is not null)
        {
            return file;
        }

        var levels = new LevelDefinition[track.Levels.Count];
        for (var position = 0; position < levels.Length; position++)
        {
            var level = track.Levels[position];
            levels[position] = new LevelDefinition(new LocatedString(level.Code.Value, LevelAnchor(position)), new LocatedInt(level.Rank.Value, default),
                new LocatedString(string.Empty, default), null, null, null, null, default, EquatableArray<ExpectationDefinition>.Empty, EquatableArray<SectionValueDefinition>.Empty,
                RenamedFrom: level.RenamedFrom);
        }

        var facts = new TrackDefinition(track.Path, new LocatedString(track.Id.Value, Anchor(TrackIdAnchor)), track.Name, new LocatedString(track.Abbreviation.Value, default),
            null, EquatableArray<LinkDefinition>.Empty, new EquatableArray<LevelDefinition>(levels), track.RenamedFrom, track.Retired);
        return new ParsedLadderFile(file.Path, file.Kind, null, facts, EquatableArray<LadderDiagnostic>.Empty);
    }

    /// <summary>
    /// <paramref name="diagnostics"/> (of the index) with every anchor span replaced by the position it stands for in
    /// <paramref name="files"/>; the same array when none has an anchor.
    /// </summary>
    /// <param name="diagnostics">Diagnostics of an index built from facts.</param>
    /// <param name="files">The parsed files as they are now.</param>
    public static EquatableArray<LadderDiagnostic> Locate(EquatableArray<LadderDiagnostic> diagnostics, IReadOnlyList<ParsedLadderFile> files)
    {
        if (!diagnostics.Any(diagnostic => IsAnchor(diagnostic.Location) || diagnostic.AdditionalLocations.Any(IsAnchor)))
        {
            return diagnostics;
        }

        var tracks = new Dictionary<string, TrackDefinition>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Track is { } track)
            {
                tracks[file.Path] = track;
            }
        }

        LadderLocation Resolve(LadderLocation location) =>
            IsAnchor(location) && tracks.TryGetValue(location.FilePath, out var track) ? new LadderLocation(location.FilePath, SpanOf(location.Span.Start, track)) : location;

        return diagnostics.Select(diagnostic => diagnostic with
        {
            Location = Resolve(diagnostic.Location),
            AdditionalLocations = diagnostic.AdditionalLocations.Select(Resolve).ToEquatableArray(),
        }).ToEquatableArray();
    }

    private static SourceSpan SpanOf(int anchor, TrackDefinition track)
    {
        if (anchor == TrackIdAnchor)
        {
            return track.Id.Span;
        }

        var position = TrackIdAnchor - 1 - anchor;
        return position < track.Levels.Count ? track.Levels[position].Code.Span : SourceSpan.FileStart;
    }

    private static bool IsAnchor(LadderLocation location) => location.Span.Start < 0;

    private static SourceSpan LevelAnchor(int position) => Anchor(TrackIdAnchor - 1 - position);

    private static SourceSpan Anchor(int value) => new(value, value, 0, 0, 0, 0);
}
