using CareerLadder.Authoring.Model;
using CareerLadder.Cli.Common;

namespace CareerLadder.Cli.Rendering;

/// <summary>How a level is named in headings and links: <c>CODE - Title</c>, anchored the GitHub way.</summary>
public static class LevelHeadings
{
    /// <summary>The heading text of a level, for example <c>TPM3 - Technical Program Manager 3</c>.</summary>
    /// <param name="level">The level.</param>
    /// <param name="text">Picks the culture.</param>
    public static string Heading(CodeLevel level, TextSelector text) => level.Code + " - " + text.Get(level.Title);

    /// <summary>The anchor of the level's heading, for example <c>tpm3---technical-program-manager-3</c>.</summary>
    /// <param name="level">The level.</param>
    /// <param name="text">Picks the culture.</param>
    public static string Anchor(CodeLevel level, TextSelector text) => Anchors.Slug(Heading(level, text));
}
