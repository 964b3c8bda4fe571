using System.Collections.Generic;
using CareerLadder.Cli.Importing.Markdown;
using Markdig.Syntax;

namespace CareerLadder.Cli.Importing.Reading;

/// <summary>What a Markdown page says, before it is matched to the framework: the page's structure with line numbers.</summary>
internal sealed class RawPage
{
    /// <summary>Creates a page.</summary>
    /// <param name="source">The parsed Markdown.</param>
    /// <param name="title">The first heading (or the front matter title).</param>
    /// <param name="titleLine">Its line.</param>
    public RawPage(MarkdownSource source, string title, int titleLine)
    {
        Source = source;
        Title = title;
        TitleLine = titleLine;
    }

    /// <summary>The parsed Markdown.</summary>
    public MarkdownSource Source { get; }

    /// <summary>The page title.</summary>
    public string Title { get; }

    /// <summary>The title's line.</summary>
    public int TitleLine { get; }

    /// <summary>The first paragraph under the title.</summary>
    public string? Summary { get; set; }

    /// <summary>The X of "Same as X, but also...", if the page says so.</summary>
    public string? SameAs { get; set; }

    /// <summary>The line of the "Same as" sentence.</summary>
    public int SameAsLine { get; set; }

    /// <summary>Links that apply to the whole page.</summary>
    public List<ImportedLink> Links { get; } = new();

    /// <summary>The rows of the level table.</summary>
    public List<RawRow> Rows { get; } = new();

    /// <summary>The <c>## CODE - Title</c> sections.</summary>
    public List<RawLevelSection> LevelSections { get; } = new();

    /// <summary>The front matter, when the page has one.</summary>
    public FrontMatter? FrontMatter { get; set; }

    /// <summary>The HTML comparison tables (columns are levels).</summary>
    public List<RawComparison> Comparisons { get; } = new();

    /// <summary>Sections of the page that belong to no level section (the page is then one level).</summary>
    public List<RawSection> Sections { get; } = new();

    /// <summary>The anchors of every heading of the page.</summary>
    public HashSet<string> Anchors { get; } = new(System.StringComparer.Ordinal);
}

/// <summary>A row of the level table.</summary>
/// <param name="Line">Its line.</param>
/// <param name="Rank">The Level (or Rank) column.</param>
/// <param name="Seniority">The Seniority column, or "Senior" for Senior = Yes.</param>
/// <param name="PublicTitle">The Public Title column.</param>
/// <param name="Code">The level code of the Position (or Code) column.</param>
/// <param name="Title">The title of the Position (or Title) column.</param>
/// <param name="Anchor">The anchor the Position link points to, without <c>#</c>.</param>
internal sealed record RawRow(int Line, int? Rank, string? Seniority, string? PublicTitle, string? Code, string? Title, string? Anchor)
{
    /// <summary>The cells of the other columns, with their header: a table-only ladder's level content.</summary>
    public IReadOnlyList<(string Header, string Text)> Extra { get; init; } = System.Array.Empty<(string, string)>();
}

/// <summary>A <c>* **Step**: sentence</c> bullet.</summary>
/// <param name="Line">Its line.</param>
/// <param name="Step">The bold step name.</param>
/// <param name="Text">The sentence after the colon, if any.</param>
internal sealed record RawBullet(int Line, string Step, string? Text);

/// <summary>A level section: <c>## CODE</c> or <c>## CODE - Title</c> with its chart, bullets and sub-sections.</summary>
internal sealed class RawLevelSection
{
    /// <summary>Creates a level section.</summary>
    /// <param name="line">The heading's line.</param>
    /// <param name="heading">The heading text.</param>
    /// <param name="level">The code, number and title the heading gives.</param>
    public RawLevelSection(int line, string heading, ParsedLevel level)
    {
        Line = line;
        Heading = heading;
        Code = level.Code;
        Number = level.Number;
        Title = level.Title;
    }

    /// <summary>The heading's line.</summary>
    public int Line { get; }

    /// <summary>The heading text.</summary>
    public string Heading { get; }

    /// <summary>The level code, or null when the heading gives only a number (<c>Level 3</c>) and the code is generated.</summary>
    public string? Code { get; }

    /// <summary>The number the heading gives, if any.</summary>
    public int? Number { get; }

    /// <summary>The code, or the heading when the code is generated: how warnings name the level.</summary>
    public string Name => Code ?? Heading;

    /// <summary>The title after the code, if any.</summary>
    public string? Title { get; }

    /// <summary>The chart, if any.</summary>
    public ChartImage? Chart { get; set; }

    /// <summary>The chart's line.</summary>
    public int ChartLine { get; set; }

    /// <summary>The first paragraph, if any.</summary>
    public string? Summary { get; set; }

    /// <summary>The step bullets.</summary>
    public List<RawBullet> Bullets { get; } = new();

    /// <summary>The free-form sub-sections.</summary>
    public List<RawSection> Sections { get; } = new();

    /// <summary>Paragraphs <c>**Label**: text</c>: sections named by their label.</summary>
    public List<(string Label, string Text, int Line)> Labelled { get; } = new();
}

/// <summary>A free-form section: a heading with its content (paragraphs, lists, sub-headings for groups).</summary>
/// <param name="Heading">The heading text.</param>
/// <param name="Content">The content.</param>
internal sealed record RawSection(string Heading, RawContent Content);

/// <summary>Markdown content: blocks, and the headings below them (groups).</summary>
/// <param name="Source">The page (or cell) the blocks belong to.</param>
/// <param name="Blocks">The blocks.</param>
/// <param name="Children">Headings nested below.</param>
/// <param name="Line">The line where the content's heading (or cell) is.</param>
internal sealed record RawContent(MarkdownSource Source, IReadOnlyList<Block> Blocks, IReadOnlyList<OutlineNode> Children, int Line);

/// <summary>An HTML comparison table: one column per level, under a section heading.</summary>
/// <param name="Heading">The section heading.</param>
/// <param name="Line">The heading's line.</param>
/// <param name="Columns">The columns.</param>
internal sealed record RawComparison(string Heading, int Line, IReadOnlyList<RawColumn> Columns);

/// <summary>A column of a comparison table: the level's title and its cell.</summary>
/// <param name="Title">The header cell's text.</param>
/// <param name="Line">The header cell's line.</param>
/// <param name="Content">The value cell.</param>
/// <param name="Key">The value cell's text with spaces collapsed, to detect repeated columns.</param>
internal sealed record RawColumn(string Title, int Line, RawContent Content, string Key);
