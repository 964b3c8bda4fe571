using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Cli.Common;
using CareerLadder.Cli.Importing.Reading;

namespace CareerLadder.Cli.Importing.Building;

/// <summary>
/// Pairs the rows of the level table with the <c>## CODE</c> sections: by the row's anchor, else by code. When the two
/// disagree (seed 001: rows link to TPM4-TPM7, sections are TPM3-TPM6) and there are as many rows as sections, they
/// are paired in order. Reports rows without a section, sections without a row and anchors that point nowhere.
/// </summary>
internal static class LevelPairing
{
    /// <summary>The pairs, in table order (sections without a row at the end).</summary>
    /// <param name="page">The page.</param>
    /// <param name="log">Where warnings go.</param>
    public static List<(RawRow? Row, RawLevelSection? Section)> Pair(RawPage page, ImportLog log)
    {
        var path = page.Source.Path;
        var rows = page.Rows;
        var sections = page.LevelSections;
        var pairs = new List<(RawRow? Row, RawLevelSection? Section)>();
        var used = new HashSet<RawLevelSection>();
        var byAnchors = Index(sections, section => Anchors.Slug(section.Heading), StringComparer.Ordinal);
        var byCodes = Index(sections.Where(section => section.Code is not null).ToList(), section => section.Code!, StringComparer.OrdinalIgnoreCase);
        var byNumbers = Index(sections.Where(section => section.Code is null && section.Number is not null).ToList(), section => Number(section.Number), StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var byAnchor = row.Anchor is null ? null : FirstUnused(byAnchors, row.Anchor, used);
            var byCode = row.Code is not null ? FirstUnused(byCodes, row.Code, used) : row.Rank is { } rank ? FirstUnused(byNumbers, Number(rank), used) : null;
            if (row.Anchor is not null && !page.Anchors.Contains(row.Anchor))
            {
                var hint = byCode is null ? string.Empty : $"; the heading '{byCode.Heading}' has '#{Anchors.Slug(byCode.Heading)}'";
                log.Warn(path, row.Line, ImportWarnings.DanglingAnchor, $"Row '{Describe(row)}' links to '#{row.Anchor}', which is not the anchor of any heading{hint}");
            }

            var section = byAnchor ?? byCode;
            if (section is not null)
            {
                used.Add(section);
            }

            pairs.Add((row, section));
        }

        var lonelyRows = pairs.Where(pair => pair.Section is null).Select(pair => pair.Row!).ToList();
        var lonelySections = sections.Where(section => !used.Contains(section)).ToList();
        // A page without level sections is a table-only ladder: its rows are its levels, none of them lacks a section.
        foreach (var row in sections.Count == 0 ? new List<RawRow>() : lonelyRows)
        {
            log.Warn(path, row.Line, ImportWarnings.RowWithoutSection, $"Row '{Describe(row)}' of the level table has no level section (no heading has its anchor or its code)");
        }

        // Without a level table, the level sections are the levels: none of them lacks a row.
        foreach (var section in rows.Count == 0 ? new List<RawLevelSection>() : lonelySections)
        {
            log.Warn(path, section.Line, ImportWarnings.SectionWithoutRow, $"Level section '{section.Heading}' has no row in the level table");
        }

        if ((lonelyRows.Count > 0 || lonelySections.Count > 0) && rows.Count == sections.Count && rows.Count > 0)
        {
            log.Warn(path, rows[0].Line, ImportWarnings.Guess,
                $"The level table and the level sections disagree, but there are as many rows as sections: they are paired in order ({string.Join(", ", rows.Zip(sections, (row, section) => Describe(row) + " with " + section.Name))}); each level takes its code and content from its section and its Level, Seniority and Public Title from its row");
            return rows.Zip(sections, (row, section) => ((RawRow?)row, (RawLevelSection?)section)).ToList();
        }

        pairs.AddRange(lonelySections.Select(section => ((RawRow?)null, (RawLevelSection?)section)));
        return pairs;
    }

    /// <summary>The sections by a key, in page order, so that pairing a table of thousands of rows stays linear.</summary>
    private static Dictionary<string, List<RawLevelSection>> Index(List<RawLevelSection> sections, Func<RawLevelSection, string> key, StringComparer comparer)
    {
        var index = new Dictionary<string, List<RawLevelSection>>(comparer);
        foreach (var section in sections)
        {
            if (!index.TryGetValue(key(section), out var list))
            {
                index[key(section)] = list = new List<RawLevelSection>();
            }

            list.Add(section);
        }

        return index;
    }

    private static RawLevelSection? FirstUnused(Dictionary<string, List<RawLevelSection>> index, string key, HashSet<RawLevelSection> used) =>
        index.TryGetValue(key, out var candidates) ? candidates.FirstOrDefault(section => !used.Contains(section)) : null;

    private static string Number(int? number) => number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Describe(RawRow row) =>
        (row.Code ?? row.Title ?? "?") + (row.Rank is { } rank ? " (Level " + rank.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : string.Empty);
}
