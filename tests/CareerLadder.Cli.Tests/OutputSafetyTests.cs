using System;
using System.IO;
using CareerLadder.Cli.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Cli.Tests;

/// <summary>
/// No command writes over what it reads: an output that is an input file, or a ladder file inside an input directory,
/// is refused with one error line and exit code 2, and the file is left as it was, unless the user says --force.
/// </summary>
public sealed class OutputSafetyTests
{
    public static TheoryData<string[]> CommandsWritingOverALadderFile() => new()
    {
        new[] { "validate", "ladders", "-o", "ladders/framework.yaml" },
        new[] { "validate", "ladders", "--format", "sarif", "-o", "ladders/framework.yaml" },
        new[] { "validate", "ladders", "--format", "json", "-o", "ladders/ladders.shipped.txt" },
        new[] { "validate", "ladders/people-manager.yaml", "-o", "ladders/people-manager.yaml" },
        new[] { "baseline", "ladders", "-o", "ladders/framework.yaml" },
        new[] { "diff", "ladders", "copy", "-o", "ladders/framework.yaml" },
        new[] { "diff", "copy", "ladders", "-o", "ladders/people-manager.yaml" },
        new[] { "paths", "ladders", "-o", "ladders/framework.yaml" },
        new[] { "paths", "ladders", "--format", "svg", "-o", "ladders/sub/new-track.yml" },
        new[] { "paths", "ladders", "-o", "link-to-framework.yaml" },
    };

    [Theory]
    [MemberData(nameof(CommandsWritingOverALadderFile))]
    public void Writing_over_an_input_is_refused_and_leaves_every_ladder_file_as_it_was(string[] args)
    {
        using var temp = CopyOfLadders();
        var before = Snapshot(temp.Combine("ladders"));

        var result = CliRunner.Run(temp.Path, args);

        Assert.True(result.ExitCode == 2, result.ToString());
        var line = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("careerladder: error: output '", line, StringComparison.Ordinal);
        Assert.EndsWith("Give another output, or add --force to write it anyway", line, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(temp.Combine("ladders")));
        Assert.False(File.Exists(temp.Combine("ladders", "sub", "new-track.yml")));
    }

    [Fact]
    public void Force_writes_over_the_input_as_asked()
    {
        using var temp = CopyOfLadders();

        var result = CliRunner.Run(temp.Path, "paths", "ladders", "-o", "ladders/framework.yaml", "--force");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("flowchart LR", File.ReadAllText(temp.Combine("ladders", "framework.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_beside_the_ladders_that_are_not_ladder_files_are_written()
    {
        using var temp = CopyOfLadders();

        var validate = CliRunner.Run(temp.Path, "validate", "ladders", "--format", "sarif", "-o", "ladders/report.sarif");
        var paths = CliRunner.Run(temp.Path, "paths", "ladders", "-o", "ladders/paths.md");
        var baseline = CliRunner.Run(temp.Path, "baseline", "ladders");

        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.True(paths.ExitCode == 0, paths.ToString());
        Assert.True(baseline.ExitCode == 0, baseline.ToString());
        Assert.True(File.Exists(temp.Combine("ladders", "report.sarif")) && File.Exists(temp.Combine("ladders", "paths.md")));
    }

    private static TempDirectory CopyOfLadders()
    {
        var temp = new TempDirectory();
        Repository.CopyDirectory(Repository.Ladders, temp.Combine("ladders"));
        Repository.CopyDirectory(Repository.Ladders, temp.Combine("copy"));
        File.CreateSymbolicLink(temp.Combine("link-to-framework.yaml"), temp.Combine("ladders", "framework.yaml"));
        return temp;
    }

    private static string Snapshot(string directory)
    {
        var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        return string.Join("\n", Array.ConvertAll(files, file => Path.GetFileName(file) + ":" + File.ReadAllText(file).GetHashCode()));
    }
}
