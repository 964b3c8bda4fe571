using System;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CareerLadder.Benchmarks;

/// <summary>
/// Full run:  dotnet run -c Release --project tests/CareerLadder.Benchmarks
/// CI smoke:  dotnet run -c Release --project tests/CareerLadder.Benchmarks -- --short
/// Costs:     dotnet run -c Release --project tests/CareerLadder.Benchmarks -- --costs (pathological shapes at 1× and 10×)
/// Targets:   dotnet run -c Release --project tests/CareerLadder.Benchmarks -- --first-lookup [runs] (compile cost of the first lookups)
///            dotnet run -c Release --project tests/CareerLadder.Benchmarks -- --generator (100 and 1,000 files, both chart styles, in-process)
/// Scripts:   --write-ladders N DIR writes the framework and N generated tracks (cold-start.sh)
/// Any other arguments go to BenchmarkDotNet (for example --filter *Lookup*).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "--first-lookup":
                return FirstLookupCost.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
            case "--first-lookup-child":
                return FirstLookupCost.Child(args[1], args[2], args[3]);
            case "--write-ladders":
                foreach (var (path, text) in CareerLadder.Generator.Tests.Infrastructure.ScaleLadders.Files(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]))
                {
                    System.IO.File.WriteAllText(path, text);
                }

                return 0;
            default:
                return RunBenchmarks(args);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int RunBenchmarks(string[] args)
    {
        BenchmarkSettings.Short = args.Contains("--short", StringComparer.Ordinal);
        BenchmarkSettings.GeneratorScale = args.Contains("--generator", StringComparer.Ordinal);
        var costs = args.Contains("--costs", StringComparer.Ordinal) || BenchmarkSettings.GeneratorScale;
        var rest = args.Where(arg => arg is not ("--short" or "--costs" or "--generator")).ToArray();
        if (BenchmarkSettings.GeneratorScale)
        {
            // The generator's scaling targets: 100 and 1,000 files in both chart styles, in this process, 1 warm-up and 3 measured iterations.
            rest = rest.Concat(new[] { "--filter", "*GeneratorBenchmarks*" }).ToArray();
        }
        else if (costs && !rest.Any(arg => arg.StartsWith("--filter", StringComparison.Ordinal)))
        {
            // The pathological input shapes at 1× and 10×: in this process, 1 warm-up and 3 measured iterations
            // (a --filter given with --costs picks some of them, as in --filter *ChartsWithoutTrackName*).
            rest = rest.Concat(new[] { "--filter", "*PathologicalInput*" }).ToArray();
        }

        if (!rest.Any(arg => arg.StartsWith("--filter", StringComparison.Ordinal)))
        {
            rest = rest.Concat(new[] { "--filter", "*" }).ToArray();
        }

        var job = costs
            ? Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(1).WithIterationCount(3).WithId("Costs")
            : BenchmarkSettings.Short
            // Smoke: in this process (no build of a host project), one iteration of each benchmark.
            ? Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Short")
            // Full: a separate process per benchmark, 3 warm-up and 8 measured iterations.
            : Job.Default.WithWarmupCount(3).WithIterationCount(8).WithId("Full");

        var config = DefaultConfig.Instance
            .AddJob(job)
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend))
            .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared))
            .HideColumns(Column.Error, Column.StdDev, Column.Job, Column.Toolchain, Column.IterationCount, Column.WarmupCount, Column.LaunchCount, Column.InvocationCount, Column.UnrollFactor, Column.RatioSD, Column.AllocRatio)
            .WithOptions(ConfigOptions.DisableLogFile)
            // The host project builds in more than BenchmarkDotNet's default 2 minutes on a loaded 2-core machine.
            .WithBuildTimeout(TimeSpan.FromMinutes(15));

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, config);
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
