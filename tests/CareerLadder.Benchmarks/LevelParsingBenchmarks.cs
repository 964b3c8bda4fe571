using System;
using BenchmarkDotNet.Attributes;
using CareerLadder.Benchmarks.Ladders;

namespace CareerLadder.Benchmarks;

/// <summary>
/// Parsing a level code of one track, ignoring case: the generated <c>CareerLadders.TryGetLevel</c> against
/// <c>Enum.TryParse</c> on the generated <c>TechnicalProgramManagerLevel</c> enum. Each invocation parses 5 codes
/// (4 valid in mixed case, 1 invalid); times are per code.
/// </summary>
[MemoryDiagnoser]
public class LevelParsingBenchmarks
{
    private const int Parses = 5;

    private static readonly string[] Codes = { "TPM3", "tpm4", "Tpm5", "TPM6", "TPM9" };

    [GlobalSetup]
    public void Setup()
    {
        if (Generated() != Parses - 1 || EnumTryParse() != Parses - 1 || TrackTryGetLevel() != Parses - 1)
        {
            throw new InvalidOperationException("The parsers disagree.");
        }

        if (!BenchmarkSettings.Short)
        {
            TierUp.Run("generated TryGetLevel, TPM codes", Generated);
            TierUp.Run("Enum.TryParse, TPM codes", EnumTryParse);
            TierUp.Run("Track.TryGetLevel, TPM codes", TrackTryGetLevel);
        }
    }

    [Benchmark(OperationsPerInvoke = Parses)]
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

    [Benchmark(Baseline = true, OperationsPerInvoke = Parses)]
    public int EnumTryParse()
    {
        var found = 0;
        foreach (var code in Codes)
        {
            if (Enum.TryParse<TechnicalProgramManagerLevel>(code, ignoreCase: true, out var level))
            {
                found += (int)level > 0 ? 1 : 0;
            }
        }

        return found;
    }

    /// <summary>The runtime library's per-track lookup (a linear scan of the track's levels).</summary>
    [Benchmark(OperationsPerInvoke = Parses)]
    public int TrackTryGetLevel()
    {
        var found = 0;
        var track = CareerLadders.TechnicalProgramManager;
        foreach (var code in Codes)
        {
            if (track.TryGetLevel(code, out var level))
            {
                found += level.Rank > 0 ? 1 : 0;
            }
        }

        return found;
    }
}
