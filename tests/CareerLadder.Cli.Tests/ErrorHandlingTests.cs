using System;
using System.IO;
using CareerLadder.Cli.IO;
using CareerLadder.Cli.Rendering;
using CareerLadder.Cli.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Cli.Tests;

public sealed class ErrorHandlingTests
{
    [Fact]
    public void Unreadable_ladder_file_is_a_one_line_error_with_exit_code_2()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("ladders"));
        File.CreateSymbolicLink(temp.Combine("ladders", "broken.yaml"), temp.Combine("nowhere.yaml"));

        var result = CliRunner.Run(temp.Path, "validate", "ladders");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("careerladder: error: cannot read 'ladders/broken.yaml': ", result.Err, StringComparison.Ordinal);
        Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Unreadable_markdown_page_is_a_one_line_error_and_nothing_is_written()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("pages"));
        File.CreateSymbolicLink(temp.Combine("pages", "broken.md"), temp.Combine("nowhere.md"));

        var result = CliRunner.Run(temp.Path, "import", "pages", "-o", "out");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("careerladder: error: cannot read 'pages/broken.md': ", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void Reading_a_directory_as_a_file_is_a_cli_error()
    {
        using var temp = new TempDirectory();

        var exception = Assert.Throws<CliException>(() => InputFiles.ReadText(temp.Path, "shown"));

        Assert.StartsWith("cannot read 'shown': ", exception.Message, StringComparison.Ordinal);
    }
}
