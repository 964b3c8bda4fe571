using System;
using System.IO;
using System.Linq;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Cli.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Cli.Tests;

/// <summary>
/// What the importer writes around the tracks: a built-in framework whose rank table covers the imported ranks, and the
/// Markdown line of every defect the generator's rules find in the YAML it wrote.
/// </summary>
public sealed class ImportFrameworkAndSourceLineTests
{
    private const string LevelsFromOne =
        "# Backend\n\n| Level | Position |\n| --- | --- |\n| 1 | [BE1](#be1) |\n| 2 | [BE2](#be2) |\n\n"
        + "## BE1\n\n* **{0}**: {1}\n* **Team**: works with the team\n\n"
        + "## BE2\n\n* **{2}**: {3}\n* **Multiple Teams**: works across teams\n";

    [Fact]
    public void A_clean_page_whose_levels_start_at_1_imports_without_errors_and_the_framework_covers_its_ranks()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("backend.md"), string.Format(System.Globalization.CultureInfo.InvariantCulture, LevelsFromOne,
            "Adopts", "learns the team's tools", "Specializes", "is the go-to person for one of the team's tools"));

        var result = CliRunner.Run(temp.Path, "import", "backend.md", "-o", "out");
        var validate = CliRunner.Run(temp.Path, "validate", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("CL0018", result.Err, StringComparison.Ordinal);
        Assert.Contains("import: validating the imported YAML: 0 errors, 0 warnings.", result.Err, StringComparison.Ordinal);
        Assert.True(validate.ExitCode == 0, validate.ToString());
        var framework = LadderParser.Parse("framework.yaml", File.ReadAllText(temp.Combine("out", "framework.yaml"))).Framework!;
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6, 7 }, framework.Ranks.Select(rank => rank.Value.Value));
        Assert.Equal("Senior Engineer", framework.Ranks.Single(rank => rank.Value.Value == 3).PublicTitle);
    }

    [Fact]
    public void A_framework_already_in_the_target_directory_is_left_as_it_is()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("out"));
        var framework = File.ReadAllText(Path.Combine(Repository.Root, "ladders", "framework.yaml"));
        File.WriteAllText(temp.Combine("out", "framework.yaml"), framework);
        File.WriteAllText(temp.Combine("backend.md"), string.Format(System.Globalization.CultureInfo.InvariantCulture, LevelsFromOne,
            "Adopts", "learns the team's tools", "Specializes", "is the go-to person for one of the team's tools"));

        var result = CliRunner.Run(temp.Path, "import", "backend.md", "-o", "out");

        Assert.Equal(framework, File.ReadAllText(temp.Combine("out", "framework.yaml")));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("error CL0018: Rank 1 is not in the framework's rank table.", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_defect_found_in_the_imported_yaml_is_reported_at_the_markdown_line_too()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("backend.md"), string.Format(System.Globalization.CultureInfo.InvariantCulture, LevelsFromOne,
            "Specializes", "is the go-to person for one of the team's tools", "Adopts", "learns the team's tools"));

        var result = CliRunner.Run(temp.Path, "import", "backend.md", "-o", "out");

        Assert.True(result.ExitCode == 3, result.ToString());
        var lines = result.Err.Split('\n');
        var yaml = Assert.Single(lines, line => line.StartsWith("out/backend.yaml(", StringComparison.Ordinal) && line.Contains(" CL0030: ", StringComparison.Ordinal));
        var markdown = Assert.Single(lines, line => line.StartsWith("backend.md(", StringComparison.Ordinal) && line.Contains(" CL0030: ", StringComparison.Ordinal));
        Assert.StartsWith("backend.md(15): error CL0030: Technology goes down from 'Specializes' at level 'BE1' to 'Adopts' at level 'BE2'", markdown, StringComparison.Ordinal);
        Assert.EndsWith($" (written to {yaml.Substring(0, yaml.IndexOf(':', StringComparison.Ordinal))})", markdown, StringComparison.Ordinal);
        Assert.Contains("import: validating the imported YAML: 1 error, 0 warnings", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copied_chart_is_reported_at_the_markdown_line_of_the_image()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("backend.md"),
            "# Backend\n\n| Level | Position |\n| --- | --- |\n| 3 | [BE3](#be3) |\n| 4 | [BE4](#be4) |\n\n"
            + "## BE3\n\n![Backend 3](/charts/be-3.png)\n\n* **Adopts**: learns the team's tools\n\n"
            + "## BE4\n\n![Backend 3](/charts/be-3.png)\n\n* **Specializes**: is the go-to person for one of the team's tools\n");

        var result = CliRunner.Run(temp.Path, "import", "backend.md", "-o", "out");

        Assert.Contains("backend.md(16): warning CL0029: ", result.Err, StringComparison.Ordinal);
    }
}
