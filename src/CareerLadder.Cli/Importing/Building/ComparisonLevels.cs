using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CareerLadder.Cli.Importing.Reading;

namespace CareerLadder.Cli.Importing.Building;

/// <summary>
/// Builds levels from HTML comparison tables (seed 003): each column is a level, each table one of its sections. A column
/// that repeats an earlier column's title and content in every table is imported once.
/// </summary>
internal static class ComparisonLevels
{
    /// <summary>The levels, lowest first, with consecutive ranks from the first rank.</summary>
    /// <param name="context">The import context.</param>
    /// <param name="page">The page.</param>
    /// <param name="abbreviation">The track's abbreviation, for the codes.</param>
    public static List<ImportedLevel> Build(ImportContext context, RawPage page, string abbreviation)
    {
        var path = page.Source.Path;
        var first = page.Comparisons[0];
        var kept = new List<int>();
        for (var column = 0; column < first.Columns.Count; column++)
        {
            var title = first.Columns[column].Title;
            var earlier = kept.FirstOrDefault(index => string.Equals(first.Columns[index].Title, title, StringComparison.OrdinalIgnoreCase), -1);
            if (earlier < 0)
            {
                kept.Add(column);
                continue;
            }

            var tables = page.Comparisons.Where(table => table.Columns.Count > column).ToList();
            if (tables.All(table => table.Columns[column].Key == table.Columns[earlier].Key))
            {
                context.Log.Warn(path, first.Columns[column].Line, ImportWarnings.DuplicateColumn,
                    $"Column {column + 1} '{title}' repeats column {earlier + 1} with the same content in all {tables.Count} tables; it is imported once");
            }
            else
            {
                context.Log.Warn(path, first.Columns[column].Line, ImportWarnings.DuplicateColumn,
                    $"Column {column + 1} has the same title '{title}' as column {earlier + 1} but different content; both are imported as separate levels");
                kept.Add(column);
            }
        }

        foreach (var table in page.Comparisons.Skip(1))
        {
            if (table.Columns.Count != first.Columns.Count)
            {
                context.Log.Warn(path, table.Line, ImportWarnings.Ignored, $"The table of '{table.Heading}' has {table.Columns.Count} columns, the first table {first.Columns.Count}; columns are matched by position");
            }
        }

        var firstRank = context.Options.FirstRank ?? context.Framework.LowestRank;
        var levels = new List<ImportedLevel>();
        foreach (var column in kept)
        {
            var rank = firstRank + levels.Count;
            var level = new ImportedLevel
            {
                Code = abbreviation + rank.ToString(CultureInfo.InvariantCulture),
                Rank = rank,
                Title = first.Columns[column].Title,
                Line = first.Columns[column].Line,
            };
            foreach (var table in page.Comparisons.Where(table => table.Columns.Count > column))
            {
                var cell = table.Columns[column];
                if (!string.Equals(cell.Title, level.Title, StringComparison.OrdinalIgnoreCase))
                {
                    context.Log.Warn(path, cell.Line, ImportWarnings.Ignored, $"Column {column + 1} of '{table.Heading}' is titled '{cell.Title}', not '{level.Title}' as in the first table; it is imported as '{level.Title}'");
                }

                if (SectionBuilder.Build(context, table.Heading, cell.Content, table.Line) is { } section && !level.Sections.Exists(existing => existing.Id == section.Id))
                {
                    level.Sections.Add(section);
                    level.SectionLines[section.Id] = table.Line;
                }
            }

            levels.Add(level);
        }

        context.Log.Warn(path, first.Line, ImportWarnings.Guess, context.Options.FirstRank is null
            ? $"The page gives no level numbers: its {levels.Count} levels get ranks {Ranks(levels)} from the lowest rank of the framework; use --first-rank to choose the first"
            : $"The page gives no level numbers: its {levels.Count} levels get ranks {Ranks(levels)} from --first-rank");
        return levels;
    }

    private static string Ranks(IEnumerable<ImportedLevel> levels) => string.Join(", ", levels.Select(level => level.Rank.ToString(CultureInfo.InvariantCulture)));
}
