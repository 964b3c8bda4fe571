using System.Globalization;

namespace CareerLadder.Cli.Importing;

/// <summary>Something the Markdown gets wrong, or a guess the importer had to make, at a line of the page.</summary>
/// <param name="Path">The Markdown file as shown.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Id">The warning's id (see <see cref="ImportWarnings"/>).</param>
/// <param name="Message">What is wrong and what the importer did.</param>
internal sealed record ImportWarning(string Path, int Line, string Id, string Message)
{
    /// <summary>The compiler-like form: <c>page.md(12): warning IMP001: message</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path}({Line}): warning {Id}: {Message}");
}

/// <summary>The ids of import warnings.</summary>
internal static class ImportWarnings
{
    /// <summary>A row of the level table has no level section.</summary>
    public const string RowWithoutSection = "IMP001";

    /// <summary>A level section has no row in the level table.</summary>
    public const string SectionWithoutRow = "IMP002";

    /// <summary>A link to an anchor that no heading has.</summary>
    public const string DanglingAnchor = "IMP003";

    /// <summary>A chart image or alt text that names another track or level.</summary>
    public const string ChartNamesOther = "IMP004";

    /// <summary>A bullet whose step is not a step of the framework.</summary>
    public const string UnknownStep = "IMP005";

    /// <summary>Two columns of a comparison table with the same level.</summary>
    public const string DuplicateColumn = "IMP006";

    /// <summary>A level title or code that names another track.</summary>
    public const string TitleNamesOther = "IMP007";

    /// <summary>A section heading that is not (exactly) a section of the framework.</summary>
    public const string SectionHeading = "IMP008";

    /// <summary>A guess about ranks, codes or pairing.</summary>
    public const string Guess = "IMP009";

    /// <summary>A translation: how it was matched to its base track.</summary>
    public const string Translation = "IMP010";

    /// <summary>"Same as X": how X was found.</summary>
    public const string SameAs = "IMP011";

    /// <summary>Content the importer does not understand and leaves out.</summary>
    public const string Ignored = "IMP012";

    /// <summary>Two expectations for one competency in a level.</summary>
    public const string DuplicateCompetency = "IMP013";

    /// <summary>A page that is not a ladder (no level table, level headings or front-matter levels).</summary>
    public const string NotALadder = "IMP014";
}
