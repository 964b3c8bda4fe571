using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.ComponentModel;

namespace CareerLadder.Metadata;

/// <summary>
/// Finds the levels of a generated catalog by code (ignoring case) and by rank from compact generated tables, building
/// only the tracks whose levels are asked for. Lookups by code allocate nothing.
/// </summary>
/// <remarks>This API is for use by the output of the CareerLadder source generator and should not be called directly.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LevelIndex
{
    private static readonly IReadOnlyList<Level> NoLevels = new ReadOnlyCollection<Level>(Array.Empty<Level>());

    private readonly CodeIndex _codes;
    private readonly IReadOnlyList<Track> _tracks;
    private readonly int[] _trackOf;
    private readonly int[] _positionInTrack;
    private readonly int[] _ranks;
    private readonly Level?[] _levels;
    private RankGroups? _rankGroups;
    private readonly CodeIndex? _formerCodes;
    private readonly int[] _successors = Array.Empty<int>();
    private readonly string[] _retiredSince = Array.Empty<string>();

    /// <summary>Creates the index of the levels of <paramref name="tracks"/>.</summary>
    /// <param name="codes">Every level code, track by track in <paramref name="tracks"/> order, each track's levels in order.</param>
    /// <param name="levelCounts">The number of levels of each track.</param>
    /// <param name="ranks">The rank of each level, in the order of <paramref name="codes"/>.</param>
    /// <param name="tracks">The tracks; a track is read only when one of its levels is asked for.</param>
    public LevelIndex(CodeIndex codes, int[] levelCounts, int[] ranks, IReadOnlyList<Track> tracks)
        : this(codes, levelCounts, ranks, tracks, null, null, null)
    {
    }

    /// <summary>Creates the index of the levels of <paramref name="tracks"/> and of the codes they had in earlier versions.</summary>
    /// <param name="codes">Every level code, track by track in <paramref name="tracks"/> order, each track's levels in order.</param>
    /// <param name="levelCounts">The number of levels of each track.</param>
    /// <param name="ranks">The rank of each level, in the order of <paramref name="codes"/>.</param>
    /// <param name="tracks">The tracks; a track is read only when one of its levels is asked for.</param>
    /// <param name="formerCodes">Codes of earlier versions (renamed or retired levels); none may also be in <paramref name="codes"/>.</param>
    /// <param name="successors">
    /// For each former code, the position in <paramref name="codes"/> of the level it resolves to; <c>-1</c> for a retired
    /// level without a successor; a value at or below <c>-2</c> marks a renamed code whose level is at position
    /// <c>-2 - value</c>.
    /// </param>
    /// <param name="retiredSince">For each former code, when it was retired (empty when not given or renamed).</param>
    public LevelIndex(CodeIndex codes, int[] levelCounts, int[] ranks, IReadOnlyList<Track> tracks, CodeIndex? formerCodes, int[]? successors, string[]? retiredSince)
    {
        _codes = codes ?? throw new ArgumentNullException(nameof(codes));
        _tracks = tracks ?? throw new ArgumentNullException(nameof(tracks));
        _ranks = (int[])(ranks ?? throw new ArgumentNullException(nameof(ranks))).Clone();
        if (levelCounts is null)
        {
            throw new ArgumentNullException(nameof(levelCounts));
        }

        if (_ranks.Length != _codes.Count)
        {
            throw WrongRankCount(_codes.Count, _ranks.Length);
        }

        _trackOf = new int[_codes.Count];
        _positionInTrack = new int[_codes.Count];
        var entry = 0;
        for (var track = 0; track < levelCounts.Length; track++)
        {
            for (var position = 0; position < levelCounts[track]; position++, entry++)
            {
                if (entry >= _codes.Count)
                {
                    throw WrongLevelCounts(-1, _codes.Count);
                }

                _trackOf[entry] = track;
                _positionInTrack[entry] = position;
            }
        }

        if (entry != _codes.Count)
        {
            throw WrongLevelCounts(entry, _codes.Count);
        }

        _levels = new Level?[_codes.Count];
        if (formerCodes is not null)
        {
            _formerCodes = formerCodes;
            _successors = (int[])(successors ?? throw new ArgumentNullException(nameof(successors))).Clone();
            _retiredSince = (string[])(retiredSince ?? throw new ArgumentNullException(nameof(retiredSince))).Clone();
            CheckFormerCodes(formerCodes);
        }
    }

    // The checks of former codes and the exceptions' messages are methods of their own: a catalog without former codes
    // never compiles them, and the constructor a first lookup compiles stays small.
    private void CheckFormerCodes(CodeIndex formerCodes)
    {
        if (_successors.Length != formerCodes.Count || _retiredSince.Length != formerCodes.Count)
        {
            throw new ArgumentException($"There are {formerCodes.Count} former codes, {_successors.Length} successors and {_retiredSince.Length} retirement dates.", "successors");
        }

        for (var former = 0; former < _successors.Length; former++)
        {
            var target = _successors[former] <= -2 ? -2 - _successors[former] : _successors[former];
            if (target >= _codes.Count || _codes.IndexOf(formerCodes[former]) >= 0)
            {
                throw new ArgumentException($"The former code '{formerCodes[former]}' is also a current code or resolves to no level.", nameof(formerCodes));
            }
        }
    }

    private static InvalidOperationException WrongCode(string listed, string found) =>
        new($"The catalog lists '{listed}' where its track has '{found}'.");

    private static ArgumentException WrongRankCount(int codes, int ranks) => new($"There are {codes} codes but {ranks} ranks.", "ranks");

    /// <summary>The level counts add up to <paramref name="sum"/> (-1: to more than the codes) instead of <paramref name="codes"/>.</summary>
    private static ArgumentException WrongLevelCounts(int sum, int codes) => sum < 0
        ? new ArgumentException("The level counts add up to more than the codes.", "levelCounts")
        : new ArgumentException($"The level counts add up to {sum}, not to the {codes} codes.", "levelCounts");

    /// <summary>Whether the ladders declare former codes (renamed or retired levels) that <see cref="Resolve(string?)"/> knows.</summary>
    public bool HasFormerCodes => _formerCodes is not null;

    /// <summary>Finds a level by code, ignoring case, building only its track. Allocates nothing.</summary>
    /// <param name="code">The level code, for example <c>TPM5</c>.</param>
    /// <param name="level">The level, when found.</param>
    public bool TryGetLevel(string? code, [NotNullWhen(true)] out Level? level)
    {
        var entry = _codes.IndexOf(code);
        if (entry < 0)
        {
            var former = _formerCodes?.IndexOf(code) ?? -1;
            entry = former < 0 ? -1 : Target(former);
            if (entry < 0)
            {
                level = null;
                return false;
            }
        }

        level = _levels[entry] ?? Resolve(entry);
        return true;
    }

    /// <summary>
    /// Resolves a code that may come from data stored with an earlier version of the ladders: a current code, a renamed
    /// level's former code (to the level), or a retired level's code (to its successor, if any). Ignores case.
    /// </summary>
    /// <param name="code">The stored code.</param>
    public LevelResolution Resolve(string? code)
    {
        var entry = _codes.IndexOf(code);
        if (entry >= 0)
        {
            return new LevelResolution(code!, LevelCodeStatus.Current, _levels[entry] ?? Resolve(entry), string.Empty);
        }

        var former = _formerCodes?.IndexOf(code) ?? -1;
        if (former < 0)
        {
            return new LevelResolution(code ?? string.Empty, LevelCodeStatus.Unknown, null, string.Empty);
        }

        var target = Target(former);
        var level = target < 0 ? null : _levels[target] ?? Resolve(target);
        return new LevelResolution(code!, _successors[former] <= -2 ? LevelCodeStatus.Renamed : LevelCodeStatus.Retired, level, _retiredSince[former]);
    }

    private int Target(int former) => _successors[former] <= -2 ? -2 - _successors[former] : _successors[former];

    /// <summary>Returns the levels at <paramref name="rank"/>, in track order; empty when there is none. The same list on every call.</summary>
    /// <param name="rank">The company-wide rank.</param>
    public IReadOnlyList<Level> AtRank(int rank)
    {
        if (_rankGroups is null)
        {
            Interlocked.CompareExchange(ref _rankGroups, new RankGroups(_ranks), null);
        }

        var groups = _rankGroups!;
        if (!groups.Group.TryGetValue(rank, out var group))
        {
            return NoLevels;
        }

        if (groups.Levels[group] is { } known)
        {
            return known;
        }

        var levels = new List<Level>();
        for (var entry = 0; entry < _ranks.Length; entry++)
        {
            if (_ranks[entry] == rank)
            {
                levels.Add(_levels[entry] ?? Resolve(entry));
            }
        }

        Interlocked.CompareExchange(ref groups.Levels[group], new ReadOnlyCollection<Level>(levels), null);
        return groups.Levels[group]!;
    }

    private Level Resolve(int entry)
    {
        var level = _tracks[_trackOf[entry]].Levels[_positionInTrack[entry]];
        if (!string.Equals(level.Code, _codes[entry], StringComparison.Ordinal))
        {
            throw WrongCode(_codes[entry], level.Code);
        }

        // A cache of a level its track already published: racing threads store the same reference.
        Volatile.Write(ref _levels[entry], level);
        return level;
    }

    /// <summary>The distinct ranks and the lists of their levels, built on the first call of <see cref="AtRank"/>, not by a lookup.</summary>
    private sealed class RankGroups
    {
        public RankGroups(int[] ranks)
        {
            foreach (var rank in ranks)
            {
                if (!Group.ContainsKey(rank))
                {
                    Group.Add(rank, Group.Count);
                }
            }

            Levels = new IReadOnlyList<Level>?[Group.Count];
        }

        /// <summary>The group of each distinct rank, in order of first appearance.</summary>
        public Dictionary<int, int> Group { get; } = new();

        /// <summary>The levels of each group, once asked for.</summary>
        public IReadOnlyList<Level>?[] Levels { get; }
    }
}
