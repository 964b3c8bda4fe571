using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

namespace CareerLadder;

/// <summary>One level of a track: a row of its level table with the expectations and sections that describe it.</summary>
public sealed partial class Level : IComparable<Level>
{
    private static readonly Expectation[] NoExpectations = Array.Empty<Expectation>();
    private static readonly Section[] NoSections = Array.Empty<Section>();
    private static readonly Level[] NoLevels = Array.Empty<Level>();

    private readonly Expectation?[] _expectationsByCompetency;
    private Func<Level>? _extends;
    private Level? _extendsLevel;
    private Func<Level[]>? _transitions;
    private IReadOnlyList<Level>? _nextSteps;
    private readonly Section[] _sections;

    // Read by ToString through the field: a fresh process that prints a level compiles one getter less.
    private readonly LocalizedText _title;

    /// <summary>Creates a level of <paramref name="track"/>; the track links its levels once they are all created.</summary>
    /// <param name="track">The track the level belongs to.</param>
    /// <param name="code">The level's code, for example <c>TPM5</c>.</param>
    /// <param name="rank">The company-wide rank of the level.</param>
    /// <param name="title">The level's title, for example "Technical Program Manager 5".</param>
    /// <param name="seniority">The level's seniority, for example "Senior", when the ladder gives one.</param>
    /// <param name="publicTitle">The title used outside the company, when the ladder gives one.</param>
    /// <param name="summary">A short description of the level, when the ladder gives one.</param>
    /// <param name="chart">The level's chart image, when the ladder has one.</param>
    /// <param name="expectations">The step reached on each competency, at most one per competency.</param>
    /// <param name="sections">Free-form content of the level.</param>
    /// <param name="extends">Returns the level this one extends (<c>extends:</c> in the ladder); called on first use of <see cref="Extends"/>.</param>
    /// <param name="transitions">Returns the levels of any track this one leads to (<c>transitions:</c> in the ladder); called on first use of <see cref="NextSteps"/>.</param>
    public Level(
        Track track,
        string code,
        int rank,
        LocalizedText title,
        string? seniority = null,
        LocalizedText? publicTitle = null,
        LocalizedText? summary = null,
        Chart? chart = null,
        Expectation[]? expectations = null,
        Section[]? sections = null,
        Func<Level>? extends = null,
        Func<Level[]>? transitions = null)
    {
        _extends = extends;
        _transitions = transitions;
        Track = track ?? throw new ArgumentNullException(nameof(track));
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Rank = rank;
        _title = title ?? throw new ArgumentNullException(nameof(title));
        Seniority = seniority;
        PublicTitle = publicTitle;
        Summary = summary;
        Chart = chart;

        var slots = 0;
        foreach (var expectation in expectations ?? NoExpectations)
        {
            if (expectation?.Step.Competency is null)
            {
                throw InvalidExpectation(code, null);
            }

            slots = Math.Max(slots, expectation.Competency.Index + 1);
        }

        _expectationsByCompetency = new Expectation?[slots];
        foreach (var expectation in expectations ?? NoExpectations)
        {
            if (_expectationsByCompetency[expectation.Competency.Index] is not null)
            {
                throw InvalidExpectation(code, expectation.Competency.Id);
            }

            _expectationsByCompetency[expectation.Competency.Index] = expectation;
        }

        // In competency order: the slots without their gaps.
        var ordered = new Expectation[(expectations ?? NoExpectations).Length];
        var count = 0;
        foreach (var expectation in _expectationsByCompetency)
        {
            if (expectation is not null)
            {
                ordered[count++] = expectation;
            }
        }

        Expectations = new ReadOnlyCollection<Expectation>(ordered);
        _sections = sections is null || sections.Length == 0 ? NoSections : (Section[])sections.Clone();
        Sections = new ReadOnlyCollection<Section>(_sections);
    }

    /// <summary>
    /// The exception for an expectation without a competency (<paramref name="competency"/> null) or for a second
    /// expectation of <paramref name="competency"/>; a method of its own so that the constructor compiles less.
    /// </summary>
    private static ArgumentException InvalidExpectation(string code, string? competency) => competency is null
        ? new ArgumentException($"Level '{code}' has an expectation whose step belongs to no competency.", "expectations")
        : new ArgumentException($"Level '{code}' has two expectations for competency '{competency}'.", "expectations");

    /// <summary>The track the level belongs to.</summary>
    public Track Track { get; }

    /// <summary>The level's code, for example <c>TPM5</c>.</summary>
    public string Code { get; }

    /// <summary>The company-wide rank of the level; levels of different tracks at the same rank are peers.</summary>
    public int Rank { get; }

    /// <summary>The level's title, for example "Technical Program Manager 5".</summary>
    public LocalizedText Title => _title;

    /// <summary>The level's seniority, for example "Senior", when the ladder gives one.</summary>
    public string? Seniority { get; }

    /// <summary>The title used outside the company, for example "Staff Engineer", when the ladder gives one.</summary>
    public LocalizedText? PublicTitle { get; }

    /// <summary>A short description of the level, when the ladder gives one.</summary>
    public LocalizedText? Summary { get; }

    /// <summary>The level's chart image, when the ladder has one.</summary>
    public Chart? Chart { get; }

    /// <summary>The step reached on each competency, in framework order.</summary>
    public IReadOnlyList<Expectation> Expectations { get; }

    /// <summary>Free-form content of the level, in the order the ladder lists it.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>
    /// The level this one builds on ("same as Engineering Manager, but also..."), of this track or another; its
    /// expectations and sections are inherited unless this level states its own. Null when the level extends none.
    /// </summary>
    public Level? Extends
    {
        get
        {
            // The resolver is dropped only after the level is published, so a thread that finds it gone finds the level.
            if (Volatile.Read(ref _extends) is not { } resolve)
            {
                return Volatile.Read(ref _extendsLevel);
            }

            var resolved = resolve();
            var level = Interlocked.CompareExchange(ref _extendsLevel, resolved, null) ?? resolved;
            Volatile.Write(ref _extends, null);
            return level;
        }
    }

    /// <summary>The 0-based position of the level in its track.</summary>
    public int Index { get; internal set; } = -1;

    /// <summary>The next level of the same track, or <see langword="null"/> for the top level.</summary>
    public Level? Next => Index >= 0 && Index + 1 < Track.Levels.Count ? Track.Levels[Index + 1] : null;

    /// <summary>The previous level of the same track, or <see langword="null"/> for the first level.</summary>
    public Level? Previous => Index > 0 ? Track.Levels[Index - 1] : null;

    /// <summary>
    /// Where a person at this level can move next: the next level of the same track first (when there is one), then the
    /// levels the ladder lists under <c>transitions:</c>, of this track or another, in ladder order and without repeats.
    /// </summary>
    public IReadOnlyList<Level> NextSteps => Volatile.Read(ref _nextSteps) ?? BuildNextSteps();

    /// <summary>
    /// Builds <see cref="NextSteps"/> in a local list and publishes it whole, once: threads that race here may each build
    /// one, the first published wins and every thread returns it. The transitions are dropped only after publication, so
    /// a thread that finds them gone finds the published list.
    /// </summary>
    private IReadOnlyList<Level> BuildNextSteps()
    {
        var transitions = Volatile.Read(ref _transitions);
        if (transitions is null && Volatile.Read(ref _nextSteps) is { } published)
        {
            return published;
        }

        var steps = new List<Level>();
        if (Next is { } next)
        {
            steps.Add(next);
        }

        foreach (var transition in transitions?.Invoke() ?? NoLevels)
        {
            if (transition is not null && !ReferenceEquals(transition, this) && !steps.Contains(transition))
            {
                steps.Add(transition);
            }
        }

        var built = new ReadOnlyCollection<Level>(steps);
        var result = Interlocked.CompareExchange(ref _nextSteps, built, null) ?? built;
        Volatile.Write(ref _transitions, null);
        return result;
    }

    /// <summary>
    /// Returns the shortest career path from this level to <paramref name="target"/> following <see cref="NextSteps"/>:
    /// the levels from this one to the target, both included, or <see langword="null"/> when the target cannot be reached.
    /// Among paths of the same length, the one that takes earlier <see cref="NextSteps"/> first wins (breadth-first search),
    /// so the result is deterministic.
    /// </summary>
    /// <param name="target">The level to reach, of this track or another.</param>
    public IReadOnlyList<Level>? PathTo(Level target)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        var cameFrom = new Dictionary<Level, Level?> { [this] = null };
        var queue = new Queue<Level>();
        queue.Enqueue(this);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (ReferenceEquals(current, target))
            {
                var path = new List<Level>();
                for (Level? step = current; step is not null; step = cameFrom[step])
                {
                    path.Add(step);
                }

                path.Reverse();
                return new ReadOnlyCollection<Level>(path);
            }

            foreach (var next in current.NextSteps)
            {
                if (!cameFrom.ContainsKey(next))
                {
                    cameFrom[next] = current;
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }

    /// <summary>Returns the expectation for <paramref name="competency"/>, or <see langword="null"/> when the level has none.</summary>
    /// <param name="competency">The competency to look up.</param>
    public Expectation? GetExpectation(Competency competency)
    {
        if (competency is null)
        {
            throw new ArgumentNullException(nameof(competency));
        }

        var expectation = GetExpectationAt(competency.Index);
        return expectation is not null && ReferenceEquals(expectation.Competency, competency) ? expectation : null;
    }

    /// <summary>Returns the expectation for the competency at <paramref name="competencyIndex"/> in the framework.</summary>
    /// <param name="competencyIndex">The competency's <see cref="Competency.Index"/>.</param>
    /// <remarks>
    /// This API is for use by the output of the CareerLadder source generator: a position changes when the framework
    /// changes. Call the generated <c>Expectation(CompetencyId)</c> or <see cref="GetExpectation(string)"/> instead.
    /// </remarks>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public Expectation? GetExpectationAt(int competencyIndex) =>
        competencyIndex >= 0 && competencyIndex < _expectationsByCompetency.Length ? _expectationsByCompetency[competencyIndex] : null;

    /// <summary>Returns the expectation for the competency with identifier <paramref name="competencyId"/>, ignoring case.</summary>
    /// <param name="competencyId">The competency identifier, for example <c>technology</c>.</param>
    public Expectation? GetExpectation(string competencyId)
    {
        foreach (var expectation in _expectationsByCompetency)
        {
            if (expectation is not null && string.Equals(expectation.Competency.Id, competencyId, StringComparison.OrdinalIgnoreCase))
            {
                return expectation;
            }
        }

        return null;
    }

    /// <summary>Finds a section by identifier, ignoring case.</summary>
    /// <param name="sectionId">The section identifier, for example <c>responsibilities</c>.</param>
    /// <param name="section">The section, when the level has it.</param>
    public bool TryGetSection(string sectionId, [NotNullWhen(true)] out Section? section)
    {
        foreach (var candidate in _sections)
        {
            if (string.Equals(candidate.Id, sectionId, StringComparison.OrdinalIgnoreCase))
            {
                section = candidate;
                return true;
            }
        }

        section = null;
        return false;
    }

    /// <summary>Lists what changes from this level to <paramref name="target"/>: each competency that moves and by how many steps.</summary>
    /// <param name="target">The level to compare with, of this track or another.</param>
    public LevelGap GapTo(Level target) => LevelGap.Between(this, target);

    /// <summary>Compares levels by rank, then by track and code so that the order is total.</summary>
    /// <param name="other">The level to compare with.</param>
    public int CompareTo(Level? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byRank = Rank.CompareTo(other.Rank);
        if (byRank != 0)
        {
            return byRank;
        }

        var byTrack = string.CompareOrdinal(Track.Id, other.Track.Id);
        return byTrack != 0 ? byTrack : string.CompareOrdinal(Code, other.Code);
    }

    internal int ExpectationSlots => _expectationsByCompetency.Length;

    /// <summary>Returns <c>CODE - Title</c>.</summary>
    public override string ToString() => Code + " - " + _title.ToString();
}
