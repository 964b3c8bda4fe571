namespace CareerLadder.Authoring.Diagnostics;

/// <summary>Default severity of a ladder rule; users can change it per rule.</summary>
public enum LadderSeverity
{
    /// <summary>Shown in the IDE only.</summary>
    Hidden,

    /// <summary>A remark, for example a gap in the rank table.</summary>
    Info,

    /// <summary>Probably wrong, but the ladder still builds.</summary>
    Warning,

    /// <summary>The ladder is inconsistent; the build fails.</summary>
    Error,
}
