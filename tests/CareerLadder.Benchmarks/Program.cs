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
/// Issue 18:  dotnet run -c Release --project tests/CareerLadder.Benchmarks -- --costs (pathological shapes at 1× and 10×)
/// Any other arguments go to BenchmarkDotNet (for example --filter *Lookup*).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        BenchmarkSettings.Short = args.Contains("--short", StringComparer.Ordinal);
        var costs = args.Contains("--costs", StringComparer.Ordinal);
        var rest = args.Where(arg => arg is not ("--short" or "--costs")).ToArray();
        if (costs && !rest.Any(arg => arg.StartsWith("--filter", StringComparison.Ordinal)))
        {
            // The pathological shapes of issue 18 at 1× and 10×: in this process, 1 warm-up and 3 measured iterations
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
            .WithOptions(ConfigOptions.DisableLogFile);

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, config);
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
