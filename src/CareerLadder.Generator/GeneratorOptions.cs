using System;
using System.Linq;
using CareerLadder.Authoring;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Emitting;
using CareerLadder.Authoring.Parsing;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CareerLadder.Generator;

/// <summary>The MSBuild options the generator reads, as an equatable value.</summary>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="NamespaceProblem">Why the configured or derived namespace is not usable (reported as CL0019), or null.</param>
/// <param name="Accessibility">The accessibility of the generated types.</param>
/// <param name="AccessibilityProblem">The value of CareerLadderAccessibility when it is neither public nor internal, or null.</param>
/// <param name="Mode">Whether this project references CareerLadder directly, only transitively, or turned generation off.</param>
/// <param name="LadderFiles">The globs the build passes as ladder files (CareerLadderFiles), relative to the project, for messages.</param>
/// <param name="FolderCandidates">The names of the project's top-level folders named like <c>ladders</c> in any case, for hints.</param>
internal sealed record GeneratorOptions(
    string Namespace,
    string? NamespaceProblem,
    GeneratedAccessibility Accessibility,
    string? AccessibilityProblem,
    GenerationMode Mode,
    EquatableArray<string> LadderFiles,
    EquatableArray<string> FolderCandidates)
{
    public const string NamespaceProperty = "build_property.CareerLadderNamespace";
    public const string RootNamespaceProperty = "build_property.RootNamespace";
    public const string AccessibilityProperty = "build_property.CareerLadderAccessibility";
    public const string GenerateCodeProperty = "build_property.CareerLadderGenerateCode";
    public const string FilesProperty = "build_property.CareerLadderFileGlobs";
    public const string FolderCandidatesProperty = "build_property.CareerLadderFolderCandidates";
    public const string ProjectDirectoryProperty = "build_property.MSBuildProjectDirectory";
    public const string MaxFileLengthProperty = "build_property." + LadderLimits.MaxFileLengthProperty;
    public const string MaxDepthProperty = "build_property." + LadderLimits.MaxDepthProperty;
    public const string MaxExtendsDepthProperty = "build_property." + LadderLimits.MaxExtendsDepthProperty;
    public const string MaxOutputLengthProperty = "build_property." + LadderLimits.MaxOutputLengthProperty;

    /// <summary>The property that bounds the diagnostics reported per rule (<see cref="DiagnosticLimit"/>).</summary>
    public const string MaxDiagnosticsPerRuleProperty = "build_property." + DiagnosticLimit.Property;

    /// <summary>Separates the items of list properties: the generator reads them from an editorconfig file, where ';' starts a comment.</summary>
    public const char ListSeparator = '|';

    /// <summary>The default ladder folder, relative to the project.</summary>
    public const string DefaultFolder = "ladders";

    public static LadderLimits Limits(AnalyzerConfigOptions options)
    {
        options.TryGetValue(MaxFileLengthProperty, out var maxFileLength);
        options.TryGetValue(MaxDepthProperty, out var maxDepth);
        options.TryGetValue(MaxExtendsDepthProperty, out var maxExtendsDepth);
        options.TryGetValue(MaxOutputLengthProperty, out var maxOutputLength);
        return LadderLimits.From(maxFileLength, maxDepth, maxExtendsDepth, maxOutputLength);
    }

    /// <summary>The most diagnostics of one rule a report keeps (0: all), from <see cref="MaxDiagnosticsPerRuleProperty"/>.</summary>
    /// <param name="options">The global options.</param>
    public static int DiagnosticsPerRule(AnalyzerConfigOptions options) =>
        DiagnosticLimit.From(options.TryGetValue(MaxDiagnosticsPerRuleProperty, out var value) ? value : null);

    public static GeneratorOptions From(AnalyzerConfigOptions options, string? assemblyName)
    {
        var (namespaceName, namespaceProblem) = NamespaceNames.Choose(Read(options, NamespaceProperty), Read(options, RootNamespaceProperty), assemblyName);
        var (accessibility, accessibilityProblem) = ReadAccessibility(Read(options, AccessibilityProperty));
        return new GeneratorOptions(
            namespaceName,
            namespaceProblem,
            accessibility,
            accessibilityProblem,
            ReadMode(Read(options, GenerateCodeProperty)),
            RelativeGlobs(Read(options, FilesProperty), Read(options, ProjectDirectoryProperty)),
            List(Read(options, FolderCandidatesProperty)).ToEquatableArray());
    }

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string[] List(string? value) =>
        value is null ? Array.Empty<string>() : value.Split(new[] { ListSeparator, ';' }, StringSplitOptions.RemoveEmptyEntries).Select(item => item.Trim()).ToArray();

    private static (GeneratedAccessibility, string?) ReadAccessibility(string? value)
    {
        if (value is null || string.Equals(value, "public", StringComparison.OrdinalIgnoreCase))
        {
            return (GeneratedAccessibility.Public, null);
        }

        return string.Equals(value, "internal", StringComparison.OrdinalIgnoreCase)
            ? (GeneratedAccessibility.Internal, null)
            : (GeneratedAccessibility.Public, value);
    }

    /// <summary>
    /// The package's build/ props (imported only where CareerLadder is referenced directly) set CareerLadderGenerateCode
    /// to true; projects that get CareerLadder transitively through a ladder library do not see the property at all.
    /// </summary>
    private static GenerationMode ReadMode(string? value) => value is null
        ? GenerationMode.Transitive
        : string.Equals(value, "false", StringComparison.OrdinalIgnoreCase) ? GenerationMode.Disabled : GenerationMode.Direct;

    /// <summary>The globs relative to the project folder, as a user would write them.</summary>
    private static EquatableArray<string> RelativeGlobs(string? globs, string? projectDirectory)
    {
        var prefix = projectDirectory is null ? null : projectDirectory.Replace('\\', '/').TrimEnd('/') + "/";
        var parts = globs is null
            ? new[] { DefaultFolder + "/**/*.yaml", DefaultFolder + "/**/*.yml" }
            : List(globs).Select(glob => glob.Replace('\\', '/')).Select(glob => prefix is not null && glob.StartsWith(prefix, StringComparison.Ordinal) ? glob.Substring(prefix.Length) : glob).ToArray();
        return parts.ToEquatableArray();
    }
}

/// <summary>How the project came to have the generator.</summary>
internal enum GenerationMode
{
    /// <summary>Only through a ladder library: generate only when the project passes ladder files of its own, never warn.</summary>
    Transitive,

    /// <summary>A direct reference: generate, and warn (CL0045) when no ladder file is found.</summary>
    Direct,

    /// <summary>CareerLadderGenerateCode=false: the project uses only the runtime types.</summary>
    Disabled,
}
