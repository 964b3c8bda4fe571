using System.Threading.Tasks;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>Each basic rule, reported by the generator at the exact YAML span with the exact message arguments.</summary>
public sealed class DiagnosticSpanTests
{
    [Fact]
    public Task Clean_ladder_reports_nothing() => GeneratorVerifier.VerifyDiagnosticsAsync(WithTrack(TrackYaml));

    [Fact]
    public Task Malformed_yaml_is_CL0001_at_the_broken_line() =>
        GeneratorVerifier.VerifyDiagnosticsAsync(
            WithTrack(TrackYaml + "oops: [unclosed\n"),
            new DiagnosticResult("CL0001", DiagnosticSeverity.Error).WithSpan(TrackPath, 22, 7, 22, 8)
                .WithArguments("the '[' at line 22, column 7 opens a list that is never closed; add ']' where it ends, or put the value in double quotes if the bracket is part of the text"),
            new DiagnosticResult("CL0002", DiagnosticSeverity.Error).WithSpan(TrackPath, 22, 1, 22, 5)
                .WithArguments("oops", "the track file", " Expected one of: abbreviation, levels, links, name, renamed-from, retired, summary, track."));

    [Fact]
    public Task Unknown_key_is_CL0002_with_did_you_mean() =>
        GeneratorVerifier.VerifyDiagnosticsAsync(
            WithTrack(TrackYaml.Replace("    title: Backend 2\n", "    title: Backend 2\n    senority: Senior\n").Replace("    seniority: Senior\n", string.Empty)),
            new DiagnosticResult("CL0002", DiagnosticSeverity.Error).WithSpan(TrackPath, 15, 5, 15, 13)
                .WithArguments("senority", "level 'BE2'", " Did you mean 'seniority'?"));

    [Fact]
    public Task Missing_required_key_is_CL0003_at_the_mapping_head() =>
        GeneratorVerifier.VerifyDiagnosticsAsync(
            WithTrack(TrackYaml.Replace("    title: Backend 1\n", string.Empty)),
            new DiagnosticResult("CL0003", DiagnosticSeverity.Error).WithSpan(TrackPath, 5, 5, 5, 9).WithArguments("Level 'BE1'", "title"));

    [Fact]
    public Task Wrong_type_is_CL0004() =>
        GeneratorVerifier.VerifyDiagnosticsAsync(
            WithTrack(TrackYaml.Replace("    rank: 2\n", "    rank: two\n")),
            new DiagnosticResult("CL0004", DiagnosticSeverity.Error).WithSpan(TrackPath, 13, 11, 13, 14)
                .WithArguments("'rank' of level 'BE2'", "a whole number", "the text 'two'"));

    [Fact]
    public Task Duplicate_key_is_CL0005_with_the_first_definition_as_additional_location() =>
        GeneratorVerifier.VerifyDiagnosticsAsync(
            WithTrack(TrackYaml.Replace("    title: Backend 2\n", "    title: Backend 2\n    title: Backend Two\n")),
            new DiagnosticResult("CL0005", DiagnosticSeverity.Error).WithSpan(TrackPath, 15, 5, 15, 10).WithSpan(TrackPath, 14, 5, 14, 10)
                .WithArguments("title", "14"));

    [Fact]
    public Task Unknown_step_is_CL0009_with_did_you_mean() =>
        GeneratorVerifier.VerifyDiagnosticsAsync(
            WithTrack(TrackYaml.Replace("technology: Adopts", "technology: Adopt")),
            new DiagnosticResult("CL0009", DiagnosticSeverity.Error).WithSpan(TrackPath, 10, 19, 10, 24)
                .WithArguments("Adopt", "technology", " Did you mean 'Adopts'?"));

    [Fact]
    public Task Unknown_competency_is_CL0008_with_did_you_mean() =>
        GeneratorVerifier.VerifyDiagnosticsAsync(
            WithTrack(TrackYaml.Replace("      influence: Team\n", "      influense: Team\n")),
            new DiagnosticResult("CL0008", DiagnosticSeverity.Error).WithSpan(TrackPath, 11, 7, 11, 16)
                .WithArguments("influense", " Did you mean 'influence'?"));

    [Fact]
    public Task Section_of_the_wrong_shape_is_CL0011() =>
        GeneratorVerifier.VerifyDiagnosticsAsync(
            WithTrack(TrackYaml.Replace("      years: 3+\n", "      years: [3, 4]\n")),
            new DiagnosticResult("CL0011", DiagnosticSeverity.Error).WithSpan(TrackPath, 20, 14, 20, 20)
                .WithArguments("years", "text", "a single text"));

    [Fact]
    public Task Step_names_colliding_in_csharp_are_CL0017() =>
        GeneratorVerifier.VerifyDiagnosticsAsync(
            new[] { (FrameworkPath, FrameworkYaml.Replace("[Team, Multiple Teams, Company]", "[Team, Multiple Teams, MultipleTeams]")), (TrackPath, TrackYaml) },
            new DiagnosticResult("CL0017", DiagnosticSeverity.Error).WithSpan(FrameworkPath, 14, 35, 14, 48)
                .WithArguments("MultipleTeams", "MultipleTeams", "is already used by 'Multiple Teams' in the steps of competency 'influence'"));
}
