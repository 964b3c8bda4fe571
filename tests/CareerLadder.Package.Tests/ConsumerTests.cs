using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace CareerLadder.Package.Tests;

/// <summary>
/// A fresh console project outside the repository references the packed CareerLadder by version from the folder feed,
/// adds ladders, builds and runs: the experience of an internal service installing the package.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerTests
{
    private const string TrackFile = "technical-program-manager.yaml";
    private const string GeneratedFolder = "obj/Debug/net10.0/generated/CareerLadder.Generator/CareerLadder.Generator.LadderGenerator";

    private const string Program = """
        using System;
        using Acme.People.Ladders;

        var tpm5 = CareerLadders.TechnicalProgramManager.TPM5;
        Console.WriteLine("Tracks: " + CareerLadders.Tracks.Count);
        Console.WriteLine("Level: " + tpm5);
        Console.WriteLine("System: " + tpm5.Expectation(CompetencyId.System)?.Step);
        Console.WriteLine("Gap: " + tpm5.GapTo(tpm5.Next!));
        Console.WriteLine("Lookup: " + (CareerLadders.TryGetLevel("tpm6", out var level) ? level.Code : "none"));
        Console.WriteLine("Next: " + string.Join(", ", System.Linq.Enumerable.Select(tpm5.NextSteps, step => step.Code)));
        """;

    private readonly PackageFixture _package;

    public ConsumerTests(PackageFixture package)
    {
        _package = package;
        _package.AssertPacked();
    }

    [Fact]
    public async Task A_fresh_consumer_restores_the_package_from_the_feed_builds_and_runs_its_ladders()
    {
        var consumer = CreateConsumer("consumer-ok");

        var build = await BuildAsync(consumer);

        Assert.True(build.Succeeded, build.ToString());
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);
        var restored = Path.Combine(_package.PackagesDirectory, "careerladder", _package.Version);
        Assert.True(Directory.Exists(restored), $"The package was not restored into {restored}. {build}");

        var output = Path.Combine(consumer, "bin", "Debug", "net10.0");
        var files = Directory.GetFiles(output).Select(Path.GetFileName).ToArray();
        Assert.Contains("CareerLadder.dll", files);
        var leaked = files.Where(name => name!.StartsWith("YamlDotNet", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("CareerLadder.Generator", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("CareerLadder.Authoring", StringComparison.OrdinalIgnoreCase)).ToArray();
        Assert.True(leaked.Length == 0, "Build-time assemblies in the consumer's output: " + string.Join(", ", leaked));
        var deps = File.ReadAllText(Path.Combine(output, "Consumer.deps.json"));
        Assert.DoesNotContain("YamlDotNet", deps, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", deps, StringComparison.Ordinal);

        // EmitCompilerGeneratedFiles: one readable file per track plus the catalog, in the configured namespace.
        var generated = Path.Combine(consumer, GeneratedFolder);
        Assert.True(File.Exists(Path.Combine(generated, "CareerLadders.g.cs")), $"No generated catalog in {generated}.");
        var track = File.ReadAllText(Path.Combine(generated, "TechnicalProgramManagerTrack.g.cs"));
        Assert.Contains("namespace Acme.People.Ladders", track, StringComparison.Ordinal);

        var run = await DotNet.RunAsync(consumer, Environment(), "exec", Path.Combine(output, "Consumer.dll"));

        Assert.True(run.Succeeded, run.ToString());
        var lines = run.Output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();
        Assert.True(lines.Length == 6, run.ToString());
        Assert.Equal("Tracks: 3", lines[0]);
        Assert.Equal("Level: TPM5 - Technical Program Manager 5", lines[1]);
        Assert.Equal("System: Owns", lines[2]);
        Assert.StartsWith("Gap: TPM5 → TPM6: ", lines[3], StringComparison.Ordinal);
        Assert.Contains("System: Owns → Evolves (+1)", lines[3], StringComparison.Ordinal);
        Assert.Equal("Lookup: TPM6", lines[4]);
        Assert.Equal("Next: TPM6, PM5", lines[5]);
    }

    [Fact]
    public async Task A_broken_ladder_fails_the_consumer_build_with_CL0001_at_its_line()
    {
        var consumer = CreateConsumer("consumer-broken");
        var trackPath = Path.Combine(consumer, "ladders", TrackFile);
        var text = File.ReadAllText(trackPath).TrimEnd('\n');
        File.WriteAllText(trackPath, text + "\nbroken: [unclosed\n");
        var brokenLine = text.Split('\n').Length + 1;

        var build = await BuildAsync(consumer);

        Assert.False(build.Succeeded, build.ToString());
        var errors = Regex.Matches(build.Output, @"(?<file>[^\s:]+)\((?<line>\d+),(?<column>\d+)\): error (?<id>CL\d{4}):")
            .Select(match => (File: match.Groups["file"].Value, Line: int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), Id: match.Groups["id"].Value))
            .Distinct()
            .ToArray();
        var syntax = Assert.Single(errors, error => error.Id == "CL0001");
        Assert.EndsWith(TrackFile, syntax.File, StringComparison.Ordinal);
        Assert.All(errors, error => Assert.EndsWith(TrackFile, error.File, StringComparison.Ordinal));
        Assert.True(brokenLine == syntax.Line, $"CL0001 at line {syntax.Line}, expected {brokenLine}. {build}");

        // The generator loaded (no CS8785 "generator failed", no CS8032 "analyzer could not be loaded") and did not crash.
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CL0020", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_consumer_whose_ladder_folder_has_another_case_gets_CL0045_with_a_hint_instead_of_an_empty_catalog()
    {
        var consumer = CreateConsumer("consumer-wrong-case");
        Directory.Move(Path.Combine(consumer, "ladders"), Path.Combine(consumer, "Ladders"));
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), "System.Console.WriteLine(\"no ladders used\");\n");

        var build = await BuildAsync(consumer);

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains(
            "error CL0045: No ladder file found: this project references CareerLadder, but 'ladders/**/*.yaml, ladders/**/*.yml' matched no framework, track or overlay file "
            + "(there is a folder 'Ladders': folder names are case-sensitive here, so rename it to 'ladders' or set CareerLadderFiles to 'Ladders/**/*.yaml')",
            build.Output,
            StringComparison.Ordinal);
        Assert.DoesNotContain("CS1522", build.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(consumer, GeneratedFolder)) && Directory.EnumerateFiles(Path.Combine(consumer, GeneratedFolder)).Any(), "An empty catalog was generated.");
    }

    [Fact]
    public async Task A_shipped_level_missing_from_the_ladders_fails_the_build_at_its_track_through_the_packaged_baseline()
    {
        var consumer = CreateConsumer("consumer-baseline");
        var shipped = File.ReadAllLines(Path.Combine(_package.RepositoryRoot, "ladders", "ladders.shipped.txt"))
            .Where(line => !line.Contains("quality-director", StringComparison.Ordinal))
            .Select(line => line == "level technical-program-manager TPM6 6" ? line + "\nlevel technical-program-manager TPM7 7" : line);
        File.WriteAllText(Path.Combine(consumer, "ladders", "ladders.shipped.txt"), string.Join("\n", shipped) + "\n");

        var build = await BuildAsync(consumer);

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains(
            TrackFile + "(11,8): error CL0077: Level 'TPM7' (rank 7) is in the baseline but no longer in track 'technical-program-manager'",
            build.Output,
            StringComparison.Ordinal);
        Assert.DoesNotContain("CL0076", build.Output, StringComparison.Ordinal);
    }

    private Task<ProcessResult> BuildAsync(string consumer) =>
        DotNet.RunAsync(consumer, Environment(), new[] { "build", "Consumer.csproj" }.Concat(DotNet.NoServers).ToArray());

    private Dictionary<string, string> Environment() => new(StringComparer.Ordinal)
    {
        ["NUGET_PACKAGES"] = _package.PackagesDirectory,
    };

    /// <summary>A console project in its own isolated folder under the temporary root.</summary>
    private string CreateConsumer(string name)
    {
        var directory = IsolatedFolder.Create(_package, name).Root;
        Directory.CreateDirectory(Path.Combine(directory, "ladders"));
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NuGetAudit>false</NuGetAudit>
                <CareerLadderNamespace>Acme.People.Ladders</CareerLadderNamespace>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>

              <ItemGroup>
                <PackageReference Include="CareerLadder" Version="{_package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), Program);
        // The TPM track's career paths (transitions:) lead to the people-manager track, whose PM5 leads to EM6.
        foreach (var ladder in new[] { "framework.yaml", TrackFile, "people-manager.yaml", "engineering-management.yaml" })
        {
            File.Copy(Path.Combine(_package.RepositoryRoot, "ladders", ladder), Path.Combine(directory, "ladders", ladder));
        }

        return directory;
    }
}
