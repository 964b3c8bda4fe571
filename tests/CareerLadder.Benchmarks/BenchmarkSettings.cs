namespace CareerLadder.Benchmarks;

/// <summary>Process-wide switches set from the command line.</summary>
internal static class BenchmarkSettings
{
    /// <summary>--short: CI smoke mode (in-process, one iteration, fewer sizes).</summary>
    public static bool Short { get; set; }
}
