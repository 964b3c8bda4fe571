using System;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Cli.Importing.Building;

/// <summary>Maps a section heading to a section of the framework: by name or id, else by the closest name.</summary>
internal static class SectionResolver
{
    /// <summary>The framework's section for the heading, and whether the match was only approximate; null when none is close.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="heading">The heading as written.</param>
    public static (SectionDefinition Section, bool Approximate)? Resolve(ImportFramework framework, string heading)
    {
        var trimmed = heading.Trim();
        var exact = framework.Sections.FirstOrDefault(section =>
            string.Equals(section.Name, trimmed, StringComparison.OrdinalIgnoreCase) || section.Id.Value == Naming.Id(trimmed, string.Empty));
        if (exact is not null)
        {
            return (exact, false);
        }

        var lowered = trimmed.ToLowerInvariant();
        var closest = framework.Sections
            .Select(section => (Section: section, Distance: Suggestions.Distance(lowered, section.Name.ToLowerInvariant())))
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Section.Id.Value, StringComparer.Ordinal)
            .FirstOrDefault();
        if (closest.Section is null)
        {
            return null;
        }

        var threshold = Math.Max(2, Math.Max(lowered.Length, closest.Section.Name.Length) / 3);
        return closest.Distance <= threshold ? (closest.Section, true) : null;
    }
}
