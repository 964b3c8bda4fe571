namespace CareerLadder.Authoring.Evolution;

/// <summary>What happened to a stored identity between a baseline and the ladders now.</summary>
public enum IdentityChangeKind
{
    /// <summary>A track id is gone.</summary>
    TrackRemoved,

    /// <summary>A new track id.</summary>
    TrackAdded,

    /// <summary>A level code is gone.</summary>
    LevelRemoved,

    /// <summary>A new level code.</summary>
    LevelAdded,

    /// <summary>A level code now has another rank.</summary>
    RankChanged,

    /// <summary>A level code now belongs to another track.</summary>
    LevelMoved,

    /// <summary>A competency id is gone.</summary>
    CompetencyRemoved,

    /// <summary>A new competency id.</summary>
    CompetencyAdded,

    /// <summary>A competency's steps were removed, renamed, inserted or reordered: stored step numbers change meaning.</summary>
    StepsChanged,

    /// <summary>Steps were added above the highest shipped step: stored step numbers keep their meaning.</summary>
    StepsAppended,

    /// <summary>A section id is gone.</summary>
    SectionRemoved,

    /// <summary>A new section id.</summary>
    SectionAdded,

    /// <summary>A track id is gone, and the track that replaces it declares it in <c>renamed-from:</c>.</summary>
    TrackRenamed,

    /// <summary>A level code is gone, and the level that replaces it declares it in <c>renamed-from:</c>.</summary>
    LevelRenamed,

    /// <summary>A level code is gone, and its track declares it in <c>retired:</c>.</summary>
    LevelRetired,

    /// <summary>A former code or id the baseline promised would resolve is declared nowhere any more.</summary>
    FormerRemoved,

    /// <summary>A former code resolves to another level than the baseline promised.</summary>
    FormerChanged,

    /// <summary>A competency id is gone, and the competency that replaces it declares it in <c>renamed-from:</c>.</summary>
    CompetencyRenamed,

    /// <summary>A competency's steps changed as its <c>previous-steps:</c> acknowledges: breaking, and declared so.</summary>
    StepsChangeAcknowledged,

    /// <summary>A competency's steps changed and its <c>previous-steps:</c> lists other steps than the shipped ones.</summary>
    PreviousStepsMismatch,
}

/// <summary>One change to a stored identity.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Key">The identity (its baseline key).</param>
/// <param name="Before">How it was, in words (a rank, a track id, the steps), when it existed.</param>
/// <param name="After">How it is now, in words, when it still exists.</param>
/// <param name="Step">For step changes, the 0-based index of the first step that differs.</param>
public sealed record IdentityChange(IdentityChangeKind Kind, BaselineKey Key, string? Before, string? After, int Step = -1)
{
    /// <summary>Whether a consumer's stored data or code may stop working.</summary>
    public bool IsBreaking => Kind is IdentityChangeKind.TrackRemoved or IdentityChangeKind.LevelRemoved or IdentityChangeKind.RankChanged
        or IdentityChangeKind.LevelMoved or IdentityChangeKind.CompetencyRemoved or IdentityChangeKind.StepsChanged or IdentityChangeKind.SectionRemoved
        or IdentityChangeKind.FormerRemoved or IdentityChangeKind.FormerChanged or IdentityChangeKind.StepsChangeAcknowledged
        or IdentityChangeKind.PreviousStepsMismatch;

    /// <summary>What happened, in words, without naming the subject (see <see cref="Key"/>).</summary>
    public string Describe() => Kind switch
    {
        IdentityChangeKind.TrackRemoved => "was removed",
        IdentityChangeKind.TrackAdded => "was added",
        IdentityChangeKind.LevelRemoved => $"was removed (it was in {Before})",
        IdentityChangeKind.LevelAdded => $"was added ({After})",
        IdentityChangeKind.RankChanged => $"changed rank from {Before} to {After}",
        IdentityChangeKind.LevelMoved => $"moved from track '{Before}' to track '{After}'",
        IdentityChangeKind.CompetencyRemoved => "was removed",
        IdentityChangeKind.CompetencyAdded => "was added",
        IdentityChangeKind.StepsChanged => $"steps differ from step {Step + 1} on: [{Before}] before, [{After}] after",
        IdentityChangeKind.StepsAppended => $"has new steps above step {Step}: [{After}]",
        IdentityChangeKind.SectionRemoved => "was removed",
        IdentityChangeKind.TrackRenamed => $"was renamed to '{After}' (the old id keeps resolving)",
        IdentityChangeKind.LevelRenamed => $"was renamed to {After} (the old code keeps resolving)",
        IdentityChangeKind.LevelRetired => After is null
            ? "was retired without a successor (the old code resolves as retired)"
            : $"was retired, replaced by {After} (the old code resolves to it)",
        IdentityChangeKind.FormerRemoved => $"resolved to {Before} and is declared nowhere any more",
        IdentityChangeKind.FormerChanged => $"resolved to {Before} and now resolves to {After}",
        IdentityChangeKind.CompetencyRenamed => $"was renamed to '{After}' (the old id keeps resolving)",
        IdentityChangeKind.StepsChangeAcknowledged => $"steps differ from step {Step + 1} on, as 'previous-steps' acknowledges: [{Before}] before, [{After}] after",
        IdentityChangeKind.PreviousStepsMismatch => $"steps differ from step {Step + 1} on: [{Before}] before, [{After}] after ('previous-steps' names other steps)",
        _ => "was added",
    };
}
