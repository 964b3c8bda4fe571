using System;
using CareerLadder.Cli.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Cli.Tests;

public sealed class HelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("import", "--help")]
    [InlineData("validate", "--help")]
    [InlineData("render", "--help")]
    [InlineData("render", "-h")]
    public void Help_works_for_every_command(params string[] args)
    {
        var result = CliRunner.Run(Repository.Root, args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Err);
    }

    [Fact]
    public void No_command_and_unknown_commands_are_usage_errors()
    {
        var none = CliRunner.Run(Repository.Root);
        var unknown = CliRunner.Run(Repository.Root, "publish");

        Assert.Equal(2, none.ExitCode);
        Assert.Equal(2, unknown.ExitCode);
        Assert.StartsWith("careerladder: error: ", unknown.Err, StringComparison.Ordinal);
        Assert.Single(unknown.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
