using System;
using System.Globalization;
using System.Runtime;
using System.Threading;

namespace CareerLadder.Benchmarks;

/// <summary>
/// Brings a workload to its final (tier-1) code before BenchmarkDotNet measures it, and proves it: the workload runs in
/// rounds, with pauses for the background tiering thread, until a round compiles no method; then a million more calls
/// must compile nothing (<see cref="JitInfo.GetCompiledMethodCount"/>). The evidence is printed in the benchmark log.
/// </summary>
/// <remarks>
/// Tiered compilation promotes a method after 30 calls and a 100 ms delay without new tier-0 code, and dynamic PGO adds
/// an instrumented tier in between, so a few warm-up iterations of a nanosecond benchmark can still be measuring tier-0
/// or instrumented code (tier-1 can arrive as late as the 4th measured iteration). After this, the warm-up
/// iterations of BenchmarkDotNet only warm the caches.
/// </remarks>
internal static class TierUp
{
    private const int CallsPerRound = 20_000;
    private const int MaxRounds = 60;
    private const int ProofCalls = 1_000_000;
    private const int MaxAttempts = 10;

    public static void Run(string name, Func<int> workload)
    {
        // On a loaded machine the background tiering thread may not have run during a pause, so a quiet round is not
        // proof: the million-call check decides, and the whole warm-up repeats until it compiles nothing.
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var rounds = WarmUp(workload);
            var start = JitInfo.GetCompiledMethodCount(currentThread: false);
            var sink = 0;
            for (var call = 0; call < ProofCalls; call++)
            {
                sink += workload();
            }

            var compiled = JitInfo.GetCompiledMethodCount(currentThread: false) - start;
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "// JIT evidence [{0}]: attempt {1}, {2} rounds of {3:N0} calls; {4} methods compiled during {5:N0} further calls (sink {6}).",
                name, attempt, rounds, CallsPerRound, compiled, ProofCalls, sink));
            if (compiled == 0)
            {
                Console.WriteLine("// JIT evidence [" + name + "]: steady: no method compiled in the last " + ProofCalls.ToString("N0", CultureInfo.InvariantCulture) + " calls.");
                return;
            }
        }

        Console.WriteLine("// JIT evidence [" + name + "]: WARNING: the workload did not reach steady code; its numbers are not steady state.");
    }

    private static int WarmUp(Func<int> workload)
    {
        var rounds = 0;
        var quietRounds = 0;
        while (rounds < MaxRounds && quietRounds < 3)
        {
            var before = JitInfo.GetCompiledMethodCount(currentThread: false);
            for (var call = 0; call < CallsPerRound; call++)
            {
                workload();
            }

            Thread.Sleep(250);
            quietRounds = JitInfo.GetCompiledMethodCount(currentThread: false) == before ? quietRounds + 1 : 0;
            rounds++;
        }

        return rounds;
    }
}
