using System;

namespace CareerLadder;

/// <summary>A row of the company-wide rank table: the level number shared by all tracks and its public title.</summary>
public sealed class Rank
{
    /// <summary>Creates a rank.</summary>
    /// <param name="value">The rank number.</param>
    /// <param name="publicTitle">The title used outside the company for this rank, when the table gives one.</param>
    /// <param name="description">What the rank means, when the table says it.</param>
    public Rank(int value, LocalizedText? publicTitle = null, LocalizedText? description = null)
    {
        Value = value;
        PublicTitle = publicTitle;
        Description = description;
    }

    /// <summary>The rank number.</summary>
    public int Value { get; }

    /// <summary>The title used outside the company for this rank, when the table gives one.</summary>
    public LocalizedText? PublicTitle { get; }

    /// <summary>What the rank means, when the table says it.</summary>
    public LocalizedText? Description { get; }

    /// <summary>Returns the rank number, with its public title when there is one.</summary>
    public override string ToString() =>
        PublicTitle is null ? Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + PublicTitle + ")";
}
