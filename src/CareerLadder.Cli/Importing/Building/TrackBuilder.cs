using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CareerLadder.Cli.Importing.Reading;

namespace CareerLadder.Cli.Importing.Building;

/// <summary>
/// Builds a track from a ladder page in one of its shapes: front-matter topics with level criteria, a level table with
/// level sections (codes, <c>Level N</c> or bands), HTML comparison tables whose columns are levels, or a page that is a
/// single level. Codes a page does not give are the track's abbreviation and the level's number; the abbreviation is
/// unique across the import, so generated codes never collide with another track's.
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
            Id = TrackId(page),
            Summary = page.Summary,
            Line = page.TitleLine,
        };
        track.Links.AddRange(page.Links.Distinct());
        track.Abbreviation = Abbreviation(context, page, track);

        List<ImportedLevel> levels;
        if (page.FrontMatter is { Topics.Count: > 0 } frontMatter)
        {
            levels = TopicLevels.Build(context, page, frontMatter, track);
            if (page.LevelSections.Count > 0 || page.Rows.Count > 0 || page.Sections.Count > 0)
            {
                context.Log.Warn(path, page.LevelSections.Select(section => section.Line).Concat(page.Sections.Select(section => section.Content.Line)).DefaultIfEmpty(page.TitleLine).Min(), ImportWarnings.Ignored,
                    "The page's levels are in its front matter (topics); its headings and tables are not imported");
            }
        }
        else if (page.Rows.Count > 0 || page.LevelSections.Count > 0)
        {
            levels = FromLevelSections(context, page, track);
            foreach (var section in page.Sections)
            {
                context.Log.Warn(path, section.Content.Line, ImportWarnings.Ignored, $"Section '{section.Heading}' belongs to no level section; it is not imported");
            }
        }
        else if (page.Comparisons.Count > 0)
        {
            levels = ComparisonLevels.Build(context, page, track.Abbreviation);
        }
        else if (page.Sections.Count > 0 || page.SameAs is not null)
        {
            levels = new List<ImportedLevel> { SingleLevelPage.Build(context, page, track.Abbreviation) };
        }
        else
        {
            return null;
        }

        track.Levels.AddRange(levels.OrderBy(level => level.Rank));
        ReferenceChecks.Check(context, page, track);
        return track;
    }

    /// <summary>The kebab-case id of the page's track name (transliterated from other scripts), else of its file name.</summary>
    /// <param name="page">The page.</param>
    public static string TrackId(RawPage page) =>
        Naming.Id(Naming.TrackName(page.Title), Naming.Id(System.IO.Path.GetFileNameWithoutExtension(page.Source.Path), "track"));

    private static List<ImportedLevel> FromLevelSections(ImportContext context, RawPage page, ImportedTrack track)
    {
        var path = page.Source.Path;
        var levels = new List<ImportedLevel>();
        var codes = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var (row, section) in LevelPairing.Pair(page, context.Log))
        {
            var code = Generated(track, row, section) ? null : ChooseCode(row, section);
            var rank = row?.Rank ?? section?.Number ?? (code is null ? null : Naming.CodeNumberOf(code));
            if (rank is null)
            {
                context.Log.Warn(path, section?.Line ?? row!.Line, ImportWarnings.Ignored, $"Level '{section?.Name ?? row?.Title ?? "?"}' has no Level in the table and no number in its heading or code; it is not imported");
                continue;
            }

            if (code is null)
            {
                code = track.Abbreviation + rank.Value.ToString(CultureInfo.InvariantCulture);
                while (codes.Contains(code))
                {
                    rank++;
                    code = track.Abbreviation + rank.Value.ToString(CultureInfo.InvariantCulture);
                }

                context.Log.Warn(path, section?.Line ?? row!.Line, ImportWarnings.Guess, $"Level '{section?.Name ?? row?.Title}' gives no level code: it is imported as '{code}' at rank {rank.Value.ToString(CultureInfo.InvariantCulture)}");
            }
            else if (row?.Rank is null && section?.Number is null)
            {
                context.Log.Warn(path, section?.Line ?? row!.Line, ImportWarnings.Guess, $"The rank of level '{code}' is taken from its code: {rank.Value.ToString(CultureInfo.InvariantCulture)}");
            }

            if (!codes.Add(code))
            {
                context.Log.Warn(path, section?.Line ?? row!.Line, ImportWarnings.Ignored, $"Level code '{code}' appears twice on the page; the second level is not imported");
                continue;
            }

            var level = new ImportedLevel
            {
                Code = code,
                Rank = rank.Value,
                Title = section?.Title ?? row?.Title ?? track.Name + " " + (Naming.CodeNumberOf(code) ?? rank.Value).ToString(CultureInfo.InvariantCulture),
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
                foreach (var (label, text, labelLine) in section.Labelled)
                {
                    var value = SectionBuilder.FromCell(context, path, label, text, labelLine, "Label");
                    if (level.Sections.Exists(existing => existing.Id == value.Id))
                    {
                        context.Log.Warn(path, labelLine, ImportWarnings.Ignored, $"Level '{code}' already has section '{value.Id}'; the paragraph '{label}' is not imported");
                        continue;
                    }

                    level.Sections.Add(value);
                    level.SectionLines[value.Id] = labelLine;
                }

                foreach (var (header, _) in row?.Extra ?? System.Array.Empty<(string, string)>())
                {
                    if (context.ReportedOnce.Add(path + "\n" + header))
                    {
                        context.Log.Warn(path, row!.Line, ImportWarnings.Ignored, $"The level table's column '{header}' is not imported (the level sections give the levels' content)");
                    }
                }
            }
            else
            {
                foreach (var (header, text) in row!.Extra)
                {
                    var value = SectionBuilder.FromCell(context, path, header, text, row.Line);
                    if (!level.Sections.Exists(existing => existing.Id == value.Id))
                    {
                        level.Sections.Add(value);
                        level.SectionLines[value.Id] = row.Line;
                    }
                }
            }

            levels.Add(level);
        }

        return levels;
    }

    /// <summary>Whether the level's code is generated: the page gives none, or its codes belong to another track's abbreviation.</summary>
    private static bool Generated(ImportedTrack track, RawRow? row, RawLevelSection? section)
    {
        var code = section?.Code ?? row?.Code;
        return code is null || !string.Equals(Naming.CodePrefix(code), track.Abbreviation, System.StringComparison.OrdinalIgnoreCase) && track.CodesRenamed;
    }

    /// <summary>The section's code, unless only the row's code agrees with the row's Level.</summary>
    private static string? ChooseCode(RawRow? row, RawLevelSection? section)
    {
        if (section?.Code is not { } sectionCode)
        {
            return row?.Code;
        }

        if (row?.Code is { } rowCode && row.Rank is { } rank && Naming.CodeNumberOf(sectionCode) != rank && Naming.CodeNumberOf(rowCode) == rank)
        {
            return rowCode;
        }

        return sectionCode;
    }

    /// <summary>
    /// The common letter prefix of the page's level codes, else the initials of the track name; when another track of the
    /// import or the target directory already has it, a longer one from the track name, and the page's codes are
    /// generated from it.
    /// </summary>
    private static string Abbreviation(ImportContext context, RawPage page, ImportedTrack track)
    {
        var initials = Naming.Abbreviation(track.Name);
        var codes = page.LevelSections.Select(section => section.Code).Concat(page.Rows.Select(row => row.Code)).OfType<string>().ToList();
        var prefixes = codes.Select(Naming.CodePrefix).Distinct(System.StringComparer.OrdinalIgnoreCase).ToList();
        var line = page.LevelSections.Select(section => section.Line).Concat(page.Rows.Select(row => row.Line)).DefaultIfEmpty(page.TitleLine).First();
        var prefix = prefixes.Count == 1 && prefixes[0].Length > 0 ? prefixes[0] : null;
        if (prefix is not null && context.AbbreviationOwner(prefix, track.Id) is { } owner)
        {
            var unique = Naming.UniqueAbbreviation(track.Name, candidate => context.AbbreviationOwner(candidate, track.Id) is not null);
            context.Log.Warn(page.Source.Path, line, ImportWarnings.Guess,
                $"The level codes start with '{prefix}', which track '{owner}' of this import already uses; this track's codes are generated as '{unique}' and the level's number");
            track.CodesRenamed = true;
            return unique;
        }

        if (prefix is null)
        {
            return Naming.UniqueAbbreviation(track.Name, candidate => context.AbbreviationOwner(candidate, track.Id) is not null);
        }

        if (!string.Equals(prefix, initials, System.StringComparison.OrdinalIgnoreCase))
        {
            var levelNames = page.LevelSections.Select(section => section.Title).Concat(page.Rows.Select(row => row.Title)).OfType<string>().Select(title => Naming.NameAndNumber(title)?.Name).OfType<string>();
            var named = levelNames.Concat(context.PageTracks.Select(other => other.Name))
                .FirstOrDefault(candidate => string.Equals(Naming.Abbreviation(candidate), prefix, System.StringComparison.OrdinalIgnoreCase));
            var whose = named is null ? string.Empty : $"; '{prefix}' are the initials of '{named}'";
            context.Log.Warn(page.Source.Path, line, ImportWarnings.TitleNamesOther,
                $"The level codes start with '{prefix}', not with '{initials}', the initials of this track '{track.Name}'{whose}. '{prefix}' is kept as the track's abbreviation");
        }

        return prefix;
    }
}
