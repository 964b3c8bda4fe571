using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CareerLadder.Cli.Importing.Reading;

namespace CareerLadder.Cli.Importing.Building;

/// <summary>
/// Finds what a page copied from another page forgot to change: level titles, chart alt texts and chart file names that
/// name another track (seed 000: "Product Engineer", technicalprogrammanager-5.png) or another level (seed 001: the alt
/// text "Technical Program Manager 4" under TPM3).
/// </summary>
internal static class ReferenceChecks
{
    /// <summary>Checks every level of the track.</summary>
    /// <param name="context">The import context.</param>
    /// <param name="page">The page.</param>
    /// <param name="track">The track built from it.</param>
    public static void Check(ImportContext context, RawPage page, ImportedTrack track)
    {
        var path = page.Source.Path;
        var others = OtherTracks(context, track);
        foreach (var level in track.Levels)
        {
            var number = Naming.CodeNumberOf(level.Code) ?? level.Rank;
            if (Naming.NameAndNumber(level.Title) is { } title && Naming.Compact(title.Name) != Naming.Compact(track.Name))
            {
                context.Log.Warn(path, level.Line, ImportWarnings.TitleNamesOther, $"Level title '{level.Title}' names '{title.Name}', not this track '{track.Name}'");
            }

            if (level.Chart is not { } chart)
            {
                continue;
            }

            if (chart.Alt is { } alt && Naming.NameAndNumber(alt) is { } named)
            {
                if (Naming.Compact(named.Name) != Naming.Compact(track.Name))
                {
                    context.Log.Warn(path, level.ChartLine, ImportWarnings.ChartNamesOther, $"The chart's alt text '{alt}' of level '{level.Code}' names '{named.Name}', not this track '{track.Name}'");
                }
                else if (named.Number != number)
                {
                    context.Log.Warn(path, level.ChartLine, ImportWarnings.ChartNamesOther, $"The chart's alt text '{alt}' of level '{level.Code}' names level {named.Number.ToString(CultureInfo.InvariantCulture)}, not {number.ToString(CultureInfo.InvariantCulture)}");
                }
            }

            CheckImage(context, path, level, track, others, "chart image", chart.Src, number);
            if (chart.Dark is { } dark)
            {
                CheckImage(context, path, level, track, others, "dark chart image", dark, number);
            }
        }
    }

    private static void CheckImage(ImportContext context, string path, ImportedLevel level, ImportedTrack track, List<(string Name, string Key)> others, string what, string source, int number)
    {
        var stem = Path.GetFileNameWithoutExtension(source.Split('?', '#')[0]).ToLowerInvariant();
        foreach (var suffix in new[] { "-dark", "_dark", "-light", "_light" })
        {
            if (stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                stem = stem.Substring(0, stem.Length - suffix.Length);
            }
        }

        var imageNumber = Naming.CodeNumberOf(stem);
        var prefix = Naming.Compact(Naming.CodePrefix(stem));
        var own = new[] { Naming.Compact(track.Name), Naming.Compact(track.Id), track.Abbreviation.ToLowerInvariant(), Naming.Compact(Naming.CodePrefix(level.Code)) };
        if (prefix.Length > 0 && !own.Contains(prefix))
        {
            var other = others.FirstOrDefault(candidate => candidate.Key == prefix);
            context.Log.Warn(path, level.ChartLine, ImportWarnings.ChartNamesOther, other.Name is not null
                ? $"The {what} '{source}' of level '{level.Code}' names track '{other.Name}', not this track '{track.Name}'"
                : $"The {what} '{source}' of level '{level.Code}' does not name this track ('{Naming.Compact(track.Name)}' or '{track.Abbreviation.ToLowerInvariant()}')");
            return;
        }

        if (imageNumber is { } value && value != number)
        {
            context.Log.Warn(path, level.ChartLine, ImportWarnings.ChartNamesOther, $"The {what} '{source}' of level '{level.Code}' names level {value.ToString(CultureInfo.InvariantCulture)}, not {number.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static List<(string Name, string Key)> OtherTracks(ImportContext context, ImportedTrack track)
    {
        var result = new List<(string Name, string Key)>();
        foreach (var (name, abbreviation) in context.PageTracks.Concat(context.AllTracks.Select(known => (known.Name, known.Abbreviation))))
        {
            if (Naming.Compact(name) == Naming.Compact(track.Name))
            {
                continue;
            }

            result.Add((name, Naming.Compact(name)));
            result.Add((name, abbreviation.ToLowerInvariant()));
        }

        return result;
    }
}
