using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using CareerLadder.Generator.Tests.Infrastructure;

namespace CareerLadder.Benchmarks;

/// <summary>
/// The same two start-up paths once their code is compiled (a second run in the same process): what is left of the
/// catalog's start-up without JIT (which ReadyToRun would remove), against YamlDotNet's best case.
/// </summary>
/// <remarks>
/// The catalog's static constructor cannot run twice, so <see cref="Catalog_BuildWarm"/> calls the generated track
/// constructors again (through reflection, one call per track), which build every track and level as the first access
/// does; the catalog's own tables (ranks, competencies, ~1% of the work) are not rebuilt. YamlDotNet's code needs
/// several seconds of calls before tiered compilation has optimized it, hence the longer warm-up.
/// </remarks>
[MemoryDiagnoser]
[WarmupCount(15)]
public class StartupWarmBenchmarks
{
    private string _ladders = "";
    private string _lastCode = "";
    private ConstructorInfo[] _trackConstructors = Array.Empty<ConstructorInfo>();
    private object[] _constructorArguments = Array.Empty<object>();

    /// <summary>Number of track files (plus the framework file).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Tracks { get; set; }

    public static IEnumerable<int> Sizes => StartupBenchmarks.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        _ladders = BenchmarkInputs.WriteLadders(Tracks);
        _lastCode = ScaleLadders.LevelCodes(Tracks - 1).Last();
        var assemblyName = "WarmCatalog" + Tracks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var catalog = Assembly.Load(BenchmarkInputs.CompileCatalog(Tracks, assemblyName)).GetType(BenchmarkInputs.CatalogTypeName(assemblyName), throwOnError: true)!;
        var tracks = (IReadOnlyList<Track>)catalog.GetProperty("Tracks", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var competencies = catalog.GetField("s_competencies", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        _trackConstructors = tracks.Select(track => track.GetType().GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, new[] { competencies.GetType() })!).ToArray();
        _constructorArguments = new[] { competencies };
        if (Catalog_BuildWarm() != Tracks * ScaleLadders.LevelsPerTrack || YamlDotNet_LoadWarm() != Tracks + ScaleLadders.LevelsPerTrack)
        {
            throw new InvalidOperationException("The two loads disagree.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_ladders, recursive: true);

    /// <summary>Builds every track and level of the catalog again, with all code already compiled.</summary>
    [Benchmark]
    public int Catalog_BuildWarm()
    {
        var levels = 0;
        foreach (var constructor in _trackConstructors)
        {
            levels += ((Track)constructor.Invoke(_constructorArguments)).Levels.Count;
        }

        return levels;
    }

    /// <summary>Reads, deserializes and indexes every file with YamlDotNet again, with all code already compiled.</summary>
    [Benchmark(Baseline = true)]
    public int YamlDotNet_LoadWarm() => YamlLadderLoader.LoadAndFind(_ladders, _lastCode);
}
