using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CareerLadder.Cli.Importing.Building;
using CareerLadder.Cli.Importing.Markdown;
using CareerLadder.Cli.Importing.Reading;
using CareerLadder.Cli.Importing.Yaml;

namespace CareerLadder.Cli.Importing;

/// <summary>A file the import writes.</summary>
/// <param name="RelativePath">Its path below the output directory.</param>
/// <param name="Content">The YAML.</param>
/// <param name="Source">The Markdown page it comes from (as shown), or null for the framework.</param>
/// <param name="Description">What it is, for the report.</param>
/// <param name="Map">The Markdown line each YAML line comes from, for a track.</param>
internal sealed record ImportedFile(string RelativePath, string Content, string? Source, string Description, SourceMap? Map = null);

/// <summary>The result of an import: the files to write and the warnings.</summary>
/// <param name="Files">The files.</param>
/// <param name="Warnings">The warnings, by page and line.</param>
/// <param name="Ranks">The ranks of the imported levels, in increasing order.</param>
internal sealed record ImportResult(IReadOnlyList<ImportedFile> Files, IReadOnlyList<ImportWarning> Warnings, IReadOnlyList<int> Ranks);

/// <summary>
/// Imports a set of Markdown pages: reads every page, builds the ordinary tracks first, then the translations (as
/// overlays of the track with the same name) and the "Same as X" pages (which extend a level of another track).
/// </summary>
internal static class ImportSession
{
    /// <summary>Runs the import in memory.</summary>
    /// <param name="pages">The pages: path as shown and Markdown.</param>
    /// <param name="framework">The framework.</param>
    /// <param name="existing">The tracks already in the target directory.</param>
    /// <param name="options">The user's choices.</param>
    public static ImportResult Run(IReadOnlyList<(string Path, string Text)> pages, ImportFramework framework, IReadOnlyList<KnownTrack> existing, ImportOptions options)
    {
        var log = new ImportLog();
        var read = pages.Select(page => PageReader.Read(MarkdownSource.Parse(page.Path, page.Text), log)).ToList();
        var cultures = read.ToDictionary(page => page, page => options.Culture is not null && IsTranslation(page) is not null ? options.Culture : IsTranslation(page));
        var planned = read.Where(page => cultures[page] is null).Select(page => Naming.Id(Naming.TrackName(page.Title), string.Empty)).ToHashSet(StringComparer.Ordinal);
        var kept = existing.Where(track => !planned.Contains(track.Id)).ToList();
        var context = new ImportContext(framework, options, log, kept, read.Select(page => (Naming.TrackName(page.Title), Naming.Abbreviation(Naming.TrackName(page.Title)))).ToList());

        var built = new List<(RawPage Page, string Path, Func<IEnumerable<string>, SourceMap, string> Write, string Description)>();
        foreach (var page in read.Where(page => cultures[page] is null && page.SameAs is null))
        {
            AddTrack(context, page, built);
        }

        foreach (var page in read.Where(page => cultures[page] is not null))
        {
            var culture = cultures[page]!;
            var name = Naming.TrackName(page.Title);
            if (context.TrackNamed(name) is { } baseTrack && culture.Length > 0)
            {
                log.Warn(page.Source.Path, page.TitleLine, ImportWarnings.Translation,
                    $"This page is written in '{culture}' and has the name of track '{baseTrack.Id}' ({baseTrack.Name}); it is imported as the '{culture}' overlay of that track");
                var overlay = OverlayBuilder.Build(context, page, baseTrack, culture);
                built.Add((page, overlay.Track + "." + overlay.Culture + ".yaml", (header, _) => YamlLadderWriter.Overlay(overlay, header), $"'{culture}' overlay of track '{overlay.Track}', {overlay.Levels.Count} levels"));
                continue;
            }

            log.Warn(page.Source.Path, page.TitleLine, ImportWarnings.Translation, culture.Length == 0
                ? "This page is not in the Latin script and its language is not recognized; use --culture to import it as an overlay. It is imported as a track"
                : $"This page is written in '{culture}', but no track is named '{name}' in this import or in the target directory; it is imported as a track");
            AddTrack(context, page, built);
        }

        foreach (var page in read.Where(page => cultures[page] is null && page.SameAs is not null))
        {
            AddTrack(context, page, built);
        }

        var files = new List<ImportedFile>();
        foreach (var (page, path, write, description) in built)
        {
            if (files.Any(file => string.Equals(file.RelativePath, path, StringComparison.OrdinalIgnoreCase)))
            {
                log.Warn(page.Source.Path, page.TitleLine, ImportWarnings.Ignored, $"Another page of this import is also written to '{path}'; this page is not imported");
                continue;
            }

            var map = new SourceMap();
            files.Add(new ImportedFile(path, write(Header(page, log), map), page.Source.Path, description, map));
        }

        var warnings = log.Warnings.OrderBy(warning => warning.Path, StringComparer.Ordinal).ThenBy(warning => warning.Line).ToList();
        var ranks = context.Imported.SelectMany(track => track.Levels).Select(level => level.Rank).Distinct().Order().ToList();
        return new ImportResult(files, warnings, ranks);
    }

    private static void AddTrack(ImportContext context, RawPage page, List<(RawPage, string, Func<IEnumerable<string>, SourceMap, string>, string)> built)
    {
        if (TrackBuilder.Build(context, page) is not { } track)
        {
            return;
        }

        context.Imported.Add(KnownTrack.From(track));
        built.Add((page, track.Id + ".yaml", (header, map) => YamlLadderWriter.Track(track, header, map), $"track '{track.Id}', {track.Levels.Count} level{(track.Levels.Count == 1 ? string.Empty : "s")}"));
    }

    /// <summary>The culture of a translated page, "" for an unknown non-Latin script, null for a page in the base language.</summary>
    private static string? IsTranslation(RawPage page)
    {
        var texts = new List<string> { page.Title };
        if (page.Summary is not null)
        {
            texts.Add(page.Summary);
        }

        texts.AddRange(page.LevelSections.SelectMany(section => section.Bullets).Select(bullet => bullet.Text).OfType<string>());
        return ScriptDetector.Culture(texts);
    }

    private static IEnumerable<string> Header(RawPage page, ImportLog log)
    {
        yield return $"Imported by 'careerladder import' from {Path.GetFileName(page.Source.Path)}.";
        var warnings = log.For(page.Source.Path);
        if (warnings.Count == 0)
        {
            yield break;
        }

        yield return "What the import reported about the Markdown (line: warning):";
        foreach (var warning in warnings)
        {
            yield return $"  {warning.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {warning.Id}: {warning.Message}";
        }
    }
}
