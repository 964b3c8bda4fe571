using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime;
using CareerLadder.Generator.Tests.Infrastructure;

namespace CareerLadder.Benchmarks;

/// <summary>
/// The first lookups in a fresh process, what they cost to compile and to run, at 10, 100 and 1,000 levels, with full
/// optimization from the first call (<c>DOTNET_TieredCompilation=0</c>, the cost the old generated switch paid: 2.5 s
/// at 400 codes) and with default tiering. Each measurement is a new process (<c>--first-lookup-child</c>) that loads
/// a compiled catalog and times, with <see cref="JitInfo"/>, (1) a lookup of an unknown code: the catalog's tables and
/// the lookup itself, no track; (2) a lookup of a known code: the same plus building that one track.
/// </summary>
/// <remarks>
/// The machine is shared, so wall time and <see cref="JitInfo.GetCompilationTime"/> (itself wall time) include the
/// time other processes held the cores; the thread's CPU time (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>, Linux)
/// does not, and is the figure to compare.
/// </remarks>
internal static class FirstLookupCost
{
    private delegate bool TryGetLevel(string code, out Level? level);

    public static int Run(int runs)
    {
        Console.WriteLine("First lookups in fresh processes, median of " + runs + " runs each (thread CPU ms / wall ms / JIT ms (wall) / methods compiled / IL bytes compiled).");
        Console.WriteLine("| Levels | Tiering | Unknown code (lookup only) | Known code (lookup + its track) |");
        Console.WriteLine("|---:|---|---:|---:|");
        var directory = Path.Combine(Path.GetTempPath(), "careerladder-first-lookup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            foreach (var levels in new[] { 10, 100, 1000 })
            {
                var tracks = levels / ScaleLadders.LevelsPerTrack;
                var assemblyName = "FirstLookup" + levels.ToString(CultureInfo.InvariantCulture);
                var path = Path.Combine(directory, assemblyName + ".dll");
                File.WriteAllBytes(path, BenchmarkInputs.CompileCatalog(tracks, assemblyName));
                var known = ScaleLadders.LevelCodes(tracks - 1).Last().ToLowerInvariant();
                foreach (var (label, tiered) in new[] { ("full opt (TC=0)", false), ("default", true) })
                {
                    var samples = Enumerable.Range(0, runs).Select(_ => Child(path, BenchmarkInputs.CatalogTypeName(assemblyName), known, tiered)).ToList();
                    Console.WriteLine("| " + levels.ToString("N0", CultureInfo.InvariantCulture) + " | " + label + " | " + Median(samples, 0) + " | " + Median(samples, 1) + " |");
                }
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        return 0;
    }

    /// <summary>In the child process: loads the catalog, then times the two first lookups and prints them.</summary>
    public static int Child(string path, string catalogTypeName, string knownCode)
    {
        var catalog = Assembly.LoadFrom(path).GetType(catalogTypeName, throwOnError: true)!;
        var tryGetLevel = catalog.GetMethod("TryGetLevel", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<TryGetLevel>();
        var unknown = Measure(() => tryGetLevel("ZZZ999", out _) ? 1 : 0);
        var found = Measure(() => tryGetLevel(knownCode, out var level) && level!.Code.Length > 0 ? 1 : 0);
        if (unknown.Result != 0 || found.Result != 1)
        {
            Console.Error.WriteLine("The lookups returned the wrong answers.");
            return 1;
        }

        Console.WriteLine(string.Join(" ", new[] { unknown, found }.SelectMany(sample => new[] { sample.CpuMs, sample.WallMs, sample.JitMs, sample.Methods, sample.IlBytes }).Select(value => value.ToString("R", CultureInfo.InvariantCulture))));
        return 0;
    }

    private static (double CpuMs, double WallMs, double JitMs, double Methods, double IlBytes, int Result) Measure(Func<int> action)
    {
        var cpu = ThreadCpuMilliseconds();
        var jit = JitInfo.GetCompilationTime(currentThread: true);
        var methods = JitInfo.GetCompiledMethodCount(currentThread: true);
        var ilBytes = JitInfo.GetCompiledILBytes(currentThread: true);
        var watch = Stopwatch.StartNew();
        var result = action();
        watch.Stop();
        return (ThreadCpuMilliseconds() - cpu, watch.Elapsed.TotalMilliseconds, (JitInfo.GetCompilationTime(currentThread: true) - jit).TotalMilliseconds,
            JitInfo.GetCompiledMethodCount(currentThread: true) - methods, JitInfo.GetCompiledILBytes(currentThread: true) - ilBytes, result);
    }

    /// <summary>CPU time of the calling thread, in ms (Linux and macOS; NaN elsewhere).</summary>
    private static double ThreadCpuMilliseconds()
    {
        const int ClockThreadCpuTime = 3;
        return OperatingSystem.IsWindows() || clock_gettime(ClockThreadCpuTime, out var time) != 0 ? double.NaN : time.Seconds * 1000.0 + time.Nanoseconds / 1e6;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static double[] Child(string path, string typeName, string knownCode, bool tiered)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { typeof(FirstLookupCost).Assembly.Location, "--first-lookup-child", path, typeName, knownCode })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_TieredCompilation"] = tiered ? "1" : "0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("The child process failed: " + output + error);
        }

        return output.Trim().Split(' ').Select(value => double.Parse(value, CultureInfo.InvariantCulture)).ToArray();
    }

    private static string Median(IReadOnlyList<double[]> samples, int which)
    {
        double At(int column)
        {
            var values = samples.Select(sample => sample[which * 5 + column]).OrderBy(value => value).ToList();
            return values[values.Count / 2];
        }

        return string.Format(CultureInfo.InvariantCulture, "{0:F2} / {1:F2} / {2:F2} / {3:F0} / {4:N0}", At(0), At(1), At(2), At(3), At(4));
    }
}
