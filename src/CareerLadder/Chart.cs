using System;

namespace CareerLadder;

/// <summary>The chart image a ladder page shows for a level, in light and optionally dark theme.</summary>
public sealed class Chart
{
    /// <summary>Creates a chart reference.</summary>
    /// <param name="source">The image shown in light theme.</param>
    /// <param name="darkSource">The image shown in dark theme, when there is one.</param>
    /// <param name="altText">The image's alternative text, when the ladder gives one.</param>
    public Chart(string source, string? darkSource = null, string? altText = null)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        DarkSource = darkSource;
        AltText = altText;
    }

    /// <summary>The image shown in light theme.</summary>
    public string Source { get; }

    /// <summary>The image shown in dark theme, when there is one.</summary>
    public string? DarkSource { get; }

    /// <summary>The image's alternative text, when the ladder gives one.</summary>
    public string? AltText { get; }
}
