using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CareerLadder.Benchmarks;

/// <summary>
/// The generator as the compiler runs it (GeneratorDriver, no step tracking): a full run over the framework plus N
/// tracks of 10 levels × 5 competencies, and the incremental re-runs an IDE performs after one edit, with charts in
/// both styles (paths and alt texts that name their track, and ones that do not).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private AdditionalText[] _texts = System.Array.Empty<AdditionalText>();
    private AdditionalText _edited = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _floor = null!;

    /// <summary>Number of track files (each run also has the framework file).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Tracks { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSettings.Short ? new[] { 1, 10, 100 } : BenchmarkSettings.GeneratorScale ? new[] { 100, 1000 } : new[] { 1, 10, 100, 1000 };

    /// <summary>How the ladders point at their charts.</summary>
    [ParamsSource(nameof(ChartStyles))]
    public ChartStyle Charts { get; set; }

    public static IEnumerable<ChartStyle> ChartStyles => BenchmarkSettings.Short ? new[] { ChartStyle.Named } : new[] { ChartStyle.Named, ChartStyle.Generic };

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkInputs.AdditionalTexts(Tracks, Charts);
        _compilation = BenchmarkInputs.CreateCompilation("Consumer", "namespace Consumer { internal static class Program { } }");
        _editedCompilation = _compilation.ReplaceSyntaxTree(
            _compilation.SyntaxTrees[0],
            CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { private static int s_edited; } }", (CSharpParseOptions)_compilation.SyntaxTrees[0].Options, _compilation.SyntaxTrees[0].FilePath));

        // One track file in the middle of the set, with one expectation sentence changed.
        var middle = _texts[1 + (Tracks / 2)];
        var text = middle.GetText()!.ToString();
        _edited = new InMemoryAdditionalText(middle.Path, text.Replace("at level 5, evangelizes on technology", "at level 5, evangelizes new technologies", System.StringComparison.Ordinal));
        if (text == _edited.GetText()!.ToString())
        {
            throw new System.InvalidOperationException("The edit did not change the file.");
        }

        _warm = BenchmarkInputs.CreateDriver(_texts).RunGenerators(_compilation);
        _floor = BenchmarkInputs.CreateDriver(_texts, new OneFilePerInputGenerator()).RunGenerators(_compilation);
        var result = _warm.GetRunResult().Results[0];
        if (result.Exception is not null || result.GeneratedSources.Length != Tracks + 2 || result.Diagnostics.Any(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Error))
        {
            throw new System.InvalidOperationException("The generator did not run cleanly: " + (result.Exception?.ToString() ?? string.Join("\n", result.Diagnostics)));
        }
    }

    /// <summary>A fresh driver: parse, validate and emit everything (a command-line build).</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver FullRun() => BenchmarkInputs.CreateDriver(_texts).RunGenerators(_compilation);

    /// <summary>After a full run, one YAML file changes (the IDE re-runs on a keystroke in a ladder).</summary>
    [Benchmark]
    public GeneratorDriver EditOneYamlFile() => _warm.ReplaceAdditionalText(_texts[1 + (Tracks / 2)], _edited).RunGenerators(_compilation);

    /// <summary>After a full run, a C# file changes (the IDE re-runs on every keystroke in code).</summary>
    [Benchmark]
    public GeneratorDriver EditCSharpFile() => _warm.RunGenerators(_editedCompilation);

    /// <summary>
    /// The driver's own cost of a YAML edit: the same edit with a generator that only writes one small file per
    /// additional file. What grows here with the number of files grows for any generator with one output per input.
    /// </summary>
    [Benchmark]
    public GeneratorDriver FloorEditOneYamlFile() => _floor.ReplaceAdditionalText(_texts[1 + (Tracks / 2)], _edited).RunGenerators(_compilation);

    /// <summary>The driver's own cost of a C# edit, with the same minimal generator.</summary>
    [Benchmark]
    public GeneratorDriver FloorEditCSharpFile() => _floor.RunGenerators(_editedCompilation);
}
