using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CareerLadder.Cli.Importing.Reading;

namespace CareerLadder.Cli.Importing.Building;

/// <summary>
/// Builds a track from a page in one of three shapes: a level table with <c>## CODE</c> sections (seeds 000-002), HTML
/// comparison tables whose columns are levels (seed 003), or a page that is a single level (seed 004).
/// </summary>
internal static class TrackBuilder
{
    /// <summary>The track, or null when the page has no levels.</summary>
    /// <param name="context">The import context.</param>
    /// <param name="page">The page.</param>
    public static ImportedTrack? Build(ImportContext context, RawPage page)
    {
        var path = page.Source.Path;
        var name = Naming.TrackName(page.Title);
        var track = new ImportedTrack
        {
            Name = name,
            Id = Naming.Id(name, Naming.Id(System.IO.Path.GetFileNameWithoutExtension(path), "track")),
            Summary = page.Summary,
            Line = page.TitleLine,
        };
        track.Links.AddRange(page.Links.Distinct());

        List<ImportedLevel> levels;
        if (page.Rows.Count > 0 || page.LevelSections.Count > 0)
        {
            levels = FromLevelSections(context, page, name);
            foreach (var section in page.Sections)
            {
                context.Log.Warn(path, section.Content.Line, ImportWarnings.Ignored, $"Section '{section.Heading}' belongs to no level section; it is not imported");
            }
        }
        else if (page.Comparisons.Count > 0)
        {
            levels = ComparisonLevels.Build(context, page, Naming.Abbreviation(name));
        }
        else if (page.Sections.Count > 0 || page.SameAs is not null)
        {
            levels = new List<ImportedLevel> { SingleLevelPage.Build(context, page, Naming.Abbreviation(name)) };
        }
        else
        {
            context.Log.Warn(path, page.TitleLine, ImportWarnings.Ignored, $"'{page.Title}' has no level table, level sections, comparison tables or sections; nothing is imported");
            return null;
        }

        track.Abbreviation = Abbreviation(context, page, name, levels);
        track.Levels.AddRange(levels.OrderBy(level => level.Rank));
        ReferenceChecks.Check(context, page, track);
        return track;
    }

    private static List<ImportedLevel> FromLevelSections(ImportContext context, RawPage page, string trackName)
    {
        var path = page.Source.Path;
        var levels = new List<ImportedLevel>();
        foreach (var (row, section) in LevelPairing.Pair(page, context.Log))
        {
            var code = ChooseCode(row, section);
            if (code is null)
            {
                context.Log.Warn(path, row?.Line ?? page.TitleLine, ImportWarnings.Ignored, "This row gives no level code; it is not imported");
                continue;
            }

            var rank = row?.Rank ?? Naming.CodeNumberOf(code);
            if (rank is null)
            {
                context.Log.Warn(path, section?.Line ?? row!.Line, ImportWarnings.Ignored, $"Level '{code}' has no Level in the table and no number in its code; it is not imported");
                continue;
            }

            if (row?.Rank is null)
            {
                context.Log.Warn(path, section?.Line ?? row!.Line, ImportWarnings.Guess, $"The rank of level '{code}' is taken from its code: {rank.Value.ToString(CultureInfo.InvariantCulture)}");
            }

            var level = new ImportedLevel
            {
                Code = code,
                Rank = rank.Value,
                Title = section?.Title ?? row?.Title ?? trackName + " " + (Naming.CodeNumberOf(code) ?? rank.Value).ToString(CultureInfo.InvariantCulture),
                Seniority = row?.Seniority,
                PublicTitle = row?.PublicTitle,
                Summary = section?.Summary,
                Line = section?.Line ?? row!.Line,
            };
            if (section is not null)
            {
                if (section.Chart is { } chart)
                {
                    level.Chart = new ImportedChart(chart.Source, chart.Dark, chart.Alt);
                    level.ChartLine = section.ChartLine;
                    if (chart.LightSource is { } light)
                    {
                        context.Log.Warn(path, section.ChartLine, ImportWarnings.ChartNamesOther, $"The picture of level '{code}' shows '{light}' for light colour schemes but its img is '{chart.Source}'; the img is imported");
                    }
                }

                level.Expectations.AddRange(ExpectationBuilder.Build(context, path, code, section.Bullets, level.ExpectationLines));
                level.Sections.AddRange(SectionBuilder.Build(context, section.Sections, level.SectionLines));
            }

            levels.Add(level);
        }

        return levels;
    }

    /// <summary>The section's code, unless only the row's code agrees with the row's Level.</summary>
    private static string? ChooseCode(RawRow? row, RawLevelSection? section)
    {
        if (section is null)
        {
            return row?.Code;
        }

        if (row?.Code is { } rowCode && row.Rank is { } rank && Naming.CodeNumberOf(section.Code) != rank && Naming.CodeNumberOf(rowCode) == rank)
        {
            return rowCode;
        }

        return section.Code;
    }

    /// <summary>The common letter prefix of the level codes, else the initials of the track name.</summary>
    private static string Abbreviation(ImportContext context, RawPage page, string name, List<ImportedLevel> levels)
    {
        var initials = Naming.Abbreviation(name);
        var prefixes = levels.Select(level => Naming.CodePrefix(level.Code)).Distinct(System.StringComparer.OrdinalIgnoreCase).ToList();
        if (prefixes.Count != 1 || prefixes[0].Length == 0)
        {
            return initials;
        }

        var prefix = prefixes[0];
        if (!string.Equals(prefix, initials, System.StringComparison.OrdinalIgnoreCase))
        {
            var owner = levels.Select(level => Naming.NameAndNumber(level.Title)?.Name).OfType<string>()
                .Concat(context.PageTracks.Select(track => track.Name))
                .FirstOrDefault(candidate => string.Equals(Naming.Abbreviation(candidate), prefix, System.StringComparison.OrdinalIgnoreCase));
            var whose = owner is null ? string.Empty : $"; '{prefix}' are the initials of '{owner}'";
            context.Log.Warn(page.Source.Path, levels[0].Line, ImportWarnings.TitleNamesOther,
                $"The level codes start with '{prefix}', not with '{initials}', the initials of this track '{name}'{whose}. '{prefix}' is kept as the track's abbreviation");
        }

        return prefix;
    }
}
