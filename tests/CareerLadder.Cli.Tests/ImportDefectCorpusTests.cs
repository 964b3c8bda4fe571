using System;
using System.IO;
using System.Linq;
using CareerLadder.Cli.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Cli.Tests;

/// <summary>
/// The importer's corpus of planted defects (Fixtures/Defects): every defect is reported at its Markdown line, and every
/// diagnostic the validator finds in the written YAML is repeated at the Markdown line it comes from.
/// </summary>
public sealed class ImportDefectCorpusTests
{
    [Fact]
    public void Every_planted_defect_is_reported_at_its_markdown_line()
    {
        using var temp = new TempDirectory();
        Repository.CopyDirectory(Repository.Fixture("Defects", "pages"), temp.Combine("pages"));

        var result = CliRunner.Run(temp.Path, "import", "pages", "-o", "out");

        Assert.True(result.ExitCode == 3, result.ToString());
        var lines = result.Err.Split('\n');
        var expected = File.ReadAllLines(Repository.Fixture("Defects", "expected-diagnostics.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Substring(0, line.IndexOf("  --", StringComparison.Ordinal)).Trim())
            .ToList();
        var missed = expected.Where(defect =>
        {
            var location = "pages/" + defect.Substring(0, defect.IndexOf(':', StringComparison.Ordinal)) + ": ";
            var id = " " + defect.Substring(defect.IndexOf(':', StringComparison.Ordinal) + 2) + ": ";
            return !lines.Any(line => line.StartsWith(location, StringComparison.Ordinal) && line.Contains(id, StringComparison.Ordinal));
        }).ToList();

        Assert.True(missed.Count == 0, $"{expected.Count - missed.Count} of {expected.Count} planted defects reported at their line; missed: {string.Join(", ", missed)}\n{result}");
    }

    [Fact]
    public void Every_diagnostic_of_the_written_yaml_is_repeated_at_its_markdown_line()
    {
        using var temp = new TempDirectory();
        Repository.CopyDirectory(Repository.Fixture("Defects", "pages"), temp.Combine("pages"));

        var result = CliRunner.Run(temp.Path, "import", "pages", "-o", "out");

        var lines = result.Err.Split('\n');
        var yamlDiagnostics = Enumerable.Range(0, lines.Length).Where(index => lines[index].StartsWith("out/", StringComparison.Ordinal) && lines[index].Contains(" CL", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(yamlDiagnostics);
        Assert.All(yamlDiagnostics, index => Assert.StartsWith("pages/", lines[index + 1], StringComparison.Ordinal));
    }
}
