namespace CareerLadder.Authoring.Parsing;

/// <summary>
/// The keys the format accepts in each kind of mapping: the parser checks against these lists, and a test keeps the
/// JSON Schemas in src/CareerLadder/schemas in step with them.
/// </summary>
public static class LadderKeys
{
    /// <summary>The first key of each kind of ladder file, which names its kind.</summary>
    public static readonly string[] Kinds = { "framework", "track", "overlay" };

    /// <summary>Top level of a framework file.</summary>
    public static readonly string[] Framework = { "framework", "name", "description", "seniorities", "ranks", "competencies", "sections" };

    /// <summary>A row of the rank table.</summary>
    public static readonly string[] Rank = { "public-title", "description" };

    /// <summary>A competency.</summary>
    public static readonly string[] Competency = { "name", "description", "steps", "renamed-from", "previous-steps" };

    /// <summary>A step in long form.</summary>
    public static readonly string[] Step = { "name", "description" };

    /// <summary>A section definition.</summary>
    public static readonly string[] Section = { "name", "kind", "description" };

    /// <summary>Top level of a track file.</summary>
    public static readonly string[] Track = { "track", "name", "abbreviation", "summary", "links", "levels", "renamed-from", "retired" };

    /// <summary>An entry of a track's <c>retired:</c> list.</summary>
    public static readonly string[] Retired = { "code", "since", "replaced-by" };

    /// <summary>A track link.</summary>
    public static readonly string[] Link = { "text", "url" };

    /// <summary>A level.</summary>
    public static readonly string[] Level = { "code", "rank", "title", "seniority", "public-title", "summary", "chart", "expectations", "sections", "extends", "transitions", "renamed-from" };

    /// <summary>A chart in long form.</summary>
    public static readonly string[] Chart = { "src", "dark", "alt" };

    /// <summary>An expectation in long form.</summary>
    public static readonly string[] Expectation = { "step", "text" };

    /// <summary>A section item in long form.</summary>
    public static readonly string[] Item = { "text", "link", "items" };

    /// <summary>Top level of an overlay file.</summary>
    public static readonly string[] Overlay = { "overlay", "culture", "name", "summary", "levels" };

    /// <summary>A level of an overlay.</summary>
    public static readonly string[] LevelOverlay = { "rank", "title", "public-title", "summary", "expectations", "sections" };
}
