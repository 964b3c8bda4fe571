using System.IO;
using System.Linq;
using LadderExplorer;
using Spectre.Console;
using Xunit;

namespace CareerLadder.Samples.Tests;

/// <summary>The README's main job: the sample prints the seed ladders from generated code.</summary>
public sealed class LadderExplorerTests
{
    private static (int ExitCode, string Output) Run(params string[] args)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            return RunWithConsole(args);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }

    private static (int ExitCode, string Output) RunWithConsole(string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 250;
        var exitCode = new LadderPrinter(console).Run(args);
        return (exitCode, writer.ToString());
    }

    [Fact]
    public void Without_arguments_it_prints_every_seed_track_with_its_levels()
    {
        var (exitCode, output) = Run();

        Assert.Equal(0, exitCode);
        foreach (var expected in new[] { "Quality Director", "Technical Program Manager", "People Manager", "Engineering Management" })
        {
            Assert.Contains(expected, output, System.StringComparison.Ordinal);
        }

        foreach (var code in new[] { "QD5", "QD6", "QD7", "TPM3", "TPM4", "TPM5", "TPM6", "PM5", "PM6", "EM5", "EM6" })
        {
            Assert.Contains(code, output, System.StringComparison.Ordinal);
        }

        Assert.Contains("Senior Staff Engineer", output, System.StringComparison.Ordinal);
        Assert.Contains("Multiple Teams (3)", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_level_code_it_prints_that_level_and_its_gap_to_the_next()
    {
        var (exitCode, output) = Run("tpm5");

        Assert.Equal(0, exitCode);
        Assert.Contains("TPM5 - Technical Program Manager 5", output, System.StringComparison.Ordinal);
        Assert.Contains("owns the production operation and monitoring of the system", output, System.StringComparison.Ordinal);
        Assert.Contains("Gap to TPM6", output, System.StringComparison.Ordinal);
        Assert.Contains("System: Owns → Evolves (+1)", output, System.StringComparison.Ordinal);
        Assert.Contains("Influence: Company → Community (+1)", output, System.StringComparison.Ordinal);
        Assert.Contains("Next steps (career paths): TPM6, PM5", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_with_sections_prints_them()
    {
        var (exitCode, output) = Run("PM6");

        Assert.Equal(0, exitCode);
        Assert.Contains("Checkpoints", output, System.StringComparison.Ordinal);
        Assert.Contains("4+ directly managed ICs are now Staff Engs or EMs", output, System.StringComparison.Ordinal);
        Assert.Contains("PM6 is the top level of People Manager", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Culture_ko_prints_the_korean_sentences_and_falls_back_to_english_elsewhere()
    {
        var (exitCode, output) = Run("--culture", "ko", "TPM3");

        Assert.Equal(0, exitCode);
        Assert.Contains("한가지 이상의 기술을 잘 알고 있으며 새로운 기술을 주도적으로 학습합니다", output, System.StringComparison.Ordinal);
        Assert.Contains("TPM3 - Technical Program Manager 3", output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("is the go-to person", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Culture_ko_overview_lists_the_translation()
    {
        var (exitCode, output) = Run("--culture", "ko");

        Assert.Equal(0, exitCode);
        Assert.Contains("technical-program-manager, translations: ko", output, System.StringComparison.Ordinal);
        Assert.Contains("여러 팀이 참여하는 과제를 조정하고 추진하는 역할을 담당합니다.", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Director_from_seed_004_shows_the_engineering_manager_expectations_it_inherits_plus_its_own()
    {
        var (exitCode, output) = Run("EM6");

        Assert.Equal(0, exitCode);
        Assert.Contains("Same as EM5 - Engineering Manager", output, System.StringComparison.Ordinal);
        Assert.Contains("Responsibilities (from PM5)", output, System.StringComparison.Ordinal);
        Assert.Contains("Drives Engineers' happiness, engagement, and growth", output, System.StringComparison.Ordinal);
        Assert.Contains("Should have", output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Should have (from", output, System.StringComparison.Ordinal);
        Assert.Contains("Manage and coach Engineering Leads to be effective communicators and leaders of their teams.", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_fails_and_lists_the_known_codes()
    {
        var (exitCode, output) = Run("XYZ9");

        Assert.Equal(1, exitCode);
        Assert.Contains("Unknown level code 'XYZ9'", output, System.StringComparison.Ordinal);
        Assert.Contains("TPM3", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_assembly_references_neither_yaml_nor_roslyn()
    {
        var references = typeof(LadderPrinter).Assembly.GetReferencedAssemblies().Select(name => name.Name!).ToList();

        Assert.Contains("CareerLadder", references);
        Assert.DoesNotContain(references, name => name.StartsWith("YamlDotNet", System.StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.CodeAnalysis", System.StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("CareerLadder.Authoring", System.StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(System.AppContext.BaseDirectory, "YamlDotNet.dll")));
    }
}
