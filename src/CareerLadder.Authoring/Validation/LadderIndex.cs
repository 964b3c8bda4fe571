using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// What the validation of one track needs to know about all the others, built from every file in one small pass
/// (<see cref="LadderValidator.Index"/>): the framework, which track owns which id and level code with their C# names
/// and ranks, the tracks' names for the copy-paste checks, the files that could not be read, and the diagnostics of
/// that cross-file pass. It holds no text a level writes and no position of anything that is not a problem, so an edit
/// of a level's texts or a shift of lines leaves it equal and the validation of the other tracks is not run again.
/// </summary>
public sealed class LadderIndex : IEquatable<LadderIndex>
{
    private Lookups? _lookups;

    /// <param name="framework">The framework as emitted; empty when the project has none.</param>
    /// <param name="frameworkSource">The framework as written, or null when the project has none.</param>
    /// <param name="tracks">The tracks that are validated (first of each id), in validation order.</param>
    /// <param name="unreadable">The files that could not be read to their end.</param>
    /// <param name="diagnostics">The problems found across files: the framework, duplicate ids and codes, C# names, overlays.</param>
    /// <param name="skipped">The references of overlays not checked because they may point into an unreadable file.</param>
    public LadderIndex(CodeFramework framework, FrameworkDefinition? frameworkSource, EquatableArray<IndexedTrack> tracks, EquatableArray<UnreadableFile> unreadable,
        EquatableArray<LadderDiagnostic> diagnostics, EquatableArray<SkippedReference> skipped)
    {
        Framework = framework;
        FrameworkSource = frameworkSource;
        Tracks = tracks;
        Unreadable = unreadable;
        Diagnostics = diagnostics;
        Skipped = skipped;
    }

    /// <summary>The framework as emitted; empty when the project has none.</summary>
    public CodeFramework Framework { get; }

    /// <summary>The framework as written, or null when the project has none.</summary>
    public FrameworkDefinition? FrameworkSource { get; }

    /// <summary>The tracks that are validated (the first file of each id), ordered by id, then path.</summary>
    public EquatableArray<IndexedTrack> Tracks { get; }

    /// <summary>The files that could not be read to their end.</summary>
    public EquatableArray<UnreadableFile> Unreadable { get; }

    /// <summary>The problems found across files.</summary>
    public EquatableArray<LadderDiagnostic> Diagnostics { get; }

    /// <summary>References of overlays that were not checked because they may point into an unreadable file.</summary>
    public EquatableArray<SkippedReference> Skipped { get; }

    /// <summary>Every level code that is a level of the model, any case, with its owner.</summary>
    internal IReadOnlyDictionary<string, IndexedLevel> LevelsByCode => Lookup().LevelsByCode;

    /// <summary>The position in <see cref="Tracks"/> of the track that owns each level code, any case.</summary>
    internal IReadOnlyDictionary<string, int> LevelTracks => Lookup().LevelTracks;

    /// <summary>The position of each validated track in <see cref="Tracks"/>, by id.</summary>
    internal IReadOnlyDictionary<string, int> TrackOrder => Lookup().TrackOrder;

    /// <summary>Suggestions for unknown level codes among all of them.</summary>
    internal LevelCodeCandidates LevelCandidates => Lookup().LevelCandidates;

    /// <summary>Which tracks a text names.</summary>
    internal TrackMentions Mentions => Lookup().Mentions;

    /// <inheritdoc/>
    public bool Equals(LadderIndex? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Tracks.Equals(other.Tracks)
                && Unreadable.Equals(other.Unreadable)
                && Diagnostics.Equals(other.Diagnostics)
                && Skipped.Equals(other.Skipped)
                && Framework.Equals(other.Framework)
                && Equals(FrameworkSource, other.FrameworkSource)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LadderIndex);

    /// <inheritdoc/>
    public override int GetHashCode() => Tracks.GetHashCode();

    /// <summary>The look-up tables, built once per index on first use (not part of its value).</summary>
    private Lookups Lookup()
    {
        var lookups = Volatile.Read(ref _lookups);
        if (lookups is null)
        {
            lookups = new Lookups(this);
            Interlocked.CompareExchange(ref _lookups, lookups, null);
        }

        return lookups;
    }

    private sealed class Lookups
    {
        public Lookups(LadderIndex index)
        {
            var levels = new Dictionary<string, IndexedLevel>(StringComparer.OrdinalIgnoreCase);
            var owners = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var order = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var position = 0; position < index.Tracks.Count; position++)
            {
                var track = index.Tracks[position];
                order[track.Id] = position;
                foreach (var level in track.Levels)
                {
                    levels[level.Code] = level;
                    owners[level.Code] = position;
                }
            }

            LevelsByCode = levels;
            LevelTracks = owners;
            TrackOrder = order;
            LevelCandidates = new LevelCodeCandidates(index.Tracks.SelectMany(track => track.Levels).Select(level => level.Code));
            Mentions = new TrackMentions(index.Tracks.Select(track => (track.Id, track.Name, track.Abbreviation)).ToList());
        }

        public Dictionary<string, IndexedLevel> LevelsByCode { get; }

        public Dictionary<string, int> TrackOrder { get; }

        public Dictionary<string, int> LevelTracks { get; }

        public LevelCodeCandidates LevelCandidates { get; }

        public TrackMentions Mentions { get; }
    }
}

/// <summary>A validated track as the other tracks see it.</summary>
/// <param name="Id">The track id.</param>
/// <param name="Path">Its file.</param>
/// <param name="Identifier">Its C# name, or null when it gets no code (reported).</param>
/// <param name="HintName">The name of its generated file, or null when it gets no code.</param>
/// <param name="Name">Its display name (for the checks of titles and charts that name another track).</param>
/// <param name="Abbreviation">Its abbreviation.</param>
/// <param name="Levels">The levels whose code it owns (the first level of each code), in the order written.</param>
public sealed record IndexedTrack(string Id, string Path, string? Identifier, string? HintName, string Name, string Abbreviation, EquatableArray<IndexedLevel> Levels);

/// <summary>A level as the other tracks see it: what a transition or a suggestion needs.</summary>
/// <param name="Code">The level code.</param>
/// <param name="Position">Its position among the levels its track writes.</param>
/// <param name="Rank">Its rank.</param>
/// <param name="TrackIdentifier">The C# name of its track, or null when the track gets no code.</param>
/// <param name="Identifier">Its C# name, or null when it gets no code.</param>
public sealed record IndexedLevel(string Code, int Position, int Rank, string? TrackIdentifier, string? Identifier)
{
    /// <summary>A reference to the level for the generated code, or null when it gets no code.</summary>
    public CodeLevelReference? Reference() =>
        TrackIdentifier is not null && Identifier is not null ? new CodeLevelReference(Code, TrackIdentifier, Identifier) : null;
}
