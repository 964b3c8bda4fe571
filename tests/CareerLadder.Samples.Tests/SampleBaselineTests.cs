using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace CareerLadder.Samples.Tests;

/// <summary>
/// The samples read the repository's ladders/ through CareerLadderFiles; the shipped baseline beside those files is
/// passed to their build too, so that removing a shipped level from ladders/ fails the samples' build.
/// </summary>
public sealed class SampleBaselineTests
{
    [Theory]
    [InlineData("LadderExplorer")]
    [InlineData("LadderService")]
    public async System.Threading.Tasks.Task The_sample_build_passes_the_repository_baseline_to_the_generator(string sample)
    {
        var project = CareerLadder.TestSupport.RepositoryRoot.Combine("samples", sample, sample + ".csproj");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "msbuild", project, "-t:_CareerLadderFindBaseline", "-getItem:AdditionalFiles", "-nologo", "-nodeReuse:false" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var outputTask = process.StandardOutput.ReadToEndAsync();
        var errorTask = process.StandardError.ReadToEndAsync();
        using (var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromMinutes(3)))
        {
            await process.WaitForExitAsync(timeout.Token);
        }

        var output = await outputTask;
        Assert.True(process.ExitCode == 0, output + await errorTask);

        var json = output.Substring(output.IndexOf('{', StringComparison.Ordinal));
        using var document = JsonDocument.Parse(json);
        var files = document.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(item => Path.GetFullPath(item.GetProperty("FullPath").GetString()!))
            .ToList();
        Assert.Contains(Path.GetFullPath(CareerLadder.TestSupport.RepositoryRoot.Combine("ladders", "ladders.shipped.txt")), files);
        Assert.Single(files, file => file.EndsWith("ladders.shipped.txt", StringComparison.Ordinal));
    }
}
