using System;
using System.IO;
using System.Linq;
using CareerLadder.Cli.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Cli.Tests;

/// <summary>
/// A ladder folder holding symbolic links back to itself is read once: every command ends with the result of the
/// folder alone, and says which links it skipped, as information.
/// </summary>
public sealed class SymbolicLinkLoopTests
{
    public static TheoryData<string[], int> Commands() => new()
    {
        { new[] { "validate", "ladders" }, 0 },
        { new[] { "validate", "ladders", "--format", "sarif", "-o", "out.sarif" }, 0 },
        { new[] { "paths", "ladders" }, 0 },
        { new[] { "baseline", "ladders", "--check" }, 0 },
        { new[] { "diff", "ladders", "ladders" }, 0 },
        { new[] { "render", "ladders", "-o", "site" }, 0 },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_folder_with_two_links_to_itself_is_read_once(string[] args, int exitCode)
    {
        using var temp = new TempDirectory();
        Repository.CopyDirectory(Repository.Ladders, temp.Combine("ladders"));
        Directory.CreateSymbolicLink(temp.Combine("ladders", "again"), temp.Combine("ladders"));
        Directory.CreateSymbolicLink(temp.Combine("ladders", "loop"), ".");

        var result = CliRunner.Run(temp.Path, args);

        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.DoesNotContain("CL0015", result.Out + result.Err, StringComparison.Ordinal);
        Assert.Contains("careerladder: info: 'ladders/again' is a link to 'ladders', which is already read; skipped", result.Err, StringComparison.Ordinal);
        Assert.Contains("careerladder: info: 'ladders/loop' is a link to 'ladders', which is already read; skipped", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_counts_each_ladder_file_once()
    {
        using var temp = new TempDirectory();
        Repository.CopyDirectory(Repository.Ladders, temp.Combine("ladders"));
        Directory.CreateSymbolicLink(temp.Combine("ladders", "again"), temp.Combine("ladders"));
        File.CreateSymbolicLink(temp.Combine("ladders", "same-framework.yaml"), "framework.yaml");

        var result = CliRunner.Run(temp.Path, "validate", "ladders");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("6 ladder files: 0 errors, 0 warnings, 1 info.", result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last());
        Assert.Contains("careerladder: info: 'ladders/same-framework.yaml' is a link to 'ladders/framework.yaml', which is already read; skipped", result.Err, StringComparison.Ordinal);
    }
}
