using System;
using System.Collections.Generic;
using System.Linq;

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
