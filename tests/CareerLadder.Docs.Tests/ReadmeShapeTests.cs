using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace CareerLadder.Docs.Tests;

/// <summary>The top-level README is what a newcomer reads first: short, with the two commands that set everything up.</summary>
public sealed class ReadmeShapeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(CareerLadder.TestSupport.RepositoryRoot.Path, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void The_README_has_at_most_200_lines()
    {
        var lines = Readme.TrimEnd('\n').Split('\n').Length;

        Assert.True(lines <= 200, $"README.md has {lines} lines; move reference text beside what it describes.");
    }

    [Fact]
    public void The_README_sets_up_with_exactly_two_commands()
    {
        var block = Regex.Match(Readme, "## Try it\n\n```sh\n(?<commands>.*?)```", RegexOptions.Singleline);

        Assert.True(block.Success, "README.md has no ```sh block right under '## Try it'.");
        Assert.Equal(
            new[] { "dotnet run --project samples/LadderExplorer", "dotnet test" },
            block.Groups["commands"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()));
    }

    [Fact]
    public void The_README_lists_every_package_the_package_tests_pack()
    {
        // The package tests pack exactly the projects of this solution filter.
        var filter = File.ReadAllText(Path.Combine(CareerLadder.TestSupport.RepositoryRoot.Path, "tests", "CareerLadder.Package.Tests", "Packages.slnf"));
        using var json = System.Text.Json.JsonDocument.Parse(filter);
        var packable = json.RootElement.GetProperty("solution").GetProperty("projects").EnumerateArray()
            .Select(project => Path.GetFileNameWithoutExtension(project.GetString()!.Replace('\\', '/')))
            .ToArray();

        Assert.NotEmpty(packable);
        Assert.All(packable, id => Assert.Contains("| [`" + id + "`](src/" + id + "/README.md) |", Readme, StringComparison.Ordinal));
    }
}
