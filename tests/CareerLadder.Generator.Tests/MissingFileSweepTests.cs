using System;
using System.IO;
using System.Linq;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// A file missing from a ladder folder is a plausible mistake, never an internal error: with each file of the
/// repository's ladders left out in turn, the build gives ordinary diagnostics (no CL0020), and when none of them is an
/// error the generated code compiles.
/// </summary>
public sealed class MissingFileSweepTests
{
    public static TheoryData<string> LadderFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(GeneratorHarness.RepositoryRoot, "ladders")).OrderBy(path => path, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LadderFiles))]
    public void Leaving_out_one_file_gives_ordinary_diagnostics(string missing)
    {
        var files = Directory.GetFiles(Path.Combine(GeneratorHarness.RepositoryRoot, "ladders"))
            .Where(path => Path.GetFileName(path) != missing)
            .Select(path => (path, File.ReadAllText(path)));

        var outcome = GeneratorHarness.Run(files);

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CL0020");
        if (!outcome.GeneratorDiagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
        {
            Assert.Empty(outcome.CompilationDiagnostics);
        }
    }

    [Fact]
    public void A_track_and_a_baseline_without_a_framework_file_is_the_missing_framework_only()
    {
        var ladders = Path.Combine(GeneratorHarness.RepositoryRoot, "ladders");
        var files = new[] { "people-manager.yaml", "ladders.shipped.txt" }.Select(name => (Path.Combine(ladders, name), File.ReadAllText(Path.Combine(ladders, name))));

        var outcome = GeneratorHarness.Run(files);

        Assert.Contains(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CL0013");
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Id is "CL0020" or "CL0079" or "CL0081");
    }
}
