using System;
using System.Collections.Generic;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Yaml;

namespace CareerLadder.Authoring.Parsing;

/// <summary>Reads a YAML list of names (<c>renamed-from:</c>, <c>previous-steps:</c>), each checked by a callback.</summary>
internal static class ParsedNames
{
    /// <summary>The items of <paramref name="sequence"/> that <paramref name="check"/> accepts; it reports the others.</summary>
    /// <param name="context">The file being parsed.</param>
    /// <param name="sequence">The list.</param>
    /// <param name="where">The list in words, for diagnostics.</param>
    /// <param name="check">Checks one item (for example <c>context.Code</c>); null drops it.</param>
    /// <param name="kind">What an item is, in words, passed to <paramref name="check"/>.</param>
    public static EquatableArray<LocatedString> Read(
        ParseContext context, YSequence sequence, string where, Func<LocatedString?, string, LocatedString?> check, string kind)
    {
        var result = new List<LocatedString>();
        foreach (var item in sequence.Items)
        {
            if (check(context.Text(item, "an item of " + where), kind) is { } name)
            {
                result.Add(name);
            }
        }

        return result.ToEquatableArray();
    }
}
