namespace CareerLadder;

/// <summary>What a level code stands for in the current ladders.</summary>
public enum LevelCodeStatus
{
    /// <summary>No level has, or had, this code.</summary>
    Unknown,

    /// <summary>The code of a current level.</summary>
    Current,

    /// <summary>A former code of a level that was renamed (<c>renamed-from:</c> in the ladder); it resolves to that level.</summary>
    Renamed,

    /// <summary>
    /// The code of a retired level (<c>retired:</c> in the ladder). It resolves to the level that replaced it, when the
    /// ladder names one; otherwise <see cref="LevelResolution.Level"/> is null.
    /// </summary>
    Retired,
}

/// <summary>
/// The result of resolving a level code that may come from stored data written with an older version of the ladders:
/// the level it means now and how the code relates to it.
/// </summary>
public readonly struct LevelResolution
{
    /// <summary>Creates a resolution.</summary>
    /// <param name="code">The code as it was asked for.</param>
    /// <param name="status">How the code relates to the current ladders.</param>
    /// <param name="level">The level the code means now, if any.</param>
    /// <param name="retiredSince">For a retired code, when it was retired as the ladder says (a version or a date); empty when not given.</param>
    public LevelResolution(string code, LevelCodeStatus status, Level? level, string retiredSince)
    {
        Code = code;
        Status = status;
        Level = level;
        RetiredSince = retiredSince;
    }

    /// <summary>The code as it was asked for.</summary>
    public string Code { get; }

    /// <summary>How the code relates to the current ladders.</summary>
    public LevelCodeStatus Status { get; }

    /// <summary>
    /// The level the code means now: the level itself, the renamed level, or the successor of a retired level; null for
    /// an unknown code and for a retired level without a successor.
    /// </summary>
    public Level? Level { get; }

    /// <summary>For a retired code, when it was retired (as written in the ladder); otherwise empty.</summary>
    public string RetiredSince { get; }

    /// <summary>Whether the code was a former code (renamed or retired) rather than a current one.</summary>
    public bool IsFormerCode => Status is LevelCodeStatus.Renamed or LevelCodeStatus.Retired;

    /// <inheritdoc/>
    public override string ToString() => Status switch
    {
        LevelCodeStatus.Current => Code,
        LevelCodeStatus.Renamed => $"{Code} (renamed to {Level?.Code})",
        LevelCodeStatus.Retired when Level is not null => $"{Code} (retired, replaced by {Level.Code})",
        LevelCodeStatus.Retired => $"{Code} (retired)",
        _ => $"{Code} (unknown)",
    };
}
