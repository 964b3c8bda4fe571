using System;
using System.Collections.Generic;

namespace CareerLadder;

/// <summary>One entry of a list section, or one group of a grouped section, with optional nested entries.</summary>
public sealed class SectionItem
{
    private static readonly SectionItem[] NoItems = Array.Empty<SectionItem>();

    /// <summary>Creates an item.</summary>
    /// <param name="text">The item's text; for a group, its title.</param>
    /// <param name="link">A link the item points to, when it has one.</param>
    /// <param name="items">Nested entries; for a group, its entries.</param>
    public SectionItem(LocalizedText text, string? link = null, params SectionItem[] items)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Link = link;
        Items = items ?? NoItems;
    }

    /// <summary>The item's text; for a group, its title.</summary>
    public LocalizedText Text { get; }

    /// <summary>A link the item points to, when it has one.</summary>
    public string? Link { get; }

    /// <summary>Nested entries; for a group, its entries.</summary>
    public IReadOnlyList<SectionItem> Items { get; }

    /// <summary>Returns the item's text in the current UI culture.</summary>
    public override string ToString() => Text.ToString();
}
