using CareerLadder.Authoring.Validation;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CareerLadder.Generator;

/// <summary>The MSBuild options the generator reads, as an equatable value.</summary>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="InvalidNamespace">The configured namespace when it is not valid C# (the default is used instead).</param>
internal sealed record GeneratorOptions(string Namespace, string? InvalidNamespace)
{
    public const string NamespaceProperty = "build_property.CareerLadderNamespace";
    public const string MaxFileLengthProperty = "build_property." + CareerLadder.Authoring.Parsing.LadderLimits.MaxFileLengthProperty;
    public const string MaxDepthProperty = "build_property." + CareerLadder.Authoring.Parsing.LadderLimits.MaxDepthProperty;

    public const string MaxExtendsDepthProperty = "build_property." + CareerLadder.Authoring.Parsing.LadderLimits.MaxExtendsDepthProperty;
    public const string MaxOutputLengthProperty = "build_property." + CareerLadder.Authoring.Parsing.LadderLimits.MaxOutputLengthProperty;

    public static CareerLadder.Authoring.Parsing.LadderLimits Limits(AnalyzerConfigOptions options)
    {
        options.TryGetValue(MaxFileLengthProperty, out var maxFileLength);
        options.TryGetValue(MaxDepthProperty, out var maxDepth);
        options.TryGetValue(MaxExtendsDepthProperty, out var maxExtendsDepth);
        options.TryGetValue(MaxOutputLengthProperty, out var maxOutputLength);
        return CareerLadder.Authoring.Parsing.LadderLimits.From(maxFileLength, maxDepth, maxExtendsDepth, maxOutputLength);
    }
    public const string RootNamespaceProperty = "build_property.RootNamespace";

    public static GeneratorOptions From(AnalyzerConfigOptions options, string? assemblyName)
    {
        options.TryGetValue(RootNamespaceProperty, out var rootNamespace);
        var root = !string.IsNullOrWhiteSpace(rootNamespace) ? rootNamespace!.Trim() : assemblyName;
        var fallback = root is not null && Identifiers.IsValidNamespace(root) ? root + ".Ladders" : "Ladders";
        if (options.TryGetValue(NamespaceProperty, out var configured) && !string.IsNullOrWhiteSpace(configured))
        {
            configured = configured.Trim();
            return Identifiers.IsValidNamespace(configured) ? new GeneratorOptions(configured, null) : new GeneratorOptions(fallback, configured);
        }

        return new GeneratorOptions(fallback, null);
    }
}
