using System;
using System.Collections.Generic;

namespace CareerLadder;

/// <summary>Free-form content of a level, for example responsibilities or years of experience.</summary>
public sealed class Section
{
    private static readonly SectionItem[] NoItems = Array.Empty<SectionItem>();

    /// <summary>Creates a text section.</summary>
    /// <param name="id">The section's identifier in the framework, for example <c>years-of-experience</c>.</param>
    /// <param name="name">The section's display name.</param>
    /// <param name="text">The section's text.</param>
    /// <param name="inheritedFrom">The code of the level this section is inherited from, or null when the level states it.</param>
    public Section(string id, LocalizedText name, LocalizedText text, string? inheritedFrom = null)
        : this(id, name, SectionKind.Text, text ?? throw new ArgumentNullException(nameof(text)), NoItems, inheritedFrom)
    {
    }

    /// <summary>Creates a list or grouped section.</summary>
    /// <param name="id">The section's identifier in the framework, for example <c>responsibilities</c>.</param>
    /// <param name="name">The section's display name.</param>
    /// <param name="kind"><see cref="SectionKind.List"/> or <see cref="SectionKind.Groups"/>.</param>
    /// <param name="items">The entries, or for <see cref="SectionKind.Groups"/> the groups.</param>
    public Section(string id, LocalizedText name, SectionKind kind, params SectionItem[] items)
        : this(id, name, kind, null, items, null)
    {
        if (kind is not (SectionKind.List or SectionKind.Groups))
        {
            throw new ArgumentException("A list or grouped section is created with its items; a text section with its text.", nameof(kind));
        }
    }

    /// <summary>Creates a list or grouped section inherited from, or extending, another level's section.</summary>
    /// <param name="id">The section's identifier in the framework.</param>
    /// <param name="name">The section's display name.</param>
    /// <param name="kind"><see cref="SectionKind.List"/> or <see cref="SectionKind.Groups"/>.</param>
    /// <param name="inheritedFrom">The code of the level the section is inherited from; null when the level states it.</param>
    /// <param name="items">The entries, or for <see cref="SectionKind.Groups"/> the groups.</param>
    public Section(string id, LocalizedText name, SectionKind kind, string? inheritedFrom, params SectionItem[] items)
        : this(id, name, kind, items)
    {
        InheritedFrom = inheritedFrom;
    }

    private Section(string id, LocalizedText name, SectionKind kind, LocalizedText? text, SectionItem[] items, string? inheritedFrom)
    {
        InheritedFrom = inheritedFrom;
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Kind = kind;
        Text = text;
        Items = items is null || items.Length == 0 ? NoItems : (SectionItem[])items.Clone();
    }

    /// <summary>The section's identifier in the framework.</summary>
    public string Id { get; }

    /// <summary>The section's display name, for example "Years of experience".</summary>
    public LocalizedText Name { get; }

    /// <summary>The section's shape.</summary>
    public SectionKind Kind { get; }

    /// <summary>The text of a <see cref="SectionKind.Text"/> section; <see langword="null"/> for the other kinds.</summary>
    public LocalizedText? Text { get; }

    /// <summary>The entries of a list section or the groups of a grouped section; empty for a text section.</summary>
    public IReadOnlyList<SectionItem> Items { get; }

    /// <summary>The code of the level (reached through <c>extends:</c>) this section comes from; null when the level states it itself.</summary>
    public string? InheritedFrom { get; }

    /// <summary>Returns the section's name in the current UI culture.</summary>
    public override string ToString() => Name.ToString();
}
