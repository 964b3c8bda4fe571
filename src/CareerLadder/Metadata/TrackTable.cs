using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace CareerLadder.Metadata;

/// <summary>
/// One track of a generated catalog as data: its texts joined in a few strings and everything else as a table of numbers, which
/// this class, compiled once for every track, turns into the track's objects. The generated code of a track is then
/// two constants instead of one constructor call per level, expectation, section and item, so the first use of a track
/// compiles the same few methods whatever its size. Not meant to be written by hand.
/// This API is for use by the output of the CareerLadder source generator and should not be called directly.
/// </summary>
/// <remarks>
/// <para>The table, in order (a string or text index of <c>-1</c> is null):</para>
/// <list type="number">
/// <item><description>strings: their count, then the length of each; the strings are consecutive slices of the text;</description></item>
/// <item><description>texts: their count, then per text its string, its number of translations and (culture, text) string pairs;</description></item>
/// <item><description>the track: id string, name text, abbreviation string, summary text, links (count, then text and url
/// string per link), cultures (count, then one string each);</description></item>
/// <item><description>items: their count, then per item its text, link string and children (count, then the index of each
/// child, always an earlier item);</description></item>
/// <item><description>expectations: their count, then per expectation its competency index, step value, text and
/// inherited-from string;</description></item>
/// <item><description>sections: their count, then per section its id string, name text, <see cref="SectionKind"/>, text,
/// inherited-from string and items (count, then item indexes);</description></item>
/// <item><description>levels: their count, then per level its code string, rank, title text, seniority string, public
/// title text, summary text, chart (source, dark source and alt text strings), the code of the level it extends,
/// transitions (count, then level code strings), expectations (count, then indexes) and sections (count, then indexes).
/// Codes of other levels are looked up in the catalog on first use, so building a track never builds another.</description></item>
/// </list>
/// <para>Equal texts, items, expectations and sections are listed once and shared by every level that has them, which is
/// how a level that extends another holds the other's content: by reference, not by a copy.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TrackTable
{
    private readonly int[] _table;
    private readonly string?[] _strings;
    private readonly LocalizedText[] _texts;
    private int _position;

    /// <summary>Reads the strings, texts and the track's own fields of a generated table.</summary>
    /// <param name="texts">Every string of the track, one after the other, in as many parts as the generated code has.</param>
    /// <param name="table">The table described in the remarks.</param>
    public TrackTable(string[] texts, int[] table)
    {
        var text = string.Concat(texts ?? throw new ArgumentNullException(nameof(texts)));

        _table = table ?? throw new ArgumentNullException(nameof(table));
        _strings = new string?[Next()];
        var start = 0;
        for (var index = 0; index < _strings.Length; index++)
        {
            var length = Next();
            _strings[index] = text.Substring(start, length);
            start += length;
        }

        if (start != text.Length)
        {
            throw new ArgumentException("The table's string lengths do not add up to the text's length.", nameof(table));
        }

        _texts = new LocalizedText[Next()];
        for (var index = 0; index < _texts.Length; index++)
        {
            var value = NextString()!;
            var translations = new KeyValuePair<string, string>[Next()];
            for (var translation = 0; translation < translations.Length; translation++)
            {
                translations[translation] = new KeyValuePair<string, string>(NextString()!, NextString()!);
            }

            _texts[index] = new LocalizedText(value, translations);
        }

        Id = NextString()!;
        Name = NextText()!;
        Abbreviation = NextString()!;
        Summary = NextText();
        Links = new Link[Next()];
        for (var index = 0; index < Links.Length; index++)
        {
            Links[index] = new Link(NextText()!, NextString()!);
        }

        Cultures = new string[Next()];
        for (var index = 0; index < Cultures.Length; index++)
        {
            Cultures[index] = NextString()!;
        }
    }

    // Fields, not properties: a fresh process compiles every getter it calls (tier 0 does not inline), and building
    // the first track reads these once.
    internal readonly string Id;

    internal readonly LocalizedText Name;

    internal readonly string Abbreviation;

    internal readonly LocalizedText? Summary;

    internal readonly Link[] Links;

    internal readonly string[] Cultures;

    /// <summary>Builds the levels of <paramref name="track"/>: its items, expectations and sections first, each once.</summary>
    internal Level[] BuildLevels(Track track, IReadOnlyList<Competency> competencies, LevelIndex catalog)
    {
        var items = new SectionItem[Next()];
        for (var index = 0; index < items.Length; index++)
        {
            var text = NextText()!;
            var link = NextString();
            var children = new SectionItem[Next()];
            for (var child = 0; child < children.Length; child++)
            {
                children[child] = items[Next()];
            }

            items[index] = new SectionItem(text, link, children);
        }

        var expectations = new Expectation[Next()];
        for (var index = 0; index < expectations.Length; index++)
        {
            var competency = competencies[Next()];
            expectations[index] = new Expectation(competency.GetStep(Next()), NextText(), NextString());
        }

        var sections = new Section[Next()];
        for (var index = 0; index < sections.Length; index++)
        {
            var id = NextString()!;
            var name = NextText()!;
            var kind = (SectionKind)Next();
            var text = NextText();
            var inheritedFrom = NextString();
            var sectionItems = new SectionItem[Next()];
            for (var item = 0; item < sectionItems.Length; item++)
            {
                sectionItems[item] = items[Next()];
            }

            sections[index] = kind == SectionKind.Text
                ? new Section(id, name, text ?? new LocalizedText(string.Empty), inheritedFrom)
                : new Section(id, name, kind, inheritedFrom, sectionItems);
        }

        var levels = new Level[Next()];
        for (var index = 0; index < levels.Length; index++)
        {
            var code = NextString()!;
            var rank = Next();
            var title = NextText()!;
            var seniority = NextString();
            var publicTitle = NextText();
            var summary = NextText();
            var chartSource = NextString();
            var chartDark = NextString();
            var chartAlt = NextString();
            var extendsCode = NextString();
            Func<Level>? extends = extendsCode is null ? null : new LevelLink(catalog, extendsCode, null).ResolveOne;
            var transitionCount = Next();
            Func<Level[]>? transitions = null;
            if (transitionCount > 0)
            {
                var transitionCodes = new string[transitionCount];
                for (var transition = 0; transition < transitionCodes.Length; transition++)
                {
                    transitionCodes[transition] = NextString()!;
                }

                transitions = new LevelLink(catalog, null, transitionCodes).ResolveAll;
            }

            var levelExpectations = new Expectation[Next()];
            for (var expectation = 0; expectation < levelExpectations.Length; expectation++)
            {
                levelExpectations[expectation] = expectations[Next()];
            }

            var levelSections = new Section[Next()];
            for (var section = 0; section < levelSections.Length; section++)
            {
                levelSections[section] = sections[Next()];
            }

            levels[index] = new Level(
                track, code, rank, title, seniority, publicTitle, summary,
                chartSource is null ? null : new Chart(chartSource, chartDark, chartAlt),
                levelExpectations, levelSections, extends, transitions);
        }

        if (_position != _table.Length)
        {
            throw LeftOver();
        }

        return levels;
    }

    private InvalidOperationException LeftOver() =>
        new($"The table of track '{Id}' has {_table.Length - _position} numbers left over.");

    private static Level? Find(LevelIndex catalog, string code) => catalog.TryGetLevel(code, out var level) ? level : null;

    /// <summary>
    /// A level's link to other levels by code (<c>extends:</c> or <c>transitions:</c>), found in the catalog on first use.
    /// A class of its own rather than lambdas: building a level that links nowhere creates no closure.
    /// </summary>
    private sealed class LevelLink
    {
        private readonly LevelIndex _catalog;
        private readonly string? _code;
        private readonly string[]? _codes;

        public LevelLink(LevelIndex catalog, string? code, string[]? codes)
        {
            _catalog = catalog;
            _code = code;
            _codes = codes;
        }

        /// <summary>The level of the one code.</summary>
        public Level ResolveOne() => Find(_catalog, _code!)!;

        /// <summary>The levels of the codes; a code the catalog does not have (only in a ladder with errors) is left out.</summary>
        public Level[] ResolveAll()
        {
            var levels = new List<Level>(_codes!.Length);
            foreach (var code in _codes)
            {
                if (Find(_catalog, code) is { } level)
                {
                    levels.Add(level);
                }
            }

            return levels.ToArray();
        }
    }

    private int Next() => _table[_position++];

    private string? NextString()
    {
        var index = Next();
        return index < 0 ? null : _strings[index];
    }

    private LocalizedText? NextText()
    {
        var index = Next();
        return index < 0 ? null : _texts[index];
    }
}
