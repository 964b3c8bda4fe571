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
/// <param name="Competencies">Competencies the pages use that the built-in framework lacks (front-matter topics).</param>
/// <param name="Sections">Sections the pages use that the built-in framework lacks.</param>
internal sealed record ImportResult(
    IReadOnlyList<ImportedFile> Files,
    IReadOnlyList<ImportWarning> Warnings,
    IReadOnlyList<int> Ranks,
    IReadOnlyDictionary<string, (string Name, IReadOnlyList<string> Steps)> Competencies,
    IReadOnlyDictionary<string, (string Name, CareerLadder.Authoring.Model.SectionShape Kind)> Sections);

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
        var ladders = new List<RawPage>();
        foreach (var page in read)
        {
            if (PageShape.IsLadder(page, framework))
            {
                ladders.Add(page);
                continue;
            }

            // What was found on a page that is not a ladder does not matter: say what was expected, once.
            log.Discard(page.Source.Path);
            log.Warn(page.Source.Path, page.TitleLine, ImportWarnings.NotALadder, PageShape.NotALadder);
        }

        var levels = ladders.ToDictionary(page => page, page => PageShape.Levels(page, framework));
        var bases = new List<RawPage>();
        var translations = new List<(RawPage Page, RawPage? SameLevels, string? Culture)>();
        // Pages whose path names no culture are the first candidates for a base, so that tech-lead.md, not
        // tech-lead.de.md, is the track its translations overlay whatever the file order.
        foreach (var page in ladders.OrderBy(page => CultureHint(page.Source.Path) is null ? 0 : 1))
        {
            var script = IsTranslation(page);
            var marked = script is not null || CultureHint(page.Source.Path) is not null;
            var sameLevels = bases.FirstOrDefault(other => PageShape.SameLevels(levels[other], levels[page], codesRequired: !marked));
            if (script is not null || sameLevels is not null)
            {
                translations.Add((page, sameLevels, TranslationCulture(script, page.Source.Path, options.Culture)));
            }
            else
            {
                bases.Add(page);
            }
        }

        var planned = bases.Select(TrackBuilder.TrackId).ToHashSet(StringComparer.Ordinal);
        var kept = existing.Where(track => !planned.Contains(track.Id)).ToList();
        var context = new ImportContext(framework, options, log, kept, ladders.Select(page => (Naming.TrackName(page.Title), Naming.Abbreviation(Naming.TrackName(page.Title)))).ToList());

        var built = new List<(RawPage Page, string Path, Func<IEnumerable<string>, SourceMap, string> Write, string Description)>();
        var tracks = new Dictionary<RawPage, KnownTrack>();
        foreach (var page in bases.Where(page => page.SameAs is null))
        {
            AddTrack(context, page, built, tracks);
        }

        var baseOption = options.TranslationOf is null ? null
            : bases.FirstOrDefault(page => page.Source.Path == options.TranslationOf || Path.GetFileName(page.Source.Path) == Path.GetFileName(options.TranslationOf));
        if (options.TranslationOf is not null && baseOption is null)
        {
            throw new CliException($"--translation-of '{options.TranslationOf}' is not a ladder page of this import");
        }

        foreach (var (page, sameLevels, culture) in translations)
        {
            var name = Naming.TrackName(page.Title);
            var path = page.Source.Path;
            var baseTrack = sameLevels is not null && tracks.TryGetValue(sameLevels, out var byLevels) ? byLevels
                : context.TrackNamed(name) ?? (baseOption is not null && tracks.TryGetValue(baseOption, out var named) ? named : null);
            if (baseTrack is not null && culture is { Length: > 0 })
            {
                // Said the same way however the base was found, so that importing a page alone or with its base agrees.
                log.Warn(path, page.TitleLine, ImportWarnings.Translation,
                    $"This page translates track '{baseTrack.Id}' ({baseTrack.Name}) into '{culture}' (same levels, same name or --translation-of); it is imported as the '{culture}' overlay of that track");
                var overlay = OverlayBuilder.Build(context, page, baseTrack, culture);
                built.Add((page, overlay.Track + "." + overlay.Culture + ".yaml", (header, _) => YamlLadderWriter.Overlay(overlay, header), $"'{culture}' overlay of track '{overlay.Track}', {overlay.Levels.Count} levels"));
                continue;
            }

            if (baseTrack is not null)
            {
                log.Warn(path, page.TitleLine, ImportWarnings.Translation,
                    $"This page has the same levels as track '{baseTrack.Id}', so it is a translation, but its language is not known; it is not imported (use --culture, or name the page like page.de.md)");
                continue;
            }

            log.Warn(path, page.TitleLine, ImportWarnings.Translation, culture is not { Length: > 0 }
                ? "This page is not in the Latin script and its language is not recognized; use --culture to import it as an overlay. It is imported as a track"
                : $"This page is written in '{culture}', but no page of this import has its levels and no track is named '{name}'; it is imported as a track (use --translation-of to name the page it translates)");
            AddTrack(context, page, built, tracks);
        }

        foreach (var page in bases.Where(page => page.SameAs is not null))
        {
            AddTrack(context, page, built, tracks);
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
        return new ImportResult(files, warnings, ranks, context.AddedCompetencies, context.AddedSections);
    }

    /// <summary>
    /// The culture of a translated page: --culture for a page in another script (it names that script's language), else
    /// the script's culture, else the culture the path names, else --culture; "" or null when none is known.
    /// </summary>
    private static string? TranslationCulture(string? script, string path, string? option) =>
        script is not null && option is not null ? option
        : script is { Length: > 0 } ? script
        : CultureHint(path) ?? option ?? script;

    /// <summary>The culture a page's path names: <c>ladder.de.md</c>, or a folder such as <c>ja/</c> or <c>pt-BR/</c>.</summary>
    private static string? CultureHint(string path)
    {
        var parts = path.Replace('\\', '/').Split('/').ToList();
        var file = Path.GetFileNameWithoutExtension(parts[^1]);
        var candidates = new List<string>();
        if (file.LastIndexOf('.') is var dot and > 0)
        {
            candidates.Add(file.Substring(dot + 1));
        }

        candidates.AddRange(parts.Take(parts.Count - 1).Reverse());
        return candidates.FirstOrDefault(candidate => candidate.Length is 2 or 5 && Common.Cultures.IsValid(candidate) && KnownCultures.Value.Contains(candidate));
    }

    private static readonly Lazy<HashSet<string>> KnownCultures = new(() =>
        System.Globalization.CultureInfo.GetCultures(System.Globalization.CultureTypes.AllCultures).Select(culture => culture.Name).Where(name => name.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase));

    private static void AddTrack(ImportContext context, RawPage page, List<(RawPage, string, Func<IEnumerable<string>, SourceMap, string>, string)> built, Dictionary<RawPage, KnownTrack> tracks)
    {
        if (TrackBuilder.Build(context, page) is not { } track)
        {
            return;
        }

        var known = KnownTrack.From(track);
        context.Imported.Add(known);
        tracks[page] = known;
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
