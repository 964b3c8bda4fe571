using System;
using System.IO;
using System.Linq;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Cli.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Cli.Tests;

public sealed class ImportCommandTests
{
    private static readonly string[] ImportedFiles =
    {
        "director-engineering.yaml", "framework.yaml", "people-manager.yaml", "qualty-director.yaml",
        "technical-program-manager.ko.yaml", "technical-program-manager.yaml",
    };

    [Fact]
    public void All_five_seeds_import_to_the_checked_in_fixtures()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(temp.Path, "import", Repository.Fixture("Seeds"), "-o", "out");

        // Written, but seed 000's defects are errors in the imported YAML: exit code 3, not a success.
        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Equal(ImportedFiles, Directory.GetFiles(temp.Combine("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        foreach (var name in ImportedFiles)
        {
            var actual = File.ReadAllText(temp.Combine("out", name));
            if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
            {
                File.WriteAllText(Repository.SourceFixture("Imported", name), actual);
                continue;
            }

            Assert.Equal(File.ReadAllText(Repository.Fixture("Imported", name)), actual);
        }

        Assert.Contains("Imported 5 of 5 pages with ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Importing_the_same_markdown_twice_gives_the_same_files()
    {
        using var temp = new TempDirectory();
        var first = CliRunner.Run(temp.Path, "import", Repository.Fixture("Seeds"), "-o", "out");
        var firstFiles = Snapshot(temp.Combine("out"));

        var second = CliRunner.Run(temp.Path, "import", Repository.Fixture("Seeds"), "-o", "out");

        Assert.Equal(3, first.ExitCode);
        Assert.Equal(3, second.ExitCode);
        Assert.Equal(firstFiles, Snapshot(temp.Combine("out")));
        Assert.Equal(first.Err, second.Err);
    }

    [Fact]
    public void Each_seed_imported_alone_next_to_the_others_gives_the_same_file()
    {
        using var temp = new TempDirectory();
        // Seed 000's defects become errors in the imported YAML: written, with exit code 3.
        Assert.Equal(3, CliRunner.Run(temp.Path, "import", Repository.Fixture("Seeds"), "-o", "out").ExitCode);

        foreach (var (seed, file) in new[]
        {
            ("002_1c30a00365fd0afa.md", "technical-program-manager.ko.yaml"),
            ("004_7d79c1ce421dd6ca.md", "director-engineering.yaml"),
            ("000_fd0cada4b49d051b.md", "qualty-director.yaml"),
        })
        {
            File.Delete(temp.Combine("out", file));
            var result = CliRunner.Run(temp.Path, "import", Repository.Fixture("Seeds", seed), "-o", "out");

            Assert.True(result.ExitCode == (file == "qualty-director.yaml" ? 3 : 0), result.ToString());
            Assert.Equal(File.ReadAllText(Repository.Fixture("Imported", file)), File.ReadAllText(temp.Combine("out", file)));
        }
    }

    [Theory]
    [InlineData("000_fd0cada4b49d051b.md", "(7): warning IMP003: Row 'PE5 (Level 5)' links to '#tpm5---product-engineer-5', which is not the anchor of any heading")]
    [InlineData("000_fd0cada4b49d051b.md", "(11): warning IMP007: Level title 'Product Engineer 5' names 'Product Engineer', not this track 'Qualty Director'")]
    [InlineData("000_fd0cada4b49d051b.md", "(13): warning IMP004: The chart's alt text 'Product Engineer 5' of level 'PE5' names 'Product Engineer', not this track 'Qualty Director'")]
    [InlineData("000_fd0cada4b49d051b.md", "(27): warning IMP004: The chart image '/charts/technicalprogrammanager-6.png' of level 'PE6' names track 'Technical Program Manager', not this track 'Qualty Director'")]
    [InlineData("000_fd0cada4b49d051b.md", "(41): warning IMP004: The dark chart image '/charts/technicalprogrammanager-7-dark.png' of level 'PE7' names track 'Technical Program Manager'")]
    [InlineData("001_588498a7156d0efe.md", "(10): warning IMP001: Row 'TPM7 (Level 6)' of the level table has no level section")]
    [InlineData("001_588498a7156d0efe.md", "(10): warning IMP003: Row 'TPM7 (Level 6)' links to '#tpm7', which is not the anchor of any heading")]
    [InlineData("001_588498a7156d0efe.md", "(13): warning IMP002: Level section 'TPM3' has no row in the level table")]
    [InlineData("001_588498a7156d0efe.md", "(15): warning IMP004: The chart's alt text 'Technical Program Manager 4' of level 'TPM3' names level 4, not 3")]
    [InlineData("001_588498a7156d0efe.md", "(7): warning IMP009: The level table and the level sections disagree, but there are as many rows as sections: they are paired in order")]
    [InlineData("002_1c30a00365fd0afa.md", "(13): warning IMP010: Level 'TPM4' is matched to level 'TPM3' of track 'technical-program-manager', which has the same steps")]
    [InlineData("003_62cb4154d5f21654.md", "(22): warning IMP006: Column 3 'Director of Engineering' repeats column 2 with the same content in all 8 tables; it is imported once")]
    [InlineData("003_62cb4154d5f21654.md", "(9): warning IMP008: Section 'Years of xp (guideline)' is taken as the framework's 'Years of experience (guideline)' (years-of-experience)")]
    [InlineData("004_7d79c1ce421dd6ca.md", "(4): warning IMP011: 'Same as Engineering Manager' is level 'PM3' (Engineering Manager) of track 'people-manager': this level extends it and takes rank 4")]
    public void Seed_defects_are_reported_with_the_markdown_file_and_line(string seed, string warning)
    {
        using var temp = new TempDirectory();
        Repository.CopyDirectory(Repository.Fixture("Seeds"), temp.Combine("seeds"));

        var result = CliRunner.Run(temp.Path, "import", "seeds", "-o", "out");

        Assert.Contains("seeds/" + seed + warning, result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Imported_yaml_is_validated_and_the_seed_000_defects_show_as_generator_diagnostics()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(temp.Path, "import", Repository.Fixture("Seeds"), "-o", "out");
        var validate = CliRunner.Run(temp.Path, "validate", "out");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("out/qualty-director.yaml(", result.Err, StringComparison.Ordinal);
        Assert.Contains(": error CL0030: Technology goes down from 'Evangelizes' at level 'PE5' to 'Specializes' at level 'PE6'", result.Err, StringComparison.Ordinal);
        Assert.Equal(1, validate.ExitCode);
        var errorFiles = validate.Out.Split('\n').Where(line => line.Contains(": error ", StringComparison.Ordinal)).Select(line => line.Substring(0, line.IndexOf('(', StringComparison.Ordinal))).Distinct().ToList();
        Assert.Equal(new[] { "out/qualty-director.yaml" }, errorFiles);
    }

    [Fact]
    public void Imported_files_parse_without_diagnostics()
    {
        foreach (var name in ImportedFiles)
        {
            var parsed = LadderParser.Parse(name, File.ReadAllText(Repository.Fixture("Imported", name)));

            Assert.Empty(parsed.Diagnostics);
            Assert.NotEqual(LadderFileKind.NotALadder, parsed.Kind);
        }
    }

    [Fact]
    public void Translation_without_its_base_track_is_imported_as_a_track_with_a_warning()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(temp.Path, "import", Repository.Fixture("Seeds", "002_1c30a00365fd0afa.md"), "-o", "out");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning IMP010: This page is written in 'ko', but no page of this import has its levels and no track is named 'Technical Program Manager'", result.Err, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("out", "technical-program-manager.yaml")));
    }

    [Fact]
    public void Bullet_with_an_unknown_step_is_reported_with_a_suggestion()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("backend.md"), "# Backend\n\n| Level | Position |\n| --- | --- |\n| 3 | [B3](#b3) |\n\n## B3\n\n* **Evangelises**: shows things\n* **Team**: works with the team\n");

        var result = CliRunner.Run(temp.Path, "import", "backend.md", "-o", "out");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("backend.md(9): warning IMP005: 'Evangelises' (level 'B3') is not a step of any competency of the framework; the bullet is not imported. Did you mean 'Evangelizes'?", result.Err, StringComparison.Ordinal);
        var track = LadderParser.Parse("backend.yaml", File.ReadAllText(temp.Combine("out", "backend.yaml"))).Track!;
        var expectation = Assert.Single(track.Levels.Single().Expectations);
        Assert.Equal("influence", expectation.Competency.Value);
        Assert.Equal("works with the team", expectation.Text);
    }

    [Fact]
    public void Framework_of_the_target_directory_maps_steps_and_is_not_overwritten()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("out"));
        var framework = "framework: mini\nname: Mini\ncompetencies:\n  craft:\n    name: Craft\n    steps: [Novice, Expert]\n";
        File.WriteAllText(temp.Combine("out", "framework.yaml"), framework);
        File.WriteAllText(temp.Combine("page.md"), "# Baker\n\n| Level | Position |\n| --- | --- |\n| 1 | [BK1](#bk1) |\n\n## BK1\n\n* **Expert**: bakes bread\n");

        var result = CliRunner.Run(temp.Path, "import", "page.md", "-o", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(framework, File.ReadAllText(temp.Combine("out", "framework.yaml")));
        Assert.Contains("      craft:\n        step: Expert\n        text: bakes bread\n", File.ReadAllText(temp.Combine("out", "baker.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Page_without_a_ladder_writes_nothing_and_exits_1()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("notes.md"), "# Notes\n");

        var result = CliRunner.Run(temp.Path, "import", "notes.md", "-o", "out");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nothing was written", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void Missing_input_is_a_one_line_error_with_exit_code_2()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(temp.Path, "import", "missing.md", "-o", "out");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("careerladder: error: input 'missing.md' does not exist\n", result.Err);
    }

    [Fact]
    public void Output_that_is_a_file_is_refused()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("taken"), string.Empty);

        var result = CliRunner.Run(temp.Path, "import", Repository.Fixture("Seeds"), "-o", "taken");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("careerladder: error: output 'taken' is a file; give a directory\n", result.Err);
    }

    [Fact]
    public void Directory_without_pages_and_missing_output_option_are_errors()
    {
        using var temp = new TempDirectory();

        var empty = CliRunner.Run(temp.Path, "import", ".", "-o", "out");
        var noOutput = CliRunner.Run(temp.Path, "import", ".");

        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("no Markdown pages", empty.Err, StringComparison.Ordinal);
        Assert.Equal(2, noOutput.ExitCode);
        Assert.Single(noOutput.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string[] Snapshot(string directory) =>
        Directory.GetFiles(directory).Order(StringComparer.Ordinal).Select(path => Path.GetFileName(path) + "\n" + File.ReadAllText(path)).ToArray();
}
