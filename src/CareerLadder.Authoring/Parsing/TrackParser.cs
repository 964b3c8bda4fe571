using System.Collections.Generic;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Yaml;

namespace CareerLadder.Authoring.Parsing;

/// <summary>Reads a track file: the track's identity and its levels with expectations and sections.</summary>
internal static class TrackParser
{
    public static TrackDefinition? Parse(ParseContext context, YMapping root)
    {
        var reader = new MappingReader(context, root, "the track file", LadderKeys.Track);
        var id = context.Id(reader.Text("track", required: true), "track id");
        var name = reader.PlainText("name", required: true);
        var abbreviation = context.Code(reader.Text("abbreviation", required: true), "track abbreviation");
        var summary = reader.PlainText("summary");
        var links = reader.Node("links") is { } linksNode ? Links(context, linksNode) : EquatableArray<LinkDefinition>.Empty;
        var levels = new List<LevelDefinition>();
        if (reader.Sequence("levels", required: true) is { } levelsNode)
        {
            if (levelsNode.Items.Count == 0 && id is { } emptyTrack && !context.HasSyntaxError)
            {
                context.Report(LadderRules.EmptyLevels, levelsNode.Span, emptyTrack.Value);
            }

            for (var index = 0; index < levelsNode.Items.Count; index++)
            {
                if (Level(context, levelsNode.Items[index], index) is { } level)
                {
                    levels.Add(level);
                }
            }
        }

        var renamedFrom = reader.Sequence("renamed-from") is { } renamedNode
            ? ParsedNames.Read(context, renamedNode, "'renamed-from' of the track file", (value, what) => context.Id(value, what), "track id in 'renamed-from'")
            : EquatableArray<LocatedString>.Empty;
        var retired = reader.Sequence("retired") is { } retiredNode ? Retired(context, retiredNode) : EquatableArray<RetiredLevelDefinition>.Empty;

        return id is { } trackId
            ? new TrackDefinition(
                context.Path, trackId, name ?? trackId.Value, abbreviation ?? new LocatedString(string.Empty, reader.HeadSpan), summary, links, levels.ToEquatableArray(),
                renamedFrom, retired)
            : null;
    }

    private static EquatableArray<LinkDefinition> Links(ParseContext context, YNode node)
    {
        var links = new List<LinkDefinition>();
        if (context.Sequence(node, "'links' of the track file") is { } sequence)
        {
            foreach (var linkNode in sequence.Items)
            {
                if (MappingReader.For(context, linkNode, "a link", LadderKeys.Link) is { } reader
                    && reader.PlainText("text", required: true) is { } text
                    && LinkFormat.Checked(context, reader.Text("url", required: true), $"url of link '{text}'", image: false) is { } url)
                {
                    links.Add(new LinkDefinition(text, url.Value));
                }
            }
        }

        return links.ToEquatableArray();
    }

    private static LevelDefinition? Level(ParseContext context, YNode node, int index)
    {
        var codeGuess = node is YMapping mapping ? FindCode(mapping) : null;
        var what = codeGuess is null ? $"level #{index + 1}" : $"level '{codeGuess}'";
        var reader = MappingReader.For(context, node, what, LadderKeys.Level);
        if (reader is null)
        {
            return null;
        }

        var code = context.Code(reader.Text("code", required: true), "level code");
        var rank = reader.Int("rank", required: true);
        var title = reader.Text("title", required: true);
        var seniority = reader.Text("seniority");
        var publicTitle = reader.Text("public-title");
        var summary = reader.PlainText("summary");
        var chartNode = reader.Node("chart");
        var chart = chartNode is not null ? Chart(context, chartNode, what) : null;
        var expectations = reader.Mapping("expectations") is { } expectationsNode ? Expectations(context, expectationsNode, what) : EquatableArray<ExpectationDefinition>.Empty;
        var sections = reader.Mapping("sections") is { } sectionsNode ? Sections(context, sectionsNode) : EquatableArray<SectionValueDefinition>.Empty;
        var extends = context.Code(reader.Text("extends"), "level code in 'extends'");
        var transitions = reader.Sequence("transitions") is { } transitionsNode ? Transitions(context, transitionsNode, what) : EquatableArray<LocatedString>.Empty;
        var renamedFrom = reader.Sequence("renamed-from") is { } renamedNode
            ? ParsedNames.Read(context, renamedNode, "'renamed-from' of " + what, (value, kind) => context.Code(value, kind), "level code in 'renamed-from'")
            : EquatableArray<LocatedString>.Empty;

        return code is { } levelCode && rank is { } levelRank && title is { } levelTitle
            ? new LevelDefinition(levelCode, levelRank, levelTitle, seniority, publicTitle, summary, chart, chartNode?.Span ?? levelCode.Span, expectations, sections, extends, transitions, renamedFrom)
            : null;
    }

    /// <summary>Reads <c>retired:</c>: level codes of earlier versions, when they were retired and what replaced them.</summary>
    private static EquatableArray<RetiredLevelDefinition> Retired(ParseContext context, YSequence sequence)
    {
        var result = new List<RetiredLevelDefinition>();
        for (var index = 0; index < sequence.Items.Count; index++)
        {
            if (MappingReader.For(context, sequence.Items[index], $"retired level #{index + 1}", LadderKeys.Retired) is { } reader
                && context.Code(reader.Text("code", required: true), "retired level code") is { } code)
            {
                var since = reader.PlainText("since");
                var replacedBy = context.Code(reader.Text("replaced-by"), "level code in 'replaced-by'");
                result.Add(new RetiredLevelDefinition(code, since, replacedBy));
            }
        }

        return result.ToEquatableArray();
    }

    /// <summary>Reads <c>transitions:</c>, the level codes (of any track) a person at this level can move to.</summary>
    private static EquatableArray<LocatedString> Transitions(ParseContext context, YSequence sequence, string what)
    {
        var result = new List<LocatedString>();
        foreach (var item in sequence.Items)
        {
            if (context.Code(context.Text(item, "an item of 'transitions' of " + what), "level code in 'transitions'") is { } code)
            {
                result.Add(code);
            }
        }

        return result.ToEquatableArray();
    }

    private static string? FindCode(YMapping mapping)
    {
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key.Value == "code" && entry.Value is YScalar { IsNull: false } code)
            {
                return code.Value;
            }
        }

        return null;
    }

    private static ChartDefinition? Chart(ParseContext context, YNode node, string what)
    {
        if (node is YScalar)
        {
            return LinkFormat.Checked(context, context.Text(node, "'chart' of " + what), "chart of " + what, image: true) is { } source ? new ChartDefinition(source.Value, null, null) : null;
        }

        if (MappingReader.For(context, node, "the chart of " + what, LadderKeys.Chart) is not { } reader)
        {
            return null;
        }

        var src = LinkFormat.Checked(context, reader.Text("src", required: true), "chart of " + what, image: true)?.Value;
        var dark = LinkFormat.Checked(context, reader.Text("dark"), "dark chart of " + what, image: true)?.Value;
        var alt = reader.PlainText("alt");
        return src is null ? null : new ChartDefinition(src, dark, alt);
    }

    private static EquatableArray<ExpectationDefinition> Expectations(ParseContext context, YMapping expectations, string what) =>
        MappingReader.Expectations(
            context,
            expectations,
            what,
            (competency, step) => new ExpectationDefinition(competency, step, null),
            (competency, reader) => reader.Text("step", required: true) is { } step ? new ExpectationDefinition(competency, step, reader.PlainText("text")) : null);

    /// <summary>Reads section values; a key written <c>+id</c> appends its items to the list inherited through <c>extends:</c>.</summary>
    internal static EquatableArray<SectionValueDefinition> Sections(ParseContext context, YMapping sections)
    {
        var result = new List<SectionValueDefinition>();
        foreach (var entry in sections.Entries)
        {
            var append = entry.Key.Value.StartsWith("+", System.StringComparison.Ordinal);
            var section = new LocatedString(append ? entry.Key.Value.Substring(1) : entry.Key.Value, entry.Key.Span);
            var what = $"section '{entry.Key.Value}'";
            switch (entry.Value)
            {
                case YScalar scalar when scalar.IsBroken:
                    break;
                case YScalar:
                    if (context.Text(entry.Value, what) is { } text)
                    {
                        result.Add(new SectionValueDefinition(section, SectionShape.Text, entry.Value.Span, text.Value, EquatableArray<ItemDefinition>.Empty, append));
                    }

                    break;
                case YSequence:
                    result.Add(new SectionValueDefinition(section, SectionShape.List, entry.Value.Span, null, LadderParser.Items(context, entry.Value, what), append));
                    break;
                case YMapping groups:
                    var groupItems = new List<ItemDefinition>();
                    foreach (var group in groups.Entries)
                    {
                        groupItems.Add(new ItemDefinition(group.Key.Value, null, LadderParser.Items(context, group.Value, $"group '{group.Key.Value}' of {what}"), group.Key.Span));
                    }

                    result.Add(new SectionValueDefinition(section, SectionShape.Groups, entry.Value.Span, null, groupItems.ToEquatableArray(), append));
                    break;
            }
        }

        return result.ToEquatableArray();
    }
}
