namespace CareerLadder.Benchmarks;

/// <summary>Process-wide switches set from the command line.</summary>
internal static class BenchmarkSettings
{
    /// <summary>--short: CI smoke mode (in-process, one iteration, fewer sizes).</summary>
    public static bool Short { get; set; }

    /// <summary>--generator: the generator benchmarks at 100 and 1,000 files only (the scaling targets), in-process.</summary>
    public static bool GeneratorScale { get; set; }
}
