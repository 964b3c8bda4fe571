using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerLadder.Cli.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Cli.Tests;

/// <summary><c>baseline</c>, <c>validate</c> against a baseline, and <c>diff</c> between two versions of the ladders.</summary>
public sealed class EvolutionCommandTests
{
    [Fact]
    public void The_repository_baseline_is_up_to_date()
    {
        var result = CliRunner.Run(Repository.Root, "baseline", "ladders", "--check");

        Assert.True(result.ExitCode == 0, result.ToString() + "\nRun 'careerladder baseline ladders' after changing an identity on purpose.");
    }

    [Fact]
    public void Removing_a_shipped_level_fails_validation_at_the_track_and_the_baseline_check()
    {
        using var temp = CopyOfLadders();
        RemoveQd7(temp);

        var validate = CliRunner.Run(temp.Path, "validate", "ladders");
        var check = CliRunner.Run(temp.Path, "baseline", "ladders", "--check");

        Assert.Equal(1, validate.ExitCode);
        var line = Assert.Single(validate.Out.Split('\n'), candidate => candidate.Contains("CL0077", StringComparison.Ordinal));
        Assert.StartsWith("ladders/quality-director.yaml(15,8): error CL0077: Level 'QD7' (rank 7) is in the baseline", line, StringComparison.Ordinal);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("is not up to date (1 breaking and 0 additive identity changes)", check.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_a_new_baseline_accepts_the_change_and_validation_passes_again()
    {
        using var temp = CopyOfLadders();
        RemoveQd7(temp);

        var write = CliRunner.Run(temp.Path, "baseline", "ladders");
        var validate = CliRunner.Run(temp.Path, "validate", "ladders");

        Assert.True(write.ExitCode == 0, write.ToString());
        Assert.Contains("4 tracks, 10 levels, 5 competencies, 10 sections (1 breaking and 0 additive identity changes)", write.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("level quality-director QD7", File.ReadAllText(temp.Combine("ladders", "ladders.shipped.txt")), StringComparison.Ordinal);
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    [Fact]
    public void Declaring_the_removed_level_retired_makes_validation_pass_and_diff_call_it_additive()
    {
        using var temp = CopyOfLadders();
        Directory.CreateDirectory(temp.Combine("v1"));
        Repository.CopyDirectory(temp.Combine("ladders"), temp.Combine("v1"));
        var track = temp.Combine("ladders", "quality-director.yaml");
        var text = RemoveQd7(temp)
            .Replace("\nlevels:\n", "\nretired:\n  - code: QD7\n    since: \"2027.1\"\n    replaced-by: QD6\nlevels:\n", StringComparison.Ordinal);
        File.WriteAllText(track, text);

        var validate = CliRunner.Run(temp.Path, "validate", "ladders");
        var diff = CliRunner.Run(temp.Path, "diff", "v1", "ladders");
        var write = CliRunner.Run(temp.Path, "baseline", "ladders");

        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Contains("info CL0082: The retirement of level 'QD7' is not in the baseline yet", validate.Out, StringComparison.Ordinal);
        Assert.True(diff.ExitCode == 0, diff.ToString());
        Assert.Contains("Additive changes (1):\n  level QD7: was retired, replaced by QD6 (the old code resolves to it)\n", diff.Out, StringComparison.Ordinal);
        Assert.True(write.ExitCode == 0, write.ToString());
        Assert.Contains("\nretired quality-director QD7 QD6\n", File.ReadAllText(temp.Combine("ladders", "ladders.shipped.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_refuses_ladders_with_errors_and_writes_nothing()
    {
        using var temp = CopyOfLadders();
        File.Delete(temp.Combine("ladders", "ladders.shipped.txt"));
        File.AppendAllText(temp.Combine("ladders", "people-manager.yaml"), "\nbogus: [\n");

        var result = CliRunner.Run(temp.Path, "baseline", "ladders");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nothing was written", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("ladders", "ladders.shipped.txt")));
    }

    /// <summary>Seed 001 numbered its levels TPM4–TPM7 at ranks 3–6; the corrected ladder renumbers them TPM3–TPM6.</summary>
    [Fact]
    public void Diff_classifies_the_seed_001_renumbering()
    {
        using var temp = CopyOfLadders();
        Directory.CreateDirectory(temp.Combine("v1"));
        foreach (var file in Directory.EnumerateFiles(temp.Combine("ladders"), "*.yaml"))
        {
            var shifted = Regex.Replace(File.ReadAllText(file), @"\bTPM([3-6])\b", match => "TPM" + (int.Parse(match.Groups[1].Value) + 1));
            File.WriteAllText(Path.Combine(temp.Combine("v1"), Path.GetFileName(file)), shifted);
        }

        var result = CliRunner.Run(temp.Path, "diff", "v1", "ladders", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        string[] Lines(string group) => json.RootElement.GetProperty(group).EnumerateArray()
            .Select(change => change.GetProperty("subject").GetString() + ": " + change.GetProperty("change").GetString()).ToArray();
        Assert.Equal(
            new[]
            {
                "level TPM4: changed rank from 3 to 4",
                "level TPM5: changed rank from 4 to 5",
                "level TPM6: changed rank from 5 to 6",
                "level TPM7: was removed (it was in track 'technical-program-manager', rank 6)",
            },
            Lines("breaking"));
        Assert.Equal(new[] { "level TPM3: was added (track 'technical-program-manager', rank 3)" }, Lines("additive"));
        Assert.Contains("level TPM4: title changed from 'Technical Program Manager 3' to 'Technical Program Manager 4'", Lines("textOnly"));
        Assert.All(Lines("textOnly"), line => Assert.StartsWith("level TPM", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_of_identical_ladders_is_empty_and_exits_0()
    {
        var result = CliRunner.Run(Repository.Root, "diff", "ladders", "ladders");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0 breaking, 0 additive, 0 text-only changes.\n", result.Out);
    }

    [Fact]
    public void Diff_reads_a_folder_at_a_git_revision_and_writes_markdown()
    {
        using var temp = CopyOfLadders();
        Git(temp.Path, "init", "-q");
        Git(temp.Path, "add", "ladders");
        Git(temp.Path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "v1");
        Git(temp.Path, "tag", "v1.0");
        var framework = temp.Combine("ladders", "framework.yaml");
        File.WriteAllText(framework, File.ReadAllText(framework)
            .Replace("steps: [Learns, Supports, Mentors, Coordinates, Manages]", "steps: [Learns, Supports, Mentors, Coordinates, Manages, Leads]", StringComparison.Ordinal)
            .Replace("name: Technology", "name: Technology and tools", StringComparison.Ordinal));

        var result = CliRunner.Run(temp.Combine("ladders"), "diff", "v1.0:.", ".", "--format", "markdown");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            "## Ladder changes from `v1.0:.` to `.`\n\n0 breaking, 1 additive, 1 text-only changes.\n\n"
            + "### Additive changes\n\n- **competency people**: has new steps above step 5: \\[6 Leads\\]\n\n"
            + "### Text-only changes\n\n- **competency technology**: name changed from 'Technology' to 'Technology and tools'\n",
            result.Out);
    }

    [Theory]
    [InlineData("nope:ladders", "git cannot read revision 'nope'")]
    [InlineData("missing-folder", "is neither a directory nor REV:path")]
    public void Diff_sides_that_cannot_be_read_are_usage_errors(string side, string expected)
    {
        using var temp = CopyOfLadders();
        Git(temp.Path, "init", "-q");

        var result = CliRunner.Run(temp.Path, "diff", side, "ladders");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_refuses_a_side_with_ladder_errors()
    {
        using var temp = CopyOfLadders();
        Directory.CreateDirectory(temp.Combine("broken"));
        Repository.CopyDirectory(temp.Combine("ladders"), temp.Combine("broken"));
        File.AppendAllText(temp.Combine("broken", "people-manager.yaml"), "\nbogus: [\n");

        var result = CliRunner.Run(temp.Path, "diff", "ladders", "broken");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'broken' has ladder errors", result.Err, StringComparison.Ordinal);
    }

    /// <summary>Removes the last level of the quality-director track, QD7 (shipped in the repository's baseline).</summary>
    private static string RemoveQd7(TempDirectory temp)
    {
        var track = temp.Combine("ladders", "quality-director.yaml");
        var text = File.ReadAllText(track);
        text = text.Substring(0, text.IndexOf("  - code: QD7", StringComparison.Ordinal));
        File.WriteAllText(track, text);
        return text;
    }

    private static TempDirectory CopyOfLadders()
    {
        var temp = new TempDirectory();
        Repository.CopyDirectory(Repository.Ladders, temp.Combine("ladders"));
        return temp;
    }

    private static void Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "git " + string.Join(' ', arguments) + ": " + error);
    }
}
