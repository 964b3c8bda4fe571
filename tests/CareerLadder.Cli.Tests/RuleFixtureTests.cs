using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CareerLadder.Cli.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Cli.Tests;

/// <summary>
/// <c>validate</c> over each broken ladder of the generator's rule fixtures reports exactly the diagnostics the generator
/// reports (expected.txt: id, severity, full span, message and additional locations).
/// </summary>
public sealed class RuleFixtureTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.EnumerateDirectories(Repository.RuleFixtures).OrderBy(path => path, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Validate_reports_the_generator_diagnostics_of_the_fixture(string name)
    {
        using var temp = PrepareFixture(name);
        var expected = File.ReadAllLines(Path.Combine(Repository.RuleFixtures, name, "expected.txt"))
            .Where(line => line.Length > 0)
            .Select(line => line.Replace(" /ladders/", " ladders/", StringComparison.Ordinal))
            .ToArray();

        var json = CliRunner.Run(temp.Path, "validate", "ladders", "--format", "json");
        var text = CliRunner.Run(temp.Path, "validate", "ladders");

        var expectedExit = expected.Any(line => line.Contains("): error CL", StringComparison.Ordinal)) ? 1 : 0;
        Assert.True(json.ExitCode == expectedExit, json.ToString());
        Assert.True(text.ExitCode == expectedExit, text.ToString());
        Assert.Equal(expected, FromJson(json.Out));
        var textLines = text.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Select(ToCompilerFormat), textLines.Take(textLines.Length - 1));
    }

    private static TempDirectory PrepareFixture(string name)
    {
        var temp = new TempDirectory();
        var source = Path.Combine(Repository.RuleFixtures, name);
        var ladders = temp.Combine("ladders");
        Directory.CreateDirectory(ladders);
        foreach (var file in Directory.EnumerateFiles(source).Where(file => file.EndsWith(".yaml", StringComparison.Ordinal) || Path.GetFileName(file) == "ladders.shipped.txt"))
        {
            File.Copy(file, Path.Combine(ladders, Path.GetFileName(file)));
        }

        if (!File.Exists(Path.Combine(source, "framework.yaml")) && !File.Exists(Path.Combine(source, "no-framework")))
        {
            File.Copy(Path.Combine(Repository.RuleFixtures, "framework.yaml"), Path.Combine(ladders, "framework.yaml"));
        }

        return temp;
    }

    /// <summary>Formats the JSON diagnostics like the generator's expected.txt.</summary>
    private static string[] FromJson(string output)
    {
        using var json = JsonDocument.Parse(output);
        var lines = new List<string>();
        foreach (var diagnostic in json.RootElement.GetProperty("diagnostics").EnumerateArray())
        {
            var also = string.Concat(diagnostic.GetProperty("additionalLocations").EnumerateArray().Select(location => string.Create(
                CultureInfo.InvariantCulture,
                $" [also {Path.GetFileName(location.GetProperty("path").GetString())}({location.GetProperty("startLine").GetInt32()},{location.GetProperty("startColumn").GetInt32()})]")));
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{Path.GetFileName(diagnostic.GetProperty("path").GetString())}({diagnostic.GetProperty("startLine").GetInt32()},{diagnostic.GetProperty("startColumn").GetInt32()},{diagnostic.GetProperty("endLine").GetInt32()},{diagnostic.GetProperty("endColumn").GetInt32()}): {diagnostic.GetProperty("severity").GetString()} {diagnostic.GetProperty("id").GetString()}: {diagnostic.GetProperty("message").GetString()}{also}"));
        }

        return lines.ToArray();
    }

    /// <summary><c>file(l,c,el,ec): sev id: message [also ...]</c> → <c>ladders/file(l,c): sev id: message</c>.</summary>
    private static string ToCompilerFormat(string expected)
    {
        var open = expected.IndexOf('(', StringComparison.Ordinal);
        var close = expected.IndexOf(')', StringComparison.Ordinal);
        var numbers = expected.Substring(open + 1, close - open - 1).Split(',');
        var rest = expected.Substring(close);
        var also = rest.IndexOf(" [also ", StringComparison.Ordinal);
        if (also >= 0)
        {
            rest = rest.Substring(0, also);
        }

        return "ladders/" + expected.Substring(0, open) + "(" + numbers[0] + "," + numbers[1] + rest;
    }
}
