using System;
using System.IO;
using System.Linq;
using System.Text;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Cli.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Cli.Tests;

/// <summary>
/// What import must never do whatever the input: replace a ladder file the user edited, read a file that is not a page,
/// print a stack trace, or take time that grows faster than the page.
/// </summary>
public sealed class ImportSafetyTests
{
    private const string Backend =
        "# Backend\n\n| Level | Position |\n| --- | --- |\n| 3 | [BE3](#be3) |\n| 4 | [BE4](#be4) |\n\n"
        + "## BE3\n\n* **Adopts**: learns the team's tools\n\n## BE4\n\n* **Specializes**: is the go-to person for one tool\n";

    [Fact]
    public void A_hand_edited_track_file_is_not_replaced_without_force_and_the_changes_are_listed()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("backend.md"), Backend);
        Assert.Equal(0, CliRunner.Run(temp.Path, "import", "backend.md", "-o", "out").ExitCode);
        var edited = File.ReadAllText(temp.Combine("out", "backend.yaml")).Replace("title: Backend 4", "title: Senior Backend Engineer", StringComparison.Ordinal)
            + "\ntransitions:\n  - from: BE4\n    to: BE3\n";
        File.WriteAllText(temp.Combine("out", "backend.yaml"), edited);

        var refused = CliRunner.Run(temp.Path, "import", "backend.md", "-o", "out");

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Equal(edited, File.ReadAllText(temp.Combine("out", "backend.yaml")));
        Assert.Contains("out/backend.yaml exists and differs from the import: level BE4 changes (title); 'transitions' would be removed", refused.Err, StringComparison.Ordinal);
        Assert.EndsWith("careerladder: error: 1 ladder file of the output directory would be replaced; nothing was written (use --force to replace it)\n", refused.Err, StringComparison.Ordinal);

        var forced = CliRunner.Run(temp.Path, "import", "backend.md", "-o", "out", "--force");

        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.DoesNotContain("transitions", File.ReadAllText(temp.Combine("out", "backend.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_track_file_with_other_levels_lists_the_levels_added_and_removed()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("backend.md"), Backend);
        Assert.Equal(0, CliRunner.Run(temp.Path, "import", "backend.md", "-o", "out").ExitCode);
        File.WriteAllText(temp.Combine("backend.md"), Backend.Replace("BE4", "BE5", StringComparison.Ordinal).Replace("| 4 |", "| 5 |", StringComparison.Ordinal));

        var refused = CliRunner.Run(temp.Path, "import", "backend.md", "-o", "out");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("out/backend.yaml exists and differs from the import: level BE5 would be added; level BE4 would be removed", refused.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_markdown_pages_of_a_directory_are_read()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("pages"));
        File.WriteAllText(temp.Combine("pages", "backend.md"), Backend);
        File.Copy(Path.Combine(Repository.Ladders, "ladders.shipped.txt"), temp.Combine("pages", "ladders.shipped.txt"));
        File.WriteAllText(temp.Combine("pages", "notes.txt"), "# Notes\n\n| Level | Position |\n| --- | --- |\n| 3 | [N3](#n3) |\n");

        var result = CliRunner.Run(temp.Path, "import", "pages", "-o", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Imported 1 of 1 page", result.Out, StringComparison.Ordinal);
        Assert.Equal(new[] { "backend.yaml", "framework.yaml" }, Directory.GetFiles(temp.Combine("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        Assert.DoesNotContain("ladders.shipped", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(250)]
    [InlineData(2000)]
    [InlineData(5000)]
    public void A_list_nested_too_deep_is_refused_before_parsing_in_one_line(int depth)
    {
        using var temp = new TempDirectory();
        var page = new StringBuilder("# Deep\n\n");
        for (var i = 0; i < depth; i++)
        {
            page.Append(' ', 2 * i).Append("- item\n");
        }

        File.WriteAllText(temp.Combine("deep.md"), page.ToString());

        var result = CliRunner.Run(temp.Path, "import", "deep.md", "-o", "out");

        // Past 16 MB (5,000 levels of indentation) the size limit speaks first; both are checked before parsing.
        AssertOneLineError(result, "careerladder: error: deep.md");
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Theory]
    [InlineData("- ")]
    [InlineData("> ")]
    [InlineData("1. ")]
    public void Five_thousand_container_markers_on_one_line_are_refused_in_one_line(string marker)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("markers.md"), "# Markers\n\n" + string.Concat(Enumerable.Repeat(marker, 5000)) + "x\n");

        var result = CliRunner.Run(temp.Path, "import", "markers.md", "-o", "out");

        AssertOneLineError(result, "careerladder: error: markers.md(3): ");
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("*", "*")]
    [InlineData("<span>", "</span>")]
    public void Deeply_nested_inline_markup_never_reaches_the_user_as_an_exception(string open, string close)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("inline.md"), "# Inline\n\n" + string.Concat(Enumerable.Repeat(open, 5000)) + "x" + string.Concat(Enumerable.Repeat(close, 5000)) + "\n");

        var result = CliRunner.Run(temp.Path, "import", "inline.md", "-o", "out");

        Assert.True(result.ExitCode is 1 or 2, result.ToString());
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_larger_than_the_limit_is_refused_before_parsing()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("huge.md"), "# Huge\n\n" + new string('x', 17 * 1024 * 1024) + "\n");

        var result = CliRunner.Run(temp.Path, "import", "huge.md", "-o", "out");

        AssertOneLineError(result, "careerladder: error: huge.md: ");
        Assert.Contains("16 MB", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8_000)]
    [InlineData(32_000)]
    public void A_level_table_of_many_rows_imports_every_row(int rows)
    {
        using var temp = new TempDirectory();
        var page = new StringBuilder("# Big\n\n| Level | Position |\n| --- | --- |\n");
        for (var i = 0; i < rows; i++)
        {
            page.Append("| ").Append((i % 5) + 3).Append(" | [BG").Append(i).Append("](#bg").Append(i).Append(") |\n");
        }

        for (var i = 0; i < rows; i++)
        {
            page.Append("\n## BG").Append(i).Append("\n\n* **Team**: works with team ").Append(i).Append('\n');
        }

        File.WriteAllText(temp.Combine("big.md"), page.ToString());

        var result = CliRunner.Run(temp.Path, "import", "big.md", "-o", "out");

        // The YAML exceeds the generator's 1 MB file limit (CL0042, exit 3); read it without that limit to count the levels.
        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("CL0042", result.Err, StringComparison.Ordinal);
        var track = LadderParser.Parse("big.yaml", File.ReadAllText(temp.Combine("out", "big.yaml")), LadderLimits.Default with { MaxFileLength = int.MaxValue }).Track!;
        Assert.Equal(rows, track.Levels.Count);
    }

    private static void AssertOneLineError(CliResult result, string start)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith(start, result.Err, StringComparison.Ordinal);
        Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
