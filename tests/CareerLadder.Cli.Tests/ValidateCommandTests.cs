using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Cli.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Repository_ladders_are_valid_and_the_info_diagnostic_does_not_fail()
    {
        var result = CliRunner.Run(Repository.Root, "validate", "ladders");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Collection(
            lines,
            line => Assert.Matches(@"^ladders/technical-program-manager\.ko\.yaml\(\d+,10\): info CL0038: The 'ko' overlay translates ", line),
            line => Assert.Equal("6 ladder files: 0 errors, 0 warnings, 1 info.", line));
        Assert.Equal(string.Empty, result.Err);
    }

    [Fact]
    public void Default_directory_is_the_current_directory()
    {
        var result = CliRunner.Run(Repository.Ladders, "validate");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"^technical-program-manager\.ko\.yaml\(\d+,10\): info CL0038:", result.Out);
    }

    [Fact]
    public void A_single_file_can_be_validated()
    {
        var result = CliRunner.Run(Repository.Root, "validate", "ladders/quality-director.yaml");

        // Without its framework the track cannot resolve competencies: CL0013, an error.
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ladders/quality-director.yaml(", result.Out, StringComparison.Ordinal);
        Assert.Contains(": error CL0013: ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_lists_counts_and_diagnostics_with_full_spans()
    {
        var result = CliRunner.Run(Repository.Root, "validate", "ladders", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("careerladder", root.GetProperty("tool").GetString());
        Assert.Equal(6, root.GetProperty("files").GetInt32());
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("infos").GetInt32());
        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("CL0038", diagnostic.GetProperty("id").GetString());
        Assert.Equal("info", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("ladders/technical-program-manager.ko.yaml", diagnostic.GetProperty("path").GetString());
        var line = diagnostic.GetProperty("startLine").GetInt32();
        Assert.Equal("culture: ko", File.ReadAllLines(Path.Combine(Repository.Ladders, "technical-program-manager.ko.yaml"))[line - 1]);
        Assert.Equal(10, diagnostic.GetProperty("startColumn").GetInt32());
        Assert.Equal(line, diagnostic.GetProperty("endLine").GetInt32());
        Assert.Equal(12, diagnostic.GetProperty("endColumn").GetInt32());
        Assert.Equal(LadderRules.OverlayCoverage.HelpLink, diagnostic.GetProperty("helpUri").GetString());
        Assert.Contains("1 info", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_format_is_a_minimal_valid_2_1_0_log()
    {
        using var temp = new TempDirectory();
        Repository.CopyDirectory(Path.Combine(Repository.RuleFixtures, "CL0002"), temp.Combine("ladders"));
        File.Copy(Path.Combine(Repository.RuleFixtures, "framework.yaml"), temp.Combine("ladders", "framework.yaml"));
        File.Delete(temp.Combine("ladders", "expected.txt"));

        var result = CliRunner.Run(temp.Path, "validate", "ladders", "--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("careerladder", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(LadderRules.All.Count, rules.Count);
        Assert.All(rules, rule => Assert.Equal(LadderRules.Get(rule.GetProperty("id").GetString()!).HelpLink, rule.GetProperty("helpUri").GetString()));
        var sarifResult = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("CL0002", sarifResult.GetProperty("ruleId").GetString());
        Assert.Equal("CL0002", rules[sarifResult.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("error", sarifResult.GetProperty("level").GetString());
        Assert.Equal("Unknown key 'senority' in level 'BE2'. Did you mean 'seniority'?", sarifResult.GetProperty("message").GetProperty("text").GetString());
        var location = Assert.Single(sarifResult.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal("ladders/track.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.Equal(15, region.GetProperty("startLine").GetInt32());
        Assert.Equal(5, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(15, region.GetProperty("endLine").GetInt32());
        Assert.Equal(13, region.GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public void Info_diagnostics_are_notes_in_sarif()
    {
        var result = CliRunner.Run(Repository.Root, "validate", "ladders", "-f", "SARIF");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var only = Assert.Single(json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("note", only.GetProperty("level").GetString());
    }

    [Fact]
    public void Output_file_receives_the_diagnostics_and_the_summary_stays_on_stdout()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(Repository.Root, "validate", "ladders", "--format", "sarif", "-o", temp.Combine("out", "ladders.sarif"));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("6 ladder files: 0 errors, 0 warnings, 1 info.\nWrote ", result.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(temp.Combine("out", "ladders.sarif")));
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        Assert.Single(Directory.EnumerateFiles(temp.Combine("out")));
    }

    [Fact]
    public void Missing_directory_is_a_one_line_error_with_exit_code_2()
    {
        var result = CliRunner.Run(Repository.Root, "validate", "no-such-directory");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("careerladder: error: ladder directory 'no-such-directory' does not exist\n", result.Err);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Directory_without_yaml_files_is_an_error()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(temp.Path, "validate");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("careerladder: error: no ladder files (*.yaml, *.yml) found in '.'\n", result.Err);
    }

    [Fact]
    public void A_file_that_is_not_a_ladder_is_an_error_with_exit_code_2_not_a_success()
    {
        using var temp = new TempDirectory();
        System.IO.File.WriteAllText(System.IO.Path.Combine(temp.Path, "Program.cs"), "System.Console.WriteLine(1);\n");

        var result = CliRunner.Run(temp.Path, "validate", "Program.cs");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("careerladder: error: no ladder file in 'Program.cs': a ladder file is YAML whose first key is framework:, track: or overlay:\n", result.Err);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_directory_whose_yaml_files_are_not_ladders_is_an_error_with_exit_code_2()
    {
        using var temp = new TempDirectory();
        System.IO.File.WriteAllText(System.IO.Path.Combine(temp.Path, "appsettings.yaml"), "logging: { level: info }\n");

        var result = CliRunner.Run(temp.Path, "validate");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("careerladder: error: no ladder file in '.': a ladder file is YAML whose first key is framework:, track: or overlay:\n", result.Err);
    }

    [Fact]
    public void Unknown_format_is_a_one_line_error_with_exit_code_2()
    {
        var result = CliRunner.Run(Repository.Root, "validate", "ladders", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("careerladder: error: Argument 'xml' not recognized.", result.Err, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Output_that_is_a_directory_is_refused()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(Repository.Root, "validate", "ladders", "-o", temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a directory", result.Err, StringComparison.Ordinal);
    }
}
