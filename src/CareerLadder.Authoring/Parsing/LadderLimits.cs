using System.Globalization;

namespace CareerLadder.Authoring.Parsing;

/// <summary>
/// Bounds on what one ladder file may contain, so that hostile or accidental input (a 10 MB file, 10,000 nested
/// brackets) yields a diagnostic quickly instead of stalling the build. Users raise them with MSBuild properties.
/// </summary>
/// <param name="MaxFileLength">Maximum characters per file (MSBuild property <c>CareerLadderMaxFileLength</c>).</param>
/// <param name="MaxDepth">Maximum nesting of lists and mappings (MSBuild property <c>CareerLadderMaxDepth</c>).</param>
public sealed record LadderLimits(int MaxFileLength, int MaxDepth)
{
    /// <summary>The MSBuild property that raises <see cref="MaxFileLength"/>.</summary>
    public const string MaxFileLengthProperty = "CareerLadderMaxFileLength";

    /// <summary>The MSBuild property that raises <see cref="MaxDepth"/>.</summary>
    public const string MaxDepthProperty = "CareerLadderMaxDepth";

    /// <summary>1,048,576 characters and 32 levels of nesting: ten times the largest real ladder, far below any hostile input.</summary>
    public static LadderLimits Default { get; } = new(1_048_576, 32);

    /// <summary>Reads the limits from property values, keeping the default for missing or invalid ones.</summary>
    /// <param name="maxFileLength">The value of <c>CareerLadderMaxFileLength</c>, if set.</param>
    /// <param name="maxDepth">The value of <c>CareerLadderMaxDepth</c>, if set.</param>
    public static LadderLimits From(string? maxFileLength, string? maxDepth) => new(
        Positive(maxFileLength) ?? Default.MaxFileLength,
        Positive(maxDepth) ?? Default.MaxDepth);

    private static int? Positive(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
