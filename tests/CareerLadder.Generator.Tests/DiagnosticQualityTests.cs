using System.IO;
using System.Linq;
using CareerLadder.Generator.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// Checked-in ladders for the classes of diagnostic quality: rules that see inherited content, no cascades
/// after a syntax error, suggestions that help. Each folder of Fixtures/Quality holds YAML files and the exact
/// diagnostics they must produce in expected.txt (an empty file means none); a folder without framework.yaml uses
/// Fixtures/Rules/framework.yaml. UPDATE_SNAPSHOTS=1 rewrites expected.txt.
/// </summary>
public sealed class DiagnosticQualityTests
{
    public static TheoryData<string> QualityFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.EnumerateDirectories(GeneratorHarness.FixturePath("Quality")).OrderBy(path => path, System.StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(QualityFixtures))]
    public void Quality_fixture_reports_exactly_its_expected_diagnostics(string name)
    {
        var directory = GeneratorHarness.FixturePath("Quality", name);
        var files = Directory.EnumerateFiles(directory, "*.yaml")
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => ("/ladders/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        if (!files.Any(file => Path.GetFileName(file.Item1) == "framework.yaml"))
        {
            files.Add(("/ladders/framework.yaml", File.ReadAllText(GeneratorHarness.FixturePath("Rules", "framework.yaml"))));
        }

        FixtureTests.Verify(name, "Quality", files);
    }
}
