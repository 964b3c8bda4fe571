using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Cli.Importing.Reading;

namespace CareerLadder.Cli.Importing.Building;

/// <summary>
/// Builds a localization overlay from a translated page (seed 002): each level section is matched to the base level
/// with the same code and steps, else to the one base level with the same steps, else to the same code; its sentences
/// become the overlay's translations. Steps and ranks are structure and stay in the base track.
/// </summary>
internal static class OverlayBuilder
{
    /// <summary>The overlay.</summary>
    /// <param name="context">The import context.</param>
    /// <param name="page">The translated page.</param>
    /// <param name="baseTrack">The track it translates.</param>
    /// <param name="culture">The culture.</param>
    public static ImportedOverlay Build(ImportContext context, RawPage page, KnownTrack baseTrack, string culture)
    {
        var path = page.Source.Path;
        var overlay = new ImportedOverlay { Track = baseTrack.Id, Culture = culture };

        // A page in another script translates what it writes in that script; a page in the Latin script (German, French)
        // translates what differs from the base. Either way a text left as in the base is not a translation.
        var latin = ScriptDetector.Culture(new[] { page.Title }.Concat(page.LevelSections.SelectMany(section => section.Bullets).Select(bullet => bullet.Text).OfType<string>())) is null;
        bool Translates(string text, string? original) => latin ? text != original : IsTranslated(text);
        if (Translates(Naming.TrackName(page.Title), baseTrack.Name))
        {
            overlay.Name = Naming.TrackName(page.Title);
        }

        if (page.Summary is { } summary && Translates(summary, null))
        {
            overlay.Summary = summary;
        }

        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var order = baseTrack.Levels.Select((level, index) => (level, index)).ToDictionary(pair => pair.level, pair => pair.index);
        var levels = new List<(int Order, ImportedOverlayLevel Level)>();
        foreach (var (_, section) in LevelPairing.Pair(page, context.Log))
        {
            if (section is null)
            {
                continue;
            }

            var expectations = ExpectationBuilder.Build(context, path, section.Name, section.Bullets);
            var match = Match(context, path, section, expectations, baseTrack, used);
            if (match is null)
            {
                continue;
            }

            used.Add(match.Code);
            var texts = expectations.Where(expectation => expectation.Text is not null
                    && Translates(expectation.Text, match.Expectations.FirstOrDefault(original => original.Competency == expectation.Competency)?.Text))
                .Select(expectation => (expectation.Competency, expectation.Text!)).ToList();
            var title = section.Title is { } translated && Translates(translated, match.Title) ? translated : null;
            if (title is null && texts.Count == 0)
            {
                continue;
            }

            foreach (var subsection in section.Sections)
            {
                context.Log.Warn(path, subsection.Content.Line, ImportWarnings.Ignored, $"Translated section '{subsection.Heading}' is not imported (overlays are imported for expectations only)");
            }

            levels.Add((order[match], new ImportedOverlayLevel(match.Code, title, texts)));
        }

        overlay.Levels.AddRange(levels.OrderBy(level => level.Order).Select(level => level.Level));
        foreach (var section in page.Sections)
        {
            context.Log.Warn(path, section.Content.Line, ImportWarnings.Ignored, $"Translated section '{section.Heading}' is not imported (overlays are imported for expectations only)");
        }

        foreach (var table in page.Comparisons)
        {
            context.Log.Warn(path, table.Line, ImportWarnings.Ignored, $"Translated table '{table.Heading}' is not imported (overlays are imported for expectations only)");
        }

        return overlay;
    }

    /// <summary>Whether a text is written in a non-Latin script (and so is a translation, not the base text left in place).</summary>
    /// <param name="text">The text.</param>
    public static bool IsTranslated(string text) => ScriptDetector.Culture(new[] { text }) is not null;

    private static KnownLevel? Match(ImportContext context, string path, RawLevelSection section, List<ImportedExpectation> expectations, KnownTrack baseTrack, HashSet<string> used)
    {
        var profile = new KnownLevel(section.Name, 0, string.Empty, expectations).StepProfile;
        var candidates = baseTrack.Levels.Where(level => !used.Contains(level.Code)).ToList();
        var sameCode = section.Code is not null
            ? candidates.FirstOrDefault(level => string.Equals(level.Code, section.Code, StringComparison.OrdinalIgnoreCase))
            : candidates.FirstOrDefault(level => level.Rank == section.Number);
        if (sameCode is not null && sameCode.StepProfile == profile)
        {
            return sameCode;
        }

        var sameSteps = candidates.Where(level => level.StepProfile == profile).ToList();
        if (sameSteps.Count == 1)
        {
            context.Log.Warn(path, section.Line, ImportWarnings.Translation,
                $"Level '{section.Name}' is matched to level '{sameSteps[0].Code}' of track '{baseTrack.Id}', which has the same steps{(sameCode is null ? string.Empty : $" ('{section.Name}' of the base has other steps)")}");
            return sameSteps[0];
        }

        if (sameCode is not null)
        {
            context.Log.Warn(path, section.Line, ImportWarnings.Translation,
                $"Level '{section.Name}' has other steps than level '{sameCode.Code}' of track '{baseTrack.Id}'; its sentences are imported as translations of that level, the steps of the base are kept");
            return sameCode;
        }

        context.Log.Warn(path, section.Line, ImportWarnings.Translation, $"Level '{section.Name}' matches no level of track '{baseTrack.Id}' by code or steps; it is not imported");
        return null;
    }
}
