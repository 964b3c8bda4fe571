using System;
using System.IO;
using System.Linq;
using CareerLadder.Cli.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Cli.Tests;

/// <summary>
/// validate on a copy of the repository's ladders with one file deleted, for each file in turn: ordinary diagnostics
/// (exit code 0 or 1), never an internal error (CL0020).
/// </summary>
public sealed class MissingFileSweepTests
{
    public static TheoryData<string> LadderFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repository.Ladders).OrderBy(path => path, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LadderFiles))]
    public void Validating_without_one_file_gives_ordinary_diagnostics(string missing)
    {
        using var temp = new TempDirectory();
        Repository.CopyDirectory(Repository.Ladders, temp.Combine("ladders"));
        File.Delete(temp.Combine("ladders", missing));

        var result = CliRunner.Run(temp.Path, "validate", "ladders");

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.DoesNotContain("CL0020", result.Out + result.Err, StringComparison.Ordinal);
    }
}
