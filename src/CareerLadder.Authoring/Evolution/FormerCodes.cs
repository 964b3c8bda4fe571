using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Evolution;

/// <summary>The former codes a track declares, as the generated lookups use them.</summary>
public static class FormerCodes
{
    /// <summary>
    /// The former codes of <paramref name="track"/> that can be resolved: declared once, not a current code, and with a
    /// successor that exists. The others are errors (CL0084, CL0085) and are left out, so the generated code stays valid.
    /// </summary>
    /// <param name="track">The track as written.</param>
    /// <param name="isCurrentCode">Whether a code (any case) is a current level code of any track.</param>
    /// <param name="generatedLevel">The generated property of a current level code, if it has one.</param>
    public static EquatableArray<CodeFormerCode> Of(TrackDefinition track, Func<string, bool> isCurrentCode, Func<string, CodeLevelReference?> generatedLevel)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<CodeFormerCode>();
        foreach (var former in Declared(track))
        {
            if (seen.Add(former.Code) && !isCurrentCode(former.Code) && (former.Successor is null || isCurrentCode(former.Successor)))
            {
                result.Add(former.Successor is { } successor ? former with { Target = generatedLevel(successor) } : former);
            }
        }

        return result.OrderBy(former => former.Code, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>
    /// The former ids of a track or competency (<c>renamed-from:</c>) that can be resolved: not a current id, each once,
    /// ordered. A clash is an error (CL0084) and is left out, so the generated lookups stay unambiguous.
    /// </summary>
    /// <param name="declared">The former ids as written.</param>
    /// <param name="isCurrentId">Whether an id is a current one.</param>
    public static EquatableArray<string> Ids(IEnumerable<LocatedString> declared, Func<string, bool> isCurrentId) =>
        declared.Select(id => id.Value).Where(id => !isCurrentId(id)).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>Every former code <paramref name="track"/> declares, as written: the levels' renames first, then the retirements.</summary>
    /// <param name="track">The track as written.</param>
    public static IEnumerable<CodeFormerCode> Declared(TrackDefinition track) =>
        track.Levels.SelectMany(level => level.RenamedFrom.Select(former => new CodeFormerCode(former.Value, level.Code.Value, string.Empty, Renamed: true)))
            .Concat(track.Retired.Select(retired => new CodeFormerCode(retired.Code.Value, retired.ReplacedBy?.Value, retired.Since ?? string.Empty, Renamed: false)));
}
