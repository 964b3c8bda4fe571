using System.Collections.Generic;
using System.Threading.Tasks;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>Users change rule severities the standard ways, and the generator's YAML diagnostics follow.</summary>
public sealed class SeverityTests
{
    private static readonly (string Path, string Text)[] Files = WithTrack(TrackYaml.Replace("  - code: BE2\n", "  - code: BE7\n"));

    private static DiagnosticResult CodeNumber(DiagnosticSeverity severity) =>
        new DiagnosticResult("CL0024", severity).WithSpan(TrackPath, 12, 11, 12, 14).WithSpan(TrackPath, 13, 11, 13, 12).WithArguments("BE7", "7", "2");

    [Fact]
    public Task Default_severity_is_the_rules_own() =>
        GeneratorVerifier.VerifyDiagnosticsAsync(Files, CodeNumber(DiagnosticSeverity.Warning));

    [Theory]
    [InlineData("[*.yaml]\ncareerladder_diagnostic.CL0024.severity = error\n", DiagnosticSeverity.Error)]
    [InlineData("[track.yaml]\ncareerladder_diagnostic.CL0024.severity = suggestion\n", DiagnosticSeverity.Info)]
    [InlineData("[other.yaml]\ncareerladder_diagnostic.CL0024.severity = error\n", DiagnosticSeverity.Warning)]
    [InlineData("[*.yaml]\ncareerladder_diagnostic.CL0024.severity = default\n", DiagnosticSeverity.Warning)]
    public void Editorconfig_sections_set_the_severity_per_ladder_file(string section, DiagnosticSeverity expected)
    {
        var options = TestOptionsProvider.WithEditorConfig("/ladders/.editorconfig", "root = true\n\n" + section);

        var diagnostics = RunWith(options);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("CL0024", expected), (diagnostic.Id, diagnostic.Severity));
    }

    [Fact]
    public void Editorconfig_none_turns_a_rule_off()
    {
        var options = TestOptionsProvider.WithEditorConfig("/ladders/.editorconfig", "root = true\n\n[*.{yaml,yml}]\ncareerladder_diagnostic.CL0024.severity = none\n");

        Assert.Empty(RunWith(options));
    }

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> RunWith(TestOptionsProvider options)
    {
        GeneratorHarness.CreateDriver(Files, options).RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out _, out var diagnostics);
        return diagnostics;
    }

    [Fact]
    public Task Globalconfig_changes_the_severity() =>
        GeneratorVerifier.VerifyDiagnosticsAsync(
            Files,
            test => test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.CL0024.severity = suggestion\n")),
            CodeNumber(DiagnosticSeverity.Info));

    [Fact]
    public Task NoWarn_suppresses_the_rule() =>
        GeneratorVerifier.VerifyDiagnosticsAsync(Files, test => WithSpecificOption(test, ReportDiagnostic.Suppress));

    [Fact]
    public Task WarningsAsErrors_makes_the_rule_an_error() =>
        GeneratorVerifier.VerifyDiagnosticsAsync(Files, test => WithSpecificOption(test, ReportDiagnostic.Error), CodeNumber(DiagnosticSeverity.Error));

    private static void WithSpecificOption(CSharpSourceGeneratorTest<LadderGenerator, DefaultVerifier> test, ReportDiagnostic option) =>
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithSpecificDiagnosticOptions(
                new Dictionary<string, ReportDiagnostic>(options.SpecificDiagnosticOptions) { ["CL0024"] = option }));
        });
}
