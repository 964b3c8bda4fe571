using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CareerLadder.Benchmarks.Ladders;

namespace CareerLadder.Benchmarks;

/// <summary>
/// Lookup of a level by code, ignoring case, in the catalog this project generates from the repository's ladders/
/// (11 levels in 4 tracks): the generated <c>CareerLadders.TryGetLevel</c> against the dictionaries a user would build.
/// Each invocation looks up 8 codes (7 found in mixed case, 1 missing); times are per lookup.
/// </summary>
[MemoryDiagnoser]
public class LevelLookupBenchmarks
{
    private const int Lookups = 8;

    private static readonly string[] Codes = { "TPM5", "tpm3", "QD7", "qd6", "PM5", "em6", "Tpm4", "XYZ9" };

    private FrozenDictionary<string, Level> _frozen = null!;
    private Dictionary<string, Level> _dictionary = null!;

    [GlobalSetup]
    public void Setup()
    {
        var levels = CareerLadders.Tracks.SelectMany(track => track.Levels).ToList();
        _frozen = levels.ToFrozenDictionary(level => level.Code, StringComparer.OrdinalIgnoreCase);
        _dictionary = levels.ToDictionary(level => level.Code, StringComparer.OrdinalIgnoreCase);
        if (Generated() != Lookups - 1 || FrozenDictionary() != Lookups - 1 || Dictionary() != Lookups - 1)
        {
            throw new InvalidOperationException("The lookups disagree.");
        }

        if (!BenchmarkSettings.Short)
        {
            TierUp.Run("generated, repository ladders", Generated);
            TierUp.Run("FrozenDictionary, repository ladders", FrozenDictionary);
            TierUp.Run("Dictionary, repository ladders", Dictionary);
        }
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int Generated()
    {
        var found = 0;
        foreach (var code in Codes)
        {
            if (CareerLadders.TryGetLevel(code, out var level))
            {
                found += level.Rank > 0 ? 1 : 0;
            }
        }

        return found;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    public int FrozenDictionary()
    {
        var found = 0;
        foreach (var code in Codes)
        {
            if (_frozen.TryGetValue(code, out var level))
            {
                found += level.Rank > 0 ? 1 : 0;
            }
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int Dictionary()
    {
        var found = 0;
        foreach (var code in Codes)
        {
            if (_dictionary.TryGetValue(code, out var level))
            {
                found += level.Rank > 0 ? 1 : 0;
            }
        }

        return found;
    }
}
