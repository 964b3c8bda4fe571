using System;
using System.Collections.Generic;
using System.Globalization;

namespace CareerLadder.Authoring.Naming;

/// <summary>
/// Hands out the names of the generated files (Roslyn hint names). They must be unique ignoring case, since
/// <c>EmitCompilerGeneratedFiles</c> writes them to case-insensitive file systems and Roslyn compares them that way
/// (tracks <c>ab-c</c> and <c>abc</c> would otherwise both be <c>AbcTrack.g.cs</c>, CS8785), and short enough for any
/// file system (CS0016).
/// </summary>
internal sealed class HintNames
{
    /// <summary>The longest file name stem; longer stems keep their start plus a hash of the whole stem.</summary>
    public const int MaxStemLength = 64;

    private const string Extension = ".g.cs";

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase) { CodeNames.Catalog + Extension, CodeNames.CatalogRegistration + Extension };

    /// <summary>Returns a file name for <paramref name="stem"/> that no earlier call returned, ignoring case.</summary>
    /// <param name="stem">The preferred name without extension, for example <c>BackendTrack</c>.</param>
    public string Allocate(string stem)
    {
        var bounded = stem.Length <= MaxStemLength
            ? stem
            : stem.Substring(0, MaxStemLength - 9) + "_" + Hash(stem).ToString("X8", CultureInfo.InvariantCulture);
        var candidate = bounded + Extension;
        for (var suffix = 2; !_used.Add(candidate); suffix++)
        {
            candidate = bounded + "_" + suffix.ToString(CultureInfo.InvariantCulture) + Extension;
        }

        return candidate;
    }

    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var character in text)
        {
            hash = unchecked((hash ^ character) * 16777619u);
        }

        return hash;
    }
}
