using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Cli.Importing.Building;

/// <summary>Everything the importer knows while it builds tracks: the framework, the other tracks and where warnings go.</summary>
internal sealed class ImportContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="options">The user's choices.</param>
    /// <param name="log">Where warnings go.</param>
    /// <param name="existing">The tracks of the target directory that this import does not replace.</param>
    /// <param name="pageTracks">Name and abbreviation of every page of this import (to recognize pages copied from each other).</param>
    public ImportContext(ImportFramework framework, ImportOptions options, ImportLog log, IReadOnlyList<KnownTrack> existing, IReadOnlyList<(string Name, string Abbreviation)> pageTracks)
    {
        Framework = framework;
        Options = options;
        Log = log;
        Existing = existing;
        PageTracks = pageTracks;
    }

    /// <summary>The framework.</summary>
    public ImportFramework Framework { get; }

    /// <summary>The user's choices.</summary>
    public ImportOptions Options { get; }

    /// <summary>Where warnings go.</summary>
    public ImportLog Log { get; }

    /// <summary>Tracks of the target directory.</summary>
    public IReadOnlyList<KnownTrack> Existing { get; }

    /// <summary>Tracks imported so far in this run.</summary>
    public List<KnownTrack> Imported { get; } = new();

    /// <summary>Name and abbreviation of every page of this run.</summary>
    public IReadOnlyList<(string Name, string Abbreviation)> PageTracks { get; }

    /// <summary>
    /// Sections the pages use that the built-in framework lacks, by id, with their name and shape: written into the
    /// framework file next to the tracks so that the output validates (a framework of the target directory is never changed).
    /// </summary>
    public SortedDictionary<string, (string Name, SectionShape Kind)> AddedSections { get; } = new(StringComparer.Ordinal);

    /// <summary>Competencies read from front-matter topics, by id, with their name and steps, for the written framework.</summary>
    public SortedDictionary<string, (string Name, IReadOnlyList<string> Steps)> AddedCompetencies { get; } = new(StringComparer.Ordinal);

    /// <summary>Keys of warnings said once per page (a table column, not each of its cells).</summary>
    public HashSet<string> ReportedOnce { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the framework is the built-in one, which the import writes and may extend.</summary>
    public bool CanExtendFramework => Framework.DefaultText is not null;

    /// <summary>The abbreviations of the tracks imported so far and of the target directory's, by track id.</summary>
    public IEnumerable<(string Track, string Abbreviation)> Abbreviations => AllTracks.Select(track => (track.Id, track.Abbreviation));

    /// <summary>The track other than <paramref name="trackId"/> that already uses <paramref name="abbreviation"/>, or null.</summary>
    /// <param name="abbreviation">An abbreviation.</param>
    /// <param name="trackId">The track asking.</param>
    public string? AbbreviationOwner(string abbreviation, string trackId) =>
        Abbreviations.Where(pair => pair.Track != trackId && string.Equals(pair.Abbreviation, abbreviation, StringComparison.OrdinalIgnoreCase)).Select(pair => pair.Track).FirstOrDefault();

    /// <summary>Every track known: imported in this run first, then the target directory's.</summary>
    public IEnumerable<KnownTrack> AllTracks => Imported.Concat(Existing);

    /// <summary>The track with this name (case-insensitive), or null.</summary>
    /// <param name="name">The name.</param>
    public KnownTrack? TrackNamed(string name) =>
        AllTracks.FirstOrDefault(track => string.Equals(track.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The level with this title or code (case-insensitive), with its track, or null.</summary>
    /// <param name="titleOrCode">A level title such as "Engineering Manager", or a code.</param>
    public (KnownTrack Track, KnownLevel Level)? LevelNamed(string titleOrCode)
    {
        foreach (var track in AllTracks)
        {
            foreach (var level in track.Levels)
            {
                if (string.Equals(level.Title, titleOrCode, StringComparison.OrdinalIgnoreCase) || string.Equals(level.Code, titleOrCode, StringComparison.OrdinalIgnoreCase))
                {
                    return (track, level);
                }
            }
        }

        return null;
    }
}
