using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using CareerLadder.Generator.Tests.Infrastructure;

namespace CareerLadder.Benchmarks;

/// <summary>
/// Lookup of a level by code in generated catalogs of 10, 100 and 1,000 levels (1, 10, 100 tracks × 10 levels, compiled
/// in memory by the generator): the generated <c>CareerLadders.TryGetLevel</c> against FrozenDictionary and Dictionary
/// (OrdinalIgnoreCase). All three are called through the same delegate type, so the call overhead is equal. 8 codes
/// per invocation (7 found, 1 missing). <see cref="TierUp"/> brings all three to tier-1 code before measuring.
/// </summary>
[MemoryDiagnoser]
public class LevelLookupScaleBenchmarks
{
    private const int Lookups = 8;

    private string[] _codes = Array.Empty<string>();
    private TryGetLevel _generated = null!;
    private TryGetLevel _frozen = null!;
    private TryGetLevel _dictionary = null!;

    private delegate bool TryGetLevel(string code, out Level? level);

    /// <summary>Number of levels in the catalog (10 per track).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Levels { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSettings.Short ? new[] { 1000 } : new[] { 10, 100, 1000 };

    private int Tracks => Levels / ScaleLadders.LevelsPerTrack;

    [GlobalSetup]
    public void Setup()
    {
        var assemblyName = "LookupCatalog" + Levels.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var catalog = Assembly.Load(BenchmarkInputs.CompileCatalog(Tracks, assemblyName)).GetType(BenchmarkInputs.CatalogTypeName(assemblyName), throwOnError: true)!;
        _generated = catalog.GetMethod("TryGetLevel", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<TryGetLevel>();

        var levels = ((IReadOnlyList<Track>)catalog.GetProperty("Tracks")!.GetValue(null)!).SelectMany(track => track.Levels).ToList();
        var frozen = levels.ToFrozenDictionary(level => level.Code, StringComparer.OrdinalIgnoreCase);
        var dictionary = levels.ToDictionary(level => level.Code, StringComparer.OrdinalIgnoreCase);
        _frozen = frozen.TryGetValue;
        _dictionary = dictionary.TryGetValue;

        // First, middle and last track, mixed case, level 1, 5 and 10; one code that is missing.
        var last = Tracks - 1;
        var middle = Tracks / 2;
        _codes = new[]
        {
            ScaleLadders.Abbreviation(0) + "1",
            ScaleLadders.Abbreviation(0).ToLowerInvariant() + "10",
            ScaleLadders.Abbreviation(middle) + "5",
            ScaleLadders.Abbreviation(middle).ToLowerInvariant() + "7",
            ScaleLadders.Abbreviation(last) + "1",
            ScaleLadders.Abbreviation(last).ToLowerInvariant() + "9",
            ScaleLadders.Abbreviation(last) + "10",
            "ZZZ4",
        };
        if (Generated() != Lookups - 1 || FrozenDictionary() != Lookups - 1 || Dictionary() != Lookups - 1)
        {
            throw new InvalidOperationException("The lookups disagree.");
        }

        if (!BenchmarkSettings.Short)
        {
            TierUp.Run("generated, " + Levels + " levels", Generated);
            TierUp.Run("FrozenDictionary, " + Levels + " levels", FrozenDictionary);
            TierUp.Run("Dictionary, " + Levels + " levels", Dictionary);
        }
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int Generated() => Run(_generated);

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    public int FrozenDictionary() => Run(_frozen);

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int Dictionary() => Run(_dictionary);

    private int Run(TryGetLevel lookup)
    {
        var found = 0;
        foreach (var code in _codes)
        {
            if (lookup(code, out var level))
            {
                found += level!.Rank > 0 ? 1 : 0;
            }
        }

        return found;
    }
}
