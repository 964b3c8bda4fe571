using System.Globalization;

namespace CareerLadder.Authoring.Parsing;

/// <summary>
/// Bounds on what ladder files may contain, so that hostile or accidental input (a 10 MB file, 10,000 nested
/// brackets, 11,000 levels each extending the next) yields a diagnostic quickly instead of stalling or crashing the
/// build. Users raise them with MSBuild properties.
/// </summary>
/// <param name="MaxFileLength">Maximum characters per file (MSBuild property <c>CareerLadderMaxFileLength</c>).</param>
/// <param name="MaxDepth">Maximum nesting of lists and mappings (MSBuild property <c>CareerLadderMaxDepth</c>).</param>
/// <param name="MaxExtendsDepth">Maximum length of an <c>extends:</c> chain (MSBuild property <c>CareerLadderMaxExtendsDepth</c>).</param>
/// <param name="MaxOutputLength">Maximum characters of generated C# for all ladders together (MSBuild property <c>CareerLadderMaxOutputLength</c>).</param>
public sealed record LadderLimits(int MaxFileLength, int MaxDepth, int MaxExtendsDepth = 32, int MaxOutputLength = 67_108_864)
{
    /// <summary>The MSBuild property that raises <see cref="MaxFileLength"/>.</summary>
    public const string MaxFileLengthProperty = "CareerLadderMaxFileLength";

    /// <summary>The MSBuild property that raises <see cref="MaxDepth"/>.</summary>
    public const string MaxDepthProperty = "CareerLadderMaxDepth";

    /// <summary>The MSBuild property that raises <see cref="MaxExtendsDepth"/>.</summary>
    public const string MaxExtendsDepthProperty = "CareerLadderMaxExtendsDepth";

    /// <summary>The MSBuild property that raises <see cref="MaxOutputLength"/>.</summary>
    public const string MaxOutputLengthProperty = "CareerLadderMaxOutputLength";

    /// <summary>
    /// 1,048,576 characters and 32 levels of nesting per file, <c>extends:</c> chains of 32 levels and 64 Mi characters
    /// of generated C#: far beyond any real ladder, far below what hostile input needs to hurt.
    /// </summary>
    public static LadderLimits Default { get; } = new(1_048_576, 32, 32, 67_108_864);

    /// <summary>Reads the limits from property values, keeping the default for missing or invalid ones.</summary>
    /// <param name="maxFileLength">The value of <c>CareerLadderMaxFileLength</c>, if set.</param>
    /// <param name="maxDepth">The value of <c>CareerLadderMaxDepth</c>, if set.</param>
    public static LadderLimits From(string? maxFileLength, string? maxDepth) => From(maxFileLength, maxDepth, null, null);

    /// <summary>Reads the limits from property values, keeping the default for missing or invalid ones.</summary>
    /// <param name="maxFileLength">The value of <c>CareerLadderMaxFileLength</c>, if set.</param>
    /// <param name="maxDepth">The value of <c>CareerLadderMaxDepth</c>, if set.</param>
    /// <param name="maxExtendsDepth">The value of <c>CareerLadderMaxExtendsDepth</c>, if set.</param>
    /// <param name="maxOutputLength">The value of <c>CareerLadderMaxOutputLength</c>, if set.</param>
    public static LadderLimits From(string? maxFileLength, string? maxDepth, string? maxExtendsDepth, string? maxOutputLength) => new(
        Positive(maxFileLength) ?? Default.MaxFileLength,
        Positive(maxDepth) ?? Default.MaxDepth,
        Positive(maxExtendsDepth) ?? Default.MaxExtendsDepth,
        Positive(maxOutputLength) ?? Default.MaxOutputLength);

    private static int? Positive(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
