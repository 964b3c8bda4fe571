namespace CareerLadder;

/// <summary>How one competency moves between two levels.</summary>
public sealed class CompetencyGap
{
    internal CompetencyGap(Competency competency, Step? from, Step? to)
    {
        Competency = competency;
        From = from;
        To = to;
    }

    /// <summary>The competency that moves.</summary>
    public Competency Competency { get; }

    /// <summary>The step at the starting level, or <see langword="null"/> when that level does not expect the competency.</summary>
    public Step? From { get; }

    /// <summary>The step at the target level, or <see langword="null"/> when that level does not expect the competency.</summary>
    public Step? To { get; }

    /// <summary>Steps to climb (positive) or descend (negative); a missing step counts as 0.</summary>
    public int Steps => (To?.Value ?? 0) - (From?.Value ?? 0);

    /// <summary>Returns <c>Competency: From → To (+n)</c>.</summary>
    public override string ToString() =>
        Competency + ": " + (From?.ToString() ?? "-") + " → " + (To?.ToString() ?? "-") + " (" + (Steps > 0 ? "+" : string.Empty) + Steps.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
}
