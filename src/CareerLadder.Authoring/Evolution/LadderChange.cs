namespace CareerLadder.Authoring.Evolution;

/// <summary>How a change between two versions of the ladders affects their consumers.</summary>
public enum ChangeCategory
{
    /// <summary>Something a consumer may have stored (a code, an id, a rank, a step number or name) no longer means the same.</summary>
    Breaking,

    /// <summary>A new track, level, competency, section or step; everything stored keeps working.</summary>
    Additive,

    /// <summary>Texts, expectations, sections, charts or paths changed; nothing a consumer stored changes meaning.</summary>
    TextOnly,
}

/// <summary>One change between two versions of the ladders.</summary>
/// <param name="Category">How it affects consumers.</param>
/// <param name="Subject">What changed, for example <c>level TPM5</c>.</param>
/// <param name="Description">The change in words.</param>
public sealed record LadderChange(ChangeCategory Category, string Subject, string Description);
