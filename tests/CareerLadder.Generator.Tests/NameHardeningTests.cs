using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// The names an attack run found breaking the generated code, each through the real generator and compiled:
/// the build gets either valid generated code or the expected CL diagnostic at the YAML line, never a CS error or
/// warning, never CS8785.
/// </summary>
public sealed class NameHardeningTests
{
    public static TheoryData<string> Cases() => new(NameRepros.All.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Repro_gives_valid_code_or_a_CL_diagnostic_at_the_yaml_line(string name)
    {
        var (files, expectedRule, expectedLine) = NameRepros.All[name];

        var outcome = GeneratorHarness.Run(files);

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Id.StartsWith("CS", StringComparison.Ordinal));
        Assert.True(outcome.CompilationDiagnostics.IsEmpty, "Generated code has compiler diagnostics:\n" + string.Join("\n", outcome.CompilationDiagnostics));
        var errors = outcome.GeneratorDiagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        if (expectedRule is null)
        {
            Assert.Empty(errors);
            return;
        }

        // Other rules may also apply to an odd name (a code without the track's abbreviation is CL0027); the name rule fires once.
        var error = Assert.Single(errors, diagnostic => diagnostic.Id == expectedRule);
        var span = error.Location.GetLineSpan();
        Assert.EndsWith(".yaml", span.Path, StringComparison.Ordinal);
        Assert.Equal(expectedLine, span.StartLinePosition.Line + 1);
    }

    [Theory]
    [InlineData("tracks ab-c and abc")]
    [InlineData("120-character track id")]
    public void Hint_names_differ_ignoring_case_and_are_bounded(string name)
    {
        var outcome = GeneratorHarness.Run(NameRepros.All[name].Files);

        var hints = outcome.HintNames.ToList();
        Assert.True(hints.Count >= 2);
        Assert.Equal(hints.Count, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(hints, hint => Assert.True(hint.Length <= 64 + ".g.cs".Length, hint));
    }
}

/// <summary>The repro ladders: files, the CL error expected (null: the code must simply compile) and its line.</summary>
internal static class NameRepros
{
    public static readonly Dictionary<string, (IReadOnlyList<(string Path, string Text)> Files, string? Rule, int Line)> All = Build();

    private static Dictionary<string, (IReadOnlyList<(string Path, string Text)> Files, string? Rule, int Line)> Build()
    {
        var cases = new Dictionary<string, (IReadOnlyList<(string Path, string Text)> Files, string? Rule, int Line)>(StringComparer.Ordinal);
        foreach (var id in new[] { "career-ladders", "section-key", "try-get-level", "memberwise-clone", "ladder-assessment", "get-type" })
        {
            cases["track id " + id] = (WithTrack(TrackYaml.Replace("track: backend", "track: " + id, StringComparison.Ordinal)), "CL0017", 1);
        }

        foreach (var code in new[] { "Cultures", "ReferenceEquals", "s_levelOrder", "get_Item", "Item", "BackendTrack", "GetHashCode", "value__" })
        {
            cases["level code " + code] = (WithTrack(TrackYaml.Replace("code: BE2", "code: " + code, StringComparison.Ordinal)), "CL0017", 12);
        }

        cases["level codes G1 and get_G1"] = (WithTrack(TrackYaml
            .Replace("code: BE1", "code: G1", StringComparison.Ordinal)
            .Replace("code: BE2", "code: get_G1", StringComparison.Ordinal)), "CL0017", 12);
        cases["track id track-id"] = (WithTrack(TrackYaml.Replace("track: backend", "track: track-id", StringComparison.Ordinal)), null, 0);
        cases["level code BE_HasFlag"] = (WithTrack(TrackYaml.Replace("code: BE2", "code: BE_HasFlag", StringComparison.Ordinal)), null, 0);
        cases["competency id nameof"] = (Files(FrameworkYaml.Replace("  influence:", "  nameof:", StringComparison.Ordinal), TrackYaml.Replace("influence:", "nameof:", StringComparison.Ordinal)), null, 0);
        foreach (var keyword in new[] { "value", "var", "await", "global", "track", "table" })
        {
            cases["competency id " + keyword] = (Files(FrameworkYaml.Replace("  influence:", "  " + keyword + ":", StringComparison.Ordinal), TrackYaml.Replace("influence:", keyword + ":", StringComparison.Ordinal)), null, 0);
        }

        cases["abbreviation with a trailing newline"] = (WithTrack(TrackYaml.Replace("abbreviation: BE", "abbreviation: \"BE\\n\"", StringComparison.Ordinal)), "CL0006", 3);
        cases["track id with a trailing newline"] = (WithTrack(TrackYaml.Replace("track: backend", "track: \"backend\\n\"", StringComparison.Ordinal)), "CL0006", 1);
        cases["codes BE1 and BE1 with a trailing newline"] = (WithTrack(TrackYaml.Replace("code: BE2", "code: \"BE1\\n\"", StringComparison.Ordinal)), "CL0006", 12);
        cases["steps 2, !!!, 4"] = (Files(FrameworkYaml.Replace("[Team, Multiple Teams, Company]", "[\"2\", \"!!!\", \"4\"]", StringComparison.Ordinal), TrackYaml
            .Replace("influence: Team", "influence: \"2\"", StringComparison.Ordinal)
            .Replace("influence: Multiple Teams", "influence: \"4\"", StringComparison.Ordinal)), "CL0006", 14);
        cases["1,101-character track id"] = (WithTrack(TrackYaml.Replace("track: backend", "track: " + new string('a', 1101), StringComparison.Ordinal)), "CL0048", 1);
        cases["200-character competency id"] = (Files(FrameworkYaml.Replace("  influence:", "  " + new string('a', 200) + ":", StringComparison.Ordinal), TrackYaml.Replace("influence:", new string('a', 200) + ":", StringComparison.Ordinal)), "CL0048", 12);
        cases["400-character Korean step name"] = (Files(FrameworkYaml.Replace("Multiple Teams", new string('한', 400), StringComparison.Ordinal), TrackYaml.Replace("Multiple Teams", new string('한', 400), StringComparison.Ordinal)), "CL0048", 14);
        cases["120-character track id"] = (WithTrack(TrackYaml.Replace("track: backend", "track: " + new string('b', 120), StringComparison.Ordinal)), null, 0);
        cases["301-character track id"] = (WithTrack(TrackYaml.Replace("track: backend", "track: " + new string('b', 301), StringComparison.Ordinal)), "CL0048", 1);
        cases["tracks ab-c and abc"] = (new[]
        {
            (FrameworkPath, FrameworkYaml),
            ("/ladders/ab-c.yaml", TrackYaml.Replace("track: backend", "track: ab-c", StringComparison.Ordinal)),
            ("/ladders/abc.yaml", TrackYaml.Replace("track: backend", "track: abc", StringComparison.Ordinal).Replace("abbreviation: BE", "abbreviation: AB", StringComparison.Ordinal).Replace("BE", "AB", StringComparison.Ordinal)),
        }, null, 0);
        cases["framework without tracks"] = (new[] { (FrameworkPath, FrameworkYaml) }, null, 0);
        return cases;
    }

    private static (string Path, string Text)[] Files(string framework, string track) => new[] { (FrameworkPath, framework), (TrackPath, track) };
}
