using System.Collections.Generic;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Yaml;

namespace CareerLadder.Authoring.Parsing;

/// <summary>Reads a localization overlay: a track id, a culture, and translated texts keyed by the base structure.</summary>
internal static class OverlayParser
{
    public static OverlayDefinition? Parse(ParseContext context, YMapping root)
    {
        var reader = new MappingReader(context, root, "the overlay file", LadderKeys.Overlay);
        var track = context.Id(reader.Text("overlay", required: true), "track id in 'overlay'");
        var culture = reader.Text("culture", required: true);
        var name = reader.PlainText("name");
        var summary = reader.PlainText("summary");
        var levels = new List<LevelOverlay>();
        if (reader.Mapping("levels") is { } levelsNode)
        {
            foreach (var entry in levelsNode.Entries)
            {
                var what = $"the overlay of level '{entry.Key.Value}'";
                if (MappingReader.For(context, entry.Value, what, LadderKeys.LevelOverlay) is not { } level)
                {
                    continue;
                }

                levels.Add(new LevelOverlay(
                    new LocatedString(entry.Key.Value, entry.Key.Span),
                    level.Int("rank"),
                    level.PlainText("title"),
                    level.PlainText("public-title"),
                    level.PlainText("summary"),
                    level.Mapping("expectations") is { } expectations ? Expectations(context, expectations, what) : EquatableArray<ExpectationOverlay>.Empty,
                    level.Mapping("sections") is { } sections ? TrackParser.Sections(context, sections) : EquatableArray<SectionValueDefinition>.Empty));
            }
        }

        return track is { } trackId && culture is { } cultureName
            ? new OverlayDefinition(context.Path, trackId, cultureName, name, summary, levels.ToEquatableArray())
            : null;
    }

    private static EquatableArray<ExpectationOverlay> Expectations(ParseContext context, YMapping expectations, string what) =>
        MappingReader.Expectations(
            context,
            expectations,
            what,
            (competency, text) => new ExpectationOverlay(competency, null, text.Value),
            (competency, reader) => new ExpectationOverlay(competency, reader.Text("step"), reader.PlainText("text")));
}
