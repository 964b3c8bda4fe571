using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CareerLadder.Generator.Tests.Infrastructure;

/// <summary>Runs the generator with <see cref="GeneratorDriver"/> over in-memory ladder files and compiles the result.</summary>
internal static class GeneratorHarness
{
    public static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: $"Source{index}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IEnumerable<(string Path, string Text)> files, IDictionary<string, string>? buildProperties = null, bool trackSteps = true) =>
        CreateDriver(files, new TestOptionsProvider(buildProperties), trackSteps);

    public static GeneratorDriver CreateDriver(IEnumerable<(string Path, string Text)> files, TestOptionsProvider options, bool trackSteps = true, LanguageVersion languageVersion = LanguageVersion.Latest) =>
        CSharpGeneratorDriver.Create(
            new[] { new LadderGenerator().AsSourceGenerator() },
            files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)),
            CSharpParseOptions.Default.WithLanguageVersion(languageVersion),
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator and returns its result plus the diagnostics of compiling the output.</summary>
    public static GeneratorOutcome Run(IEnumerable<(string Path, string Text)> files, IDictionary<string, string>? buildProperties = null, params string[] consumerSources)
    {
        var compilation = CreateCompilation(consumerSources);
        var driver = CreateDriver(files, buildProperties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult();
        return new GeneratorOutcome(result, generatorDiagnostics, output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray(), output);
    }

    /// <summary>
    /// Runs the generator as a project at <paramref name="languageVersion"/> would (parse options of the consumer's
    /// sources and of the generated files), with extra references, and compiles the output.
    /// </summary>
    public static GeneratorOutcome RunAt(
        LanguageVersion languageVersion,
        IEnumerable<(string Path, string Text)> files,
        IDictionary<string, string>? buildProperties,
        IEnumerable<MetadataReference>? extraReferences = null,
        string assemblyName = "Consumer",
        params string[] consumerSources)
    {
        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(languageVersion);
        var nullable = languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable;
        var compilation = CSharpCompilation.Create(
            assemblyName,
            consumerSources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Source{index}.cs")),
            References.Concat(extraReferences ?? Enumerable.Empty<MetadataReference>()),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new LadderGenerator().AsSourceGenerator() },
            files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)),
            parseOptions,
            new TestOptionsProvider(buildProperties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorOutcome(driver.GetRunResult(), generatorDiagnostics, output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray(), output);
    }

    public static IEnumerable<(string Path, string Text)> LoadDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path)));

    public static string RepositoryRoot => CareerLadder.TestSupport.RepositoryRoot.Path;

    /// <summary>A file of this test project in the source tree, for UPDATE_SNAPSHOTS=1.</summary>
    public static string SourcePath(params string[] parts) =>
        CareerLadder.TestSupport.RepositoryRoot.Combine(new[] { "tests", "CareerLadder.Generator.Tests" }.Concat(parts).ToArray());

    public static string FixturePath(params string[] parts) => Path.Combine(new[] { AppContext.BaseDirectory, "Fixtures" }.Concat(parts).ToArray());

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll" or "CareerLadder.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}

internal sealed record GeneratorOutcome(
    GeneratorDriverRunResult Result,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationDiagnostics,
    Compilation Output)
{
    public string Source(string hintName) =>
        Result.Results.Single().GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();

    public IEnumerable<string> HintNames => Result.Results.Single().GeneratedSources.Select(source => source.HintName);
}
