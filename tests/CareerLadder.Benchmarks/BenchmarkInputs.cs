using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using CareerLadder.Generator;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CareerLadder.Benchmarks;

/// <summary>Generated ladder sets, the generator driver the compiler would create, and compiled catalogs.</summary>
internal static class BenchmarkInputs
{
    static BenchmarkInputs()
    {
        // The generator's dependency CareerLadder.Authoring sits beside the benchmarks but is missing from the deps.json
        // of BenchmarkDotNet's host project (the generator references it with PrivateAssets="all"): load it from there.
        AssemblyLoadContext.Default.Resolving += static (context, name) =>
            name.Name is { } simpleName && File.Exists(Path.Combine(AppContext.BaseDirectory, simpleName + ".dll"))
                ? context.LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, simpleName + ".dll"))
                : null;
    }

    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>The framework plus <paramref name="trackCount"/> generated tracks, as AdditionalFiles.</summary>
    public static AdditionalText[] AdditionalTexts(int trackCount, ChartStyle charts = ChartStyle.None) =>
        ScaleLadders.Files(trackCount, charts: charts).Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToArray();

    public static CSharpCompilation CreateCompilation(string assemblyName, params string[] sources) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{index}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A driver as the compiler creates it (no step tracking, no options beyond the defaults), for LadderGenerator unless another is given.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, IIncrementalGenerator? generator = null) =>
        CSharpGeneratorDriver.Create(
            new[] { (generator ?? new LadderGenerator()).AsSourceGenerator() },
            texts,
            ParseOptions,
            optionsProvider: null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>Runs the generator over <paramref name="trackCount"/> generated tracks and compiles the result (Release).</summary>
    public static byte[] CompileCatalog(int trackCount, string assemblyName)
    {
        var compilation = CreateCompilation(assemblyName, "namespace " + assemblyName + " { internal static class Marker { } }");
        CreateDriver(AdditionalTexts(trackCount))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var problems = generatorDiagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        problems.AddRange(emit.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        if (!emit.Success || problems.Count > 0)
        {
            throw new InvalidOperationException("The generated catalog does not compile:\n" + string.Join("\n", problems.Take(20)));
        }

        return stream.ToArray();
    }

    /// <summary>The catalog type of a catalog compiled by <see cref="CompileCatalog"/>.</summary>
    public static string CatalogTypeName(string assemblyName) => assemblyName + ".Ladders.CareerLadders";

    /// <summary>Writes the framework and <paramref name="trackCount"/> tracks into a new temporary directory.</summary>
    public static string WriteLadders(int trackCount)
    {
        var directory = Path.Combine(Path.GetTempPath(), "careerladder-bench-" + trackCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        foreach (var (path, text) in ScaleLadders.Files(trackCount, directory))
        {
            File.WriteAllText(path, text);
        }

        return directory;
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(Track).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
