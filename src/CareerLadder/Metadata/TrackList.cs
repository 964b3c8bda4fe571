using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace CareerLadder.Metadata;

/// <summary>
/// The tracks of a generated catalog as a read-only list whose items are built on first access: reading one track
/// builds (and compiles) only that track, and <see cref="Count"/> builds none.
/// </summary>
/// <remarks>This API is for use by the output of the CareerLadder source generator and should not be called directly.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TrackList : IReadOnlyList<Track>
{
    private readonly Func<int, Track> _trackAt;

    // Read by the indexer through the field: a first lookup compiles one getter less.
    private readonly int _count;

    /// <summary>Creates the list of <paramref name="count"/> tracks returned by <paramref name="trackAt"/>.</summary>
    /// <param name="count">The number of tracks.</param>
    /// <param name="trackAt">Returns the track at a position from 0 to <paramref name="count"/> - 1, always the same instance.</param>
    public TrackList(int count, Func<int, Track> trackAt)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A track count cannot be negative.");
        }

        _count = count;
        _trackAt = trackAt ?? throw new ArgumentNullException(nameof(trackAt));
    }

    /// <summary>The number of tracks.</summary>
    public int Count => _count;

    /// <summary>Returns the track at <paramref name="index"/>, building it on first access.</summary>
    /// <param name="index">The track's position, from 0 to <see cref="Count"/> - 1.</param>
    public Track this[int index] => (uint)index < (uint)_count
        ? _trackAt(index)
        : throw new ArgumentOutOfRangeException(nameof(index), index, "Not a track position.");

    /// <summary>Enumerates the tracks in order, building each on first access.</summary>
    public IEnumerator<Track> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            yield return _trackAt(index);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
