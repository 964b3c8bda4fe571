using System;
using System.Collections.Generic;

namespace CareerLadder.Rendering.Views;

/// <summary>Where the pages built from runtime levels link to.</summary>
/// <param name="Href">The URL of a level's card (for example <c>/tracks/{track}/page#{code}</c>), or null for no link.</param>
public sealed record LevelLinks(Func<Level, string?> Href)
{
    /// <summary>Links to a level's card on the same page: <c>#CODE</c>.</summary>
    public static LevelLinks SamePage { get; } = new(level => "#" + level.Code);

    /// <summary>Extra links shown under a level's title, or null for none.</summary>
    public Func<Level, IReadOnlyList<LinkView>>? Actions { get; init; }
}
