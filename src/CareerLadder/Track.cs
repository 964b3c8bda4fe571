using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using CareerLadder.Metadata;

namespace CareerLadder;

/// <summary>
/// A career track such as Technical Program Manager: its identity and its levels from lowest to highest rank.
/// Generated code derives one class per track with a property per level.
/// </summary>
public abstract partial class Track
{
    private static readonly Link[] NoLinks = Array.Empty<Link>();

    /// <summary>The catalog's level index for a generated track, where former codes resolve; null for a track made by hand.</summary>
    private readonly LevelIndex? _catalog;

    private Level[] _levels = Array.Empty<Level>();
    private bool _levelsInitialized;

    /// <summary>Creates a track; the derived class creates its levels and passes them to <see cref="InitializeLevels"/>.</summary>
    /// <param name="id">The track's identifier in the ladder files, for example <c>technical-program-manager</c>.</param>
    /// <param name="name">The track's display name.</param>
    /// <param name="abbreviation">The abbreviation that prefixes the track's level codes, for example <c>TPM</c>.</param>
    /// <param name="summary">What the role is responsible for, when the ladder says it.</param>
    /// <param name="links">References the track points to.</param>
    /// <param name="cultures">Cultures the track is translated into by localization overlays, besides its base language.</param>
    /// <param name="formerIds">Ids the track had in earlier versions of the ladders (<c>renamed-from:</c>); stored ones resolve to it.</param>
    protected Track(string id, LocalizedText name, string abbreviation, LocalizedText? summary = null, Link[]? links = null, string[]? cultures = null, string[]? formerIds = null)
    {
        FormerIds = new ReadOnlyCollection<string>(formerIds is null ? Array.Empty<string>() : (string[])formerIds.Clone());
        Cultures = new ReadOnlyCollection<string>(cultures is null ? Array.Empty<string>() : (string[])cultures.Clone());
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Abbreviation = abbreviation ?? throw new ArgumentNullException(nameof(abbreviation));
        Summary = summary;
        Links = new ReadOnlyCollection<Link>(links ?? NoLinks);
        Levels = new ReadOnlyCollection<Level>(_levels);
    }

    /// <summary>
    /// Creates a track and its levels from the table generated code holds (<see cref="TrackTable"/>): the levels, with
    /// their expectations and sections, are built here by shared, already compiled code.
    /// </summary>
    /// <param name="table">The track's generated table.</param>
    /// <param name="competencies">The framework's competencies, by index.</param>
    /// <param name="catalog">The catalog's level index, where the levels this track's levels extend or lead to are found on first use.</param>
    /// <param name="formerIds">Ids the track had in earlier versions of the ladders (<c>renamed-from:</c>); stored ones resolve to it.</param>
    /// <remarks>This API is for use by the output of the CareerLadder source generator and should not be called directly.</remarks>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    protected Track(TrackTable table, IReadOnlyList<Competency> competencies, LevelIndex catalog, string[]? formerIds = null)
        : this((table ?? throw new ArgumentNullException(nameof(table))).Id, table.Name, table.Abbreviation, table.Summary, table.Links, table.Cultures, formerIds)
    {
        // The table builds new levels of this track, each once: none of InitializeLevels' checks can fail, so they are
        // skipped, and a first lookup does not compile them.
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        SetLevels(table.BuildLevels(this, competencies ?? throw new ArgumentNullException(nameof(competencies)), catalog));
    }

    /// <summary>The track's identifier in the ladder files.</summary>
    public string Id { get; }

    /// <summary>Ids the track had in earlier versions of the ladders (<c>renamed-from:</c>); lookups of a stored one find this track.</summary>
    public IReadOnlyList<string> FormerIds { get; }

    /// <summary>The track's display name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The abbreviation that prefixes the track's level codes.</summary>
    public string Abbreviation { get; }

    /// <summary>What the role is responsible for, when the ladder says it.</summary>
    public LocalizedText? Summary { get; }

    /// <summary>Cultures the track is translated into (for example <c>ko</c>), besides its base language.</summary>
    public IReadOnlyList<string> Cultures { get; }

    /// <summary>References the track points to.</summary>
    public IReadOnlyList<Link> Links { get; }

    /// <summary>The levels from lowest to highest rank.</summary>
    public IReadOnlyList<Level> Levels { get; private set; }

    /// <summary>The lowest level, or <see langword="null"/> for a track without levels.</summary>
    public Level? FirstLevel => _levels.Length > 0 ? _levels[0] : null;

    /// <summary>The highest level, or <see langword="null"/> for a track without levels.</summary>
    public Level? LastLevel => _levels.Length > 0 ? _levels[_levels.Length - 1] : null;

    /// <summary>
    /// Finds a level of this track by code, ignoring case: a current code, or a code of an earlier version (a renamed
    /// level, a retired one with a successor in this track), exactly as the catalog's <c>TryGetLevel</c> does.
    /// </summary>
    /// <param name="code">The level code, for example <c>TPM5</c>.</param>
    /// <param name="level">The level, when found.</param>
    public bool TryGetLevel(string code, [NotNullWhen(true)] out Level? level)
    {
        foreach (var candidate in _levels)
        {
            if (string.Equals(candidate.Code, code, StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }

        if (_catalog is { HasFormerCodes: true } && _catalog.TryGetLevel(code, out var successor) && ReferenceEquals(successor.Track, this))
        {
            level = successor;
            return true;
        }

        level = null;
        return false;
    }

    /// <summary>Sets the track's levels, lowest rank first, and links each level to its neighbours. Call once.</summary>
    /// <param name="levels">The levels of this track in ladder order.</param>
    protected void InitializeLevels(params Level[] levels)
    {
        if (levels is null)
        {
            throw new ArgumentNullException(nameof(levels));
        }

        if (_levelsInitialized)
        {
            throw new InvalidOperationException($"The levels of track '{Id}' are already initialized.");
        }

        var copy = (Level[])levels.Clone();
        var seen = new HashSet<Level>();
        foreach (var level in copy)
        {
            if (level is null || !ReferenceEquals(level.Track, this))
            {
                throw new ArgumentException($"Level '{level?.Code}' does not belong to track '{Id}'.", nameof(levels));
            }

            if (!seen.Add(level))
            {
                throw new ArgumentException($"Level '{level.Code}' is listed twice.", nameof(levels));
            }
        }

        SetLevels(copy);
    }

    /// <summary>Sets the track's levels (an array this track owns) and each level's index.</summary>
    private void SetLevels(Level[] levels)
    {
        for (var i = 0; i < levels.Length; i++)
        {
            levels[i].Index = i;
        }

        _levels = levels;
        _levelsInitialized = true;
        Levels = new ReadOnlyCollection<Level>(levels);
    }

    /// <summary>Returns the track's name in the current UI culture.</summary>
    public override string ToString() => Name.ToString();
}
