using System;

namespace CareerLadder;

/// <summary>A named reference a track points to, for example an internal competencies page.</summary>
public sealed class Link
{
    /// <summary>Creates a link.</summary>
    /// <param name="text">What the link is called.</param>
    /// <param name="url">Where it points.</param>
    public Link(LocalizedText text, string url)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Url = url ?? throw new ArgumentNullException(nameof(url));
    }

    /// <summary>What the link is called.</summary>
    public LocalizedText Text { get; }

    /// <summary>Where it points.</summary>
    public string Url { get; }

    /// <summary>Returns the link's text in the current UI culture.</summary>
    public override string ToString() => Text.ToString();
}
