using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Emitting;

/// <summary>
/// Lays out one track as the data <c>CareerLadder.TrackTable</c> reads (its remarks describe the format): every distinct
/// string once, then rows of numbers. Equal texts, items, expectations and sections get one row each, shared by every
/// level that has them, so inherited content is written once and referenced, not copied.
/// </summary>
internal sealed class TrackTableBuilder
{
    private readonly Dictionary<string, int> _stringIndexes = new(System.StringComparer.Ordinal);
    private readonly List<string> _strings = new();
    private readonly Dictionary<CodeText, int> _textIndexes = new();
    private readonly List<int[]> _texts = new();
    private readonly Dictionary<CodeItem, int> _itemIndexes = new();
    private readonly List<int[]> _items = new();
    private readonly Dictionary<CodeExpectation, int> _expectationIndexes = new();
    private readonly List<int[]> _expectations = new();
    private readonly Dictionary<CodeSectionValue, int> _sectionIndexes = new();
    private readonly List<int[]> _sections = new();
    private readonly List<(string Code, int[] Row)> _levels = new();
    private int[] _track = System.Array.Empty<int>();

    /// <summary>A group of rows under one comment.</summary>
    /// <param name="Comment">What the rows are.</param>
    /// <param name="Count">The number of rows the table states first, or null for a part that is one record.</param>
    /// <param name="Rows">The rows, each with a comment of its own (or null).</param>
    public sealed record Part(string Comment, int? Count, IReadOnlyList<(string? Comment, int[] Numbers)> Rows);

    /// <summary>Every distinct string of the track, in the order the table's first part gives their lengths.</summary>
    public IReadOnlyList<string> Strings => _strings;

    public static TrackTableBuilder Build(CodeFramework framework, CodeTrack track)
    {
        var builder = new TrackTableBuilder();
        builder.AddTrack(track);
        foreach (var level in track.Levels)
        {
            builder.AddLevel(framework, level);
        }

        return builder;
    }

    /// <summary>The table in the order <c>TrackTable</c> reads it, in parts that each start with their count.</summary>
    public IReadOnlyList<Part> Parts() => new[]
    {
        new Part("Strings: their count, then the length of each", _strings.Count, new (string?, int[])[] { (null, _strings.Select(value => value.Length).ToArray()) }),
        new Part("Texts: string, number of translations, (culture, text) string pairs", _texts.Count, Rows(_texts)),
        new Part("The track: id, name, abbreviation, summary, links (count, then text and url each), cultures (count, then each)", null, new (string?, int[])[] { (null, _track) }),
        new Part("Section items: text, link, children (count, then item indexes)", _items.Count, Rows(_items)),
        new Part("Expectations: competency, step, text, inherited from", _expectations.Count, Rows(_expectations)),
        new Part("Sections: id, name, kind, text, inherited from, items (count, then indexes)", _sections.Count, Rows(_sections)),
        new Part(
            "Levels: code, rank, title, seniority, public title, summary, chart (3 strings), extends, transitions, expectations, sections",
            _levels.Count,
            _levels.Select(level => ((string?)level.Code, level.Row)).ToList()),
    };

    private static IReadOnlyList<(string?, int[])> Rows(List<int[]> rows) => rows.Select(row => ((string?)null, row)).ToList();

    private void AddTrack(CodeTrack track)
    {
        var row = new List<int> { String(track.Id), Text(track.Name), String(track.Abbreviation), OptionalText(track.Summary), track.Links.Count };
        foreach (var link in track.Links)
        {
            row.Add(Text(link.Text));
            row.Add(String(link.Url));
        }

        row.Add(track.Cultures.Count);
        row.AddRange(track.Cultures.Select(String));
        _track = row.ToArray();
    }

    private void AddLevel(CodeFramework framework, CodeLevel level)
    {
        var row = new List<int>
        {
            String(level.Code), level.Rank, Text(level.Title), OptionalString(level.Seniority), OptionalText(level.PublicTitle), OptionalText(level.Summary),
            OptionalString(level.Chart?.Source), OptionalString(level.Chart?.Dark), OptionalString(level.Chart?.Alt),
            OptionalString(level.Extends?.Code),
            level.Transitions.Count,
        };
        row.AddRange(level.Transitions.Select(transition => String(transition.Code)));
        row.Add(level.Expectations.Count);
        row.AddRange(level.Expectations.Select(Expectation));
        row.Add(level.Sections.Count);
        row.AddRange(level.Sections.Select(section => Section(framework, section)));
        _levels.Add((level.Code, row.ToArray()));
    }

    private int Expectation(CodeExpectation expectation) => Intern(_expectationIndexes, _expectations, expectation, () => new[]
    {
        expectation.CompetencyIndex, expectation.StepValue, OptionalText(expectation.Text), OptionalString(expectation.InheritedFrom),
    });

    private int Section(CodeFramework framework, CodeSectionValue value) => Intern(_sectionIndexes, _sections, value, () =>
    {
        var section = framework.Sections[value.SectionIndex];
        var isText = section.Kind == SectionShape.Text;
        var row = new List<int>
        {
            String(section.Id), Text(section.Name), (int)section.Kind,
            isText ? Text(value.Text ?? CodeText.Plain(string.Empty)) : -1,
            OptionalString(value.InheritedFrom),
        };
        var items = isText ? new List<int>() : value.Items.Select(Item).ToList();
        row.Add(items.Count);
        row.AddRange(items);
        return row.ToArray();
    });

    private int Item(CodeItem item) => Intern(_itemIndexes, _items, item, () =>
    {
        // Children first: an item refers only to earlier items, so the runtime builds them in one pass.
        var children = item.Items.Select(Item).ToList();
        var row = new List<int> { Text(item.Text), OptionalString(item.Link), children.Count };
        row.AddRange(children);
        return row.ToArray();
    });

    private int OptionalText(CodeText? text) => text is null ? -1 : Text(text);

    private int Text(CodeText text) => Intern(_textIndexes, _texts, text, () =>
    {
        var row = new List<int> { String(text.Text), text.Translations.Count };
        foreach (var translation in text.Translations)
        {
            row.Add(String(translation.Culture));
            row.Add(String(translation.Text));
        }

        return row.ToArray();
    });

    private int Text(string text) => Text(CodeText.Plain(text));

    private int OptionalString(string? value) => value is null ? -1 : String(value);

    private int String(string value)
    {
        if (!_stringIndexes.TryGetValue(value, out var index))
        {
            index = _strings.Count;
            _strings.Add(value);
            _stringIndexes.Add(value, index);
        }

        return index;
    }

    /// <summary>Returns the row index of <paramref name="key"/>, adding its row (built after its parts) the first time.</summary>
    private static int Intern<TKey>(Dictionary<TKey, int> indexes, List<int[]> rows, TKey key, System.Func<int[]> row)
        where TKey : notnull
    {
        if (indexes.TryGetValue(key, out var index))
        {
            return index;
        }

        var numbers = row();
        index = rows.Count;
        rows.Add(numbers);
        indexes.Add(key, index);
        return index;
    }
}
