using System;
using System.Linq;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// A clean ladder set written the way public career frameworks are (Fixtures/Realistic: individual-contributor and
/// manager tracks side by side with Senior Staff, Principal, Distinguished, Fellow, Staff and Senior managers, Head of,
/// German and Japanese overlays) gets no warning and no error: a heuristic that fires on real titles would teach users
/// to ignore warnings. Heuristic rules may still say something at info level.
/// </summary>
public sealed class RealisticLaddersTests
{
    private readonly ITestOutputHelper _output;

    public RealisticLaddersTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Realistic_clean_ladders_get_no_warning_and_no_error()
    {
        var files = GeneratorHarness.LoadDirectory(GeneratorHarness.FixturePath("Realistic")).ToList();

        var outcome = GeneratorHarness.Run(files);

        foreach (var diagnostic in outcome.GeneratorDiagnostics)
        {
            _output.WriteLine(diagnostic.ToString());
        }

        Assert.Equal(6, files.Count);
        Assert.Empty(outcome.GeneratorDiagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).Select(diagnostic => diagnostic.ToString()));
        Assert.Empty(outcome.CompilationDiagnostics);
        Assert.Contains("SoftwareEngineerTrack.g.cs", outcome.HintNames);
    }
}
