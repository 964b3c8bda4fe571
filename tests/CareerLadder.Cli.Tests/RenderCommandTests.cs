using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CareerLadder.Rendering.Radar;
using CareerLadder.Cli.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Cli.Tests;

public sealed class RenderCommandTests
{
    [Fact]
    public void Markdown_site_has_a_page_per_track_an_index_and_a_chart_per_level_with_expectations()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(Repository.Root, "render", "ladders", "-o", temp.Combine("site"), "--format", "md");

        Assert.True(result.ExitCode == 0, result.ToString());
        var files = Directory.GetFiles(temp.Combine("site"), "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(temp.Combine("site"), path).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[]
            {
                "charts/QD5.svg", "charts/QD6.svg", "charts/QD7.svg", "charts/TPM3.svg", "charts/TPM4.svg", "charts/TPM5.svg", "charts/TPM6.svg",
                "engineering-management.md", "index.md", "people-manager.md", "quality-director.md", "technical-program-manager.md",
            },
            files);
        var page = File.ReadAllText(temp.Combine("site", "technical-program-manager.md"));
        Assert.StartsWith("# Technical Program Manager\n\nTPM's role is responsible for coordinating", page, StringComparison.Ordinal);
        Assert.Contains("| Level | Seniority | Public Title | Position |\n", page, StringComparison.Ordinal);
        Assert.Contains("| 5 | Senior | Senior Staff Engineer | [TPM5 - Technical Program Manager 5](#tpm5---technical-program-manager-5) |\n", page, StringComparison.Ordinal);
        Assert.Contains("## TPM5 - Technical Program Manager 5\n\n![Technical Program Manager 5](charts/TPM5.svg)\n\n* **Specializes**: is the go-to person", page, StringComparison.Ordinal);
        Assert.Contains("* **Community**: makes an impact on the tech community\n", page, StringComparison.Ordinal);
        var people = File.ReadAllText(temp.Combine("site", "people-manager.md"));
        Assert.Contains("### Years of experience (guideline)\n\n10+\n", people, StringComparison.Ordinal);
        Assert.Contains("* [Engineering Manager](https://docs.google.com/document/d/1gfS7P_k8F-WkkkyzVtxBSsUKWPVjEDwoM6YVZAfdGWY/edit)\n", people, StringComparison.Ordinal);
        var management = File.ReadAllText(temp.Combine("site", "engineering-management.md"));
        Assert.Contains("#### Strategy\n\n* Collaborate with engineering and cross-discipline leadership to:\n    * develop and communicate", management, StringComparison.Ordinal);
        Assert.Contains("*Builds on [PM5 - Engineering Manager](people-manager.md#pm5---engineering-manager)", management, StringComparison.Ordinal);
        Assert.Contains("Rendered 4 tracks (11 levels) as md", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Radar_chart_vertices_are_the_step_values_over_the_number_of_steps()
    {
        using var temp = new TempDirectory();
        CliRunner.Run(Repository.Root, "render", "ladders", "-o", temp.Path);

        var svg = File.ReadAllText(temp.Combine("charts", "TPM3.svg"));

        // TPM3: Specializes 2/5, Designs 2/5, Coordinates 4/5, Adjusts 4/5, Multiple Teams 3/5.
        var expected = new[] { 2, 2, 4, 4, 3 }.Select((value, index) => RadarGeometry.At(index, 5, value / 5.0, RadarChart.CenterX, RadarChart.CenterY, RadarChart.Radius)).ToList();
        var polygon = Regex.Match(svg, "<polygon class=\"radar-area\" data-level=\"TPM3\" points=\"(?<points>[^\"]+)\"").Groups["points"].Value;
        var actual = polygon.Split(' ').Select(pair => pair.Split(',').Select(value => double.Parse(value, CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.Equal(5, actual.Count);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(expected[i].X, actual[i][0], 2);
            Assert.Equal(expected[i].Y, actual[i][1], 2);
        }

        Assert.Equal(5, Regex.Matches(svg, "class=\"radar-ring\"").Count);
        Assert.Contains("@media (prefers-color-scheme: dark)", svg, StringComparison.Ordinal);
        Assert.Contains("data-competency=\"people\" data-value=\"4\" data-max=\"5\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_site_has_inline_charts_light_and_dark_themes_and_the_level_table()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(Repository.Root, "render", "ladders", "-o", temp.Path, "--format", "html");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            new[] { "engineering-management.html", "index.html", "people-manager.html", "quality-director.html", "technical-program-manager.html" },
            Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        var page = File.ReadAllText(temp.Combine("quality-director.html"));
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("@media (prefers-color-scheme: dark)", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"color-scheme\" content=\"light dark\" />", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Code</th><th scope=\"col\">Rank</th><th scope=\"col\">Title</th><th scope=\"col\">Seniority</th><th scope=\"col\">Public title</th>", page, StringComparison.Ordinal);
        Assert.Contains("<tr><td><a href=\"#QD6\">QD6</a></td><td data-label=\"Rank\">6</td><td>Quality Director 6</td><td data-label=\"Seniority\">Senior</td><td data-label=\"Public title\"></td></tr>", page, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Matches(page, "<svg ").Count);
        Assert.Equal(3, Regex.Matches(page, "class=\"radar-area\"").Count);
        Assert.Contains("<tr data-competency=\"people\"><td>People</td><td data-label=\"Step\">Manages (5/5)</td><td>manages the career, expectations, performance with an eye", page, StringComparison.Ordinal);
        Assert.Contains("<li data-to=\"PM6\"><a href=\"people-manager.html#PM6\">PM6 - Director of Engineering</a> <span class=\"move-kind career\">(career move)</span>", page, StringComparison.Ordinal);
        var management = File.ReadAllText(temp.Combine("engineering-management.html"));
        Assert.Contains("<span class=\"inherited\">from PM5</span>", management, StringComparison.Ordinal);
        Assert.Contains("<p class=\"measured-by\">EM5 expects no competency steps: it is measured by its sections Years of experience (guideline)", management, StringComparison.Ordinal);
        Assert.DoesNotContain("<figure", management, StringComparison.Ordinal);
    }

    [Fact]
    public void Culture_renders_the_overlay_translations_and_falls_back_to_the_base_text()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(Repository.Root, "render", "ladders", "-o", temp.Path, "--format", "html", "--culture", "ko-KR");

        Assert.True(result.ExitCode == 0, result.ToString());
        var page = File.ReadAllText(temp.Combine("technical-program-manager.html"));
        Assert.Contains("<html lang=\"ko-KR\">", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"summary\">여러 팀이 참여하는 과제를 조정하고 추진하는 역할을 담당합니다.</p>", page, StringComparison.Ordinal);
        Assert.Contains("한가지 이상의 기술을 잘 알고 있으며 새로운 기술을 주도적으로 학습합니다", page, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"TPM3-heading\">TPM3 - Technical Program Manager 3</h2>", page, StringComparison.Ordinal);
        Assert.Contains("Role responsible for defining the strategic direction", File.ReadAllText(temp.Combine("quality-director.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Culture_without_overlay_warns_and_renders_the_base_language()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(Repository.Root, "render", "ladders", "-o", temp.Path, "--culture", "fr");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no overlay translates a track into 'fr'", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Ladders_with_errors_write_nothing_and_exit_1()
    {
        using var temp = new TempDirectory();
        Repository.CopyDirectory(Path.Combine(Repository.RuleFixtures, "CL0030"), temp.Combine("ladders"));
        File.Copy(Path.Combine(Repository.RuleFixtures, "framework.yaml"), temp.Combine("ladders", "framework.yaml"));

        var result = CliRunner.Run(temp.Path, "render", "ladders", "-o", "site");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ladders/track.yaml(17,27): error CL0030: ", result.Err, StringComparison.Ordinal);
        Assert.Contains("Nothing was written.", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("site")));
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Existing_output_keeps_other_files_and_a_failed_render_changes_nothing()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("site"));
        File.WriteAllText(temp.Combine("site", "keep.txt"), "mine");
        File.WriteAllText(temp.Combine("site", "index.md"), "old");
        Repository.CopyDirectory(Path.Combine(Repository.RuleFixtures, "CL0030"), temp.Combine("broken"));
        File.Copy(Path.Combine(Repository.RuleFixtures, "framework.yaml"), temp.Combine("broken", "framework.yaml"));

        var failed = CliRunner.Run(temp.Path, "render", "broken", "-o", "site");

        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(new[] { "index.md", "keep.txt" }, Directory.GetFiles(temp.Combine("site")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("old", File.ReadAllText(temp.Combine("site", "index.md")));

        var succeeded = CliRunner.Run(temp.Path, "render", Repository.Ladders, "-o", "site");

        Assert.Equal(0, succeeded.ExitCode);
        Assert.Equal("mine", File.ReadAllText(temp.Combine("site", "keep.txt")));
        Assert.StartsWith("# Career ladders", File.ReadAllText(temp.Combine("site", "index.md")), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Combine("site"), "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("--format", "pdf")]
    [InlineData("--culture", "not a culture")]
    public void Bad_options_are_one_line_errors_with_exit_code_2(string option, string value)
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(Repository.Root, "render", "ladders", "-o", temp.Combine("site"), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("careerladder: error: ", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("site")));
    }

    [Fact]
    public void Output_that_is_a_file_is_refused()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("site"), string.Empty);

        var result = CliRunner.Run(temp.Path, "render", Repository.Ladders, "-o", "site");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("careerladder: error: output 'site' is a file; give a directory\n", result.Err);
    }
}
