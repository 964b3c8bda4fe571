using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Evolution;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// Checked-in broken ladders with the exact diagnostics they must produce (id, severity, span, message), one line each
/// in expected.txt. Fixtures/Rules/CLxxxx holds a minimal case per rule; Fixtures/Seeds holds each seed transcribed
/// literally, defects included, on top of the repository's other ladders. UPDATE_SNAPSHOTS=1 rewrites expected.txt.
/// </summary>
public sealed class FixtureTests
{
    /// <summary>Rules that need something other than YAML files to trigger, with the test that covers each.</summary>
    private static readonly Dictionary<string, string> RulesCoveredElsewhere = new()
    {
        ["CL0019"] = nameof(GeneratorRobustnessTests.Invalid_namespace_property_is_CL0019_and_the_default_namespace_is_used),
        ["CL0020"] = nameof(GeneratorRobustnessTests.Unexpected_failure_in_validation_is_CL0020_not_an_exception),
        ["CL0045"] = nameof(ProjectSetupTests.A_direct_reference_without_ladder_files_gets_one_CL0045_naming_the_globs_and_no_empty_catalog),
        ["CL0046"] = nameof(ProjectSetupTests.A_language_version_older_than_7_3_is_CL0046_and_nothing_is_generated),
        ["CL0047"] = nameof(ProjectSetupTests.Own_ladders_in_the_namespace_of_a_referenced_ladder_library_are_CL0047_not_a_hidden_catalog),
        ["CL0088"] = nameof(DiagnosticFloodTests.A_baseline_of_60000_tracks_the_ladders_lack_reports_100_of_them_and_one_summary),
    };

    public static TheoryData<string> RuleFixtures() => Directories("Rules");

    public static TheoryData<string> SeedFixtures() => Directories("Seeds");

    [Theory]
    [MemberData(nameof(RuleFixtures))]
    public void Rule_fixture_reports_exactly_its_expected_diagnostics(string name)
    {
        var directory = GeneratorHarness.FixturePath("Rules", name);
        var files = YamlFiles(directory).ToList();
        if (!files.Any(file => Path.GetFileName(file.Path) == "framework.yaml") && !File.Exists(Path.Combine(directory, "no-framework")))
        {
            files.Add(("/ladders/framework.yaml", File.ReadAllText(GeneratorHarness.FixturePath("Rules", "framework.yaml"))));
        }

        var actual = Verify(name, "Rules", files);

        Assert.Contains(actual, line => line.Contains(" " + name + ":", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SeedFixtures))]
    public void Seed_transcribed_literally_reports_its_defects(string name)
    {
        var literal = YamlFiles(GeneratorHarness.FixturePath("Seeds", name)).ToList();
        var replaced = literal.Select(file => Path.GetFileName(file.Path)).ToHashSet(StringComparer.Ordinal);
        var files = GeneratorHarness.LoadDirectory(Path.Combine(GeneratorHarness.RepositoryRoot, "ladders"))
            .Where(file => !replaced.Contains(Path.GetFileName(file.Path)))
            .Select(file => ("/ladders/" + Path.GetFileName(file.Path), file.Text))
            .Concat(literal)
            .ToList();

        var actual = Verify(name, "Seeds", files, onlyIn: replaced);

        Assert.NotEmpty(actual);
    }

    [Fact]
    public void Every_rule_has_a_fixture_or_a_dedicated_test()
    {
        var fixtures = Directory.EnumerateDirectories(GeneratorHarness.FixturePath("Rules")).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in LadderRules.All)
        {
            Assert.True(fixtures.Contains(rule.Id) || RulesCoveredElsewhere.ContainsKey(rule.Id), $"{rule.Id} has no fixture in Fixtures/Rules and no dedicated test.");
        }
    }

    internal static string[] Verify(string name, string kind, IReadOnlyCollection<(string Path, string Text)> files, ISet<string>? onlyIn = null)
    {
        var outcome = GeneratorHarness.Run(files);
        var actual = outcome.GeneratorDiagnostics
            .Where(diagnostic => onlyIn is null || onlyIn.Contains(Path.GetFileName(diagnostic.Location.GetLineSpan().Path)))
            .OrderBy(diagnostic => diagnostic.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.GetLineSpan().StartLinePosition)
            .ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .Select(Format)
            .ToArray();
        var expectedPath = GeneratorHarness.FixturePath(kind, name, "expected.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            WriteExpected(kind, name, actual);
        }

        var expected = (File.Exists(expectedPath) ? File.ReadAllLines(expectedPath) : System.Array.Empty<string>()).Where(line => line.Length > 0).ToArray();
        Assert.Equal(expected, actual);
        Assert.Empty(outcome.CompilationDiagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        return actual;
    }

    private static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var related = string.Concat(diagnostic.AdditionalLocations.Select<Location, string>(location =>
        {
            var other = location.GetLineSpan();
            return string.Create(CultureInfo.InvariantCulture, $" [also {Path.GetFileName(other.Path)}({other.StartLinePosition.Line + 1},{other.StartLinePosition.Character + 1})]");
        }));
        return string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1},{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}{related}");
    }

    private static IEnumerable<(string Path, string Text)> YamlFiles(string directory) =>
        Directory.EnumerateFiles(directory)
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || Path.GetFileName(path) == BaselineText.FileName)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => ("/ladders/" + Path.GetFileName(path), File.ReadAllText(path)));

    private static TheoryData<string> Directories(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.EnumerateDirectories(GeneratorHarness.FixturePath(kind)).OrderBy(path => path, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    private static void WriteExpected(string kind, string name, string[] lines)
    {
        var content = string.Join("\n", lines) + "\n";
        File.WriteAllText(GeneratorHarness.SourcePath("Fixtures", kind, name, "expected.txt"), content);
        File.WriteAllText(GeneratorHarness.FixturePath(kind, name, "expected.txt"), content);
    }
}
