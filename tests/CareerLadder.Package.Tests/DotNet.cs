using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CareerLadder.Package.Tests;

/// <summary>The outcome of one <c>dotnet</c> child process, with everything needed to explain a failed assertion.</summary>
public sealed record ProcessResult(string CommandLine, string WorkingDirectory, int ExitCode, bool TimedOut, TimeSpan Elapsed, string Output)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    public override string ToString() =>
        $"`{CommandLine}` in {WorkingDirectory} {(TimedOut ? "timed out" : "exited with " + ExitCode)} after {Elapsed.TotalSeconds:0.0} s. Output:{Environment.NewLine}{Output}";
}

/// <summary>Runs the .NET CLI as a child process, isolated from the test host's MSBuild environment.</summary>
internal static class DotNet
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Arguments that keep no build server or MSBuild node alive after the command (they would hold the output pipes).</summary>
    public static readonly string[] NoServers = { "-nodeReuse:false", "-p:UseSharedCompilation=false" };

    public static Task<ProcessResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        RunProcessAsync(HostPath(), "dotnet", workingDirectory, environment, Timeout, arguments);

    /// <summary>Runs the .NET CLI with a longer time limit than <see cref="Timeout"/> (a NativeAOT publish on a loaded machine).</summary>
    public static Task<ProcessResult> RunLongAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] arguments) =>
        RunProcessAsync(HostPath(), "dotnet", workingDirectory, environment, timeout, arguments);

    /// <summary>Runs a built program (a native binary) with the same isolation and capture as the CLI.</summary>
    public static Task<ProcessResult> RunProgramAsync(string program, string workingDirectory, params string[] arguments) =>
        RunProcessAsync(program, Path.GetFileName(program), workingDirectory, null, Timeout, arguments);

    private static async Task<ProcessResult> RunProcessAsync(
        string fileName, string displayName, string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan limit, string[] arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // `dotnet test` hands MSBuild and test-platform variables to the test host; a nested build must not inherit them.
        var inherited = startInfo.Environment.Keys
            .Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var key in inherited)
        {
            startInfo.Environment.Remove(key);
        }

        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        if (environment is not null)
        {
            foreach (var pair in environment)
            {
                startInfo.Environment[pair.Key] = pair.Value;
            }
        }

        var output = new StringBuilder();
        var gate = new object();
        void Append(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    output.AppendLine(line);
                }
            }
        }

        var commandLine = displayName + " " + string.Join(" ", arguments);
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var timedOut = false;
        using (var timeout = new CancellationTokenSource(limit))
        {
            try
            {
                // Waits for the exit and for the end of both output streams.
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                timedOut = !process.HasExited;
                if (timedOut)
                {
                    try
                    {
                        process.Kill(entireProcessTree: true);
                    }
                    catch (InvalidOperationException)
                    {
                        // Exited in the meantime.
                    }
                }

                process.WaitForExit(10_000);
            }
        }

        stopwatch.Stop();
        string text;
        lock (gate)
        {
            text = output.ToString();
        }

        return new ProcessResult(commandLine, workingDirectory, process.HasExited ? process.ExitCode : -1, timedOut, stopwatch.Elapsed, text);
    }

    private static string HostPath()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var processPath = Environment.ProcessPath;
        if (processPath is not null && Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return processPath;
        }

        return "dotnet";
    }
}
