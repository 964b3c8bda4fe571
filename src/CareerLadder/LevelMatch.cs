using System;

namespace CareerLadder;

/// <summary>
/// The result of a self-assessment for one track: the level whose steps are closest to the assessed steps, how far they
/// are, and the way to the next level. A value type, so that an assessment of every track allocates nothing.
/// </summary>
public readonly struct LevelMatch : IEquatable<LevelMatch>
{
    /// <summary>Creates a match.</summary>
    /// <param name="level">The closest level.</param>
    /// <param name="distance">The sum, over the competencies, of the absolute differences between the assessed step and the level's step.</param>
    public LevelMatch(Level level, int distance)
    {
        Level = level ?? throw new ArgumentNullException(nameof(level));
        if (distance < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(distance), distance, "A distance is never negative.");
        }

        Distance = distance;
    }

    /// <summary>
    /// The closest level, or <see langword="null"/> when the track has no level that expects a step on any competency
    /// (nothing to compare with); this is also the value of <c>default(LevelMatch)</c>.
    /// </summary>
    public Level? Level { get; }

    /// <summary>
    /// The sum over the competencies of the absolute differences between the assessed step and the level's step
    /// (a competency the level does not expect counts as step 0); 0 when the steps are exactly the level's.
    /// </summary>
    public int Distance { get; }

    /// <summary>Whether a level was found.</summary>
    public bool HasLevel => Level is not null;

    /// <summary>Whether the assessed steps are exactly the level's.</summary>
    public bool IsExact => Level is not null && Distance == 0;

    /// <summary>The next level of the same track, or <see langword="null"/> at the top of the track or without a level.</summary>
    public Level? Next => Level?.Next;

    /// <summary>
    /// What changes from the matched level to the next level of its track, or <see langword="null"/> when there is none.
    /// Computed on each call (it allocates the gap); the assessment itself does not.
    /// </summary>
    public LevelGap? GapToNext() => Level is { } level && level.Next is { } next ? level.GapTo(next) : null;

    /// <summary>Whether both matches name the same level at the same distance.</summary>
    /// <param name="other">The match to compare with.</param>
    public bool Equals(LevelMatch other) => ReferenceEquals(Level, other.Level) && Distance == other.Distance;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is LevelMatch other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((Level?.GetHashCode() ?? 0) * 397) ^ Distance;

    /// <summary>Whether both matches name the same level at the same distance.</summary>
    /// <param name="left">The first match.</param>
    /// <param name="right">The second match.</param>
    public static bool operator ==(LevelMatch left, LevelMatch right) => left.Equals(right);

    /// <summary>Whether the matches differ.</summary>
    /// <param name="left">The first match.</param>
    /// <param name="right">The second match.</param>
    public static bool operator !=(LevelMatch left, LevelMatch right) => !left.Equals(right);

    /// <summary>Returns <c>CODE (distance N)</c>, or <c>no level</c>.</summary>
    public override string ToString() => Level is null ? "no level" : Level.Code + " (distance " + Distance.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
}
