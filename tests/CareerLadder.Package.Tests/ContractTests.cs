using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace CareerLadder.Package.Tests;

/// <summary>
/// A ladder package is a contract: a service compiled against version 1 of a ladder library keeps working, without
/// being recompiled, when a transitive upgrade brings version 2 with only additive changes (a track whose id sorts
/// first, a competency and a section at the top of the framework, a new top level). Every stored int, compiled enum
/// constant and call keeps its meaning; recompiled against version 2, the service still builds with warnings as errors.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ContractTests
{
    /// <summary>
    /// The service: the first run stores enum values as ints in a file (as a database would), every run decodes them
    /// through the ladder library it runs against and uses the v1 API: compiled constants, Assess, extension methods.
    /// </summary>
    private const string ServiceProgram = """
        using System;
        using System.IO;
        using System.Linq;
        using Acme.Ladders;

        var store = args[0];
        if (!File.Exists(store))
        {
            File.WriteAllLines(store, new[]
            {
                ((int)TrackId.Backend).ToString(), ((int)TrackId.Quality).ToString(),
                ((int)CompetencyId.Technology).ToString(), ((int)CompetencyId.Influence).ToString(),
                ((int)SectionId.Years).ToString(), ((int)BackendLevel.BE2).ToString(), ((int)InfluenceStep.MultipleTeams).ToString(),
            });
        }

        var stored = File.ReadAllLines(store).Select(int.Parse).ToArray();
        Console.WriteLine("tracks: " + CareerLadders.Tracks.Count + ", competencies: " + CareerLadders.Competencies.Count);
        Console.WriteLine("stored tracks: " + ((TrackId)stored[0]).ToTrack().Id + ", " + ((TrackId)stored[1]).ToTrack().Id);
        Console.WriteLine("stored competencies: " + ((CompetencyId)stored[2]).ToCompetency().Id + ", " + ((CompetencyId)stored[3]).ToCompetency().Id);
        Console.WriteLine("stored section: " + (CareerLadders.Backend.BE2.TryGetSection((SectionId)stored[4], out var years) ? years.Text : null));
        Console.WriteLine("stored level: " + CareerLadders.Backend[(BackendLevel)stored[5]].Code);
        Console.WriteLine("stored step: " + CompetencyId.Influence.ToCompetency().Steps[stored[6] - 1].Name);
        Console.WriteLine("constants: " + TrackId.Quality.ToTrack().Id + ", " + CompetencyId.Influence.ToCompetency().Id + ", " + GetName(TrackId.Quality));
        Console.WriteLine("expectation: " + CareerLadders.Backend.BE2.Expectation(CompetencyId.Technology)?.Step.Name);
        Console.WriteLine("typed step: " + CareerLadders.Quality.QE2.GetTechnologyStep());
        var assessment = CareerLadders.Assess(new AssessedSteps { Technology = TechnologyStep.Specializes, Influence = InfluenceStep.MultipleTeams });
        Console.WriteLine("assess: " + assessment.Backend.Level?.Code + " " + assessment[TrackId.Quality].Level?.Code + " " + assessment.Quality.Distance);
        Console.WriteLine("lookup: " + (CareerLadders.TryGetTrack("qe", out var track) ? track.Id : "none") + ", " + (CareerLadders.TryGetLevel("be1", out var level) ? level.Code : "none"));

        static string GetName(TrackId id) => id.ToString();
        """;

    private readonly PackageFixture _package;

    public ContractTests(PackageFixture package)
    {
        _package = package;
        _package.AssertPacked();
    }

    [Fact]
    public async Task A_service_compiled_against_v1_runs_unchanged_against_an_additive_v2_and_rebuilds_against_it()
    {
        var folder = IsolatedFolder.Create(_package, "contract", "Acme.*");
        folder.Write("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NuGetAudit>false</NuGetAudit>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
            </Project>
            """);
        folder.Write("Acme.Ladders/Acme.Ladders.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <RootNamespace>Acme.Ladders</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CareerLadder" Version="{_package.Version}" />
              </ItemGroup>
            </Project>
            """);
        var suffix = Guid.NewGuid().ToString("N").Substring(0, 8);
        var v1 = "1.0.0-test." + suffix;
        var v2 = "1.1.0-test." + suffix;
        await PackLibraryAsync(folder, "v1", v1);
        await PackLibraryAsync(folder, "v2", v2);

        WriteService(folder, v1);
        var build = await folder.DotNetAsync("Service", "build", "Service.csproj");
        AssertCleanBuild(build);
        var store = Path.Combine(folder.Root, "stored.txt");
        var before = await RunAsync(folder, store);

        // What a transitive upgrade does: the service's own code stays as compiled, the library's assembly is v2.
        using (var package = ZipFile.OpenRead(Path.Combine(_package.FeedDirectory, $"Acme.Ladders.{v2}.nupkg")))
        {
            package.GetEntry("lib/netstandard2.0/Acme.Ladders.dll")!.ExtractToFile(Path.Combine(folder.Root, "Service", "bin", "Debug", "net10.0", "Acme.Ladders.dll"), overwrite: true);
        }

        var upgraded = await RunAsync(folder, store);
        WriteService(folder, v2);
        var rebuild = await folder.DotNetAsync("Service", "build", "Service.csproj");
        AssertCleanBuild(rebuild);
        var recompiled = await RunAsync(folder, store);

        Assert.Equal("tracks: 2, competencies: 2", before[0]);
        Assert.Equal("tracks: 3, competencies: 3", upgraded[0]);
        Assert.Equal("tracks: 3, competencies: 3", recompiled[0]);
        Assert.Equal(new[]
        {
            "stored tracks: backend, quality",
            "stored competencies: technology, influence",
            "stored section: 3-5",
            "stored level: BE2",
            "stored step: Multiple Teams",
            "constants: quality, influence, Quality",
            "expectation: Specializes",
            "typed step: Evangelizes",
            "assess: BE2 QE2 1",
            "lookup: quality, BE1",
        }, before.Skip(1));
        Assert.Equal(before.Skip(1), upgraded.Skip(1));
        Assert.Equal(before.Skip(1), recompiled.Skip(1));
    }

    [Fact]
    public async Task The_baseline_beside_ladders_kept_outside_the_project_is_found_and_a_removed_shipped_level_fails_the_build()
    {
        var folder = IsolatedFolder.Create(_package, "baseline-beside-ladders");
        folder.Write("Directory.Build.props", "<Project><PropertyGroup><TreatWarningsAsErrors>true</TreatWarningsAsErrors><NuGetAudit>false</NuGetAudit></PropertyGroup></Project>");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_package.RepositoryRoot, "tests", "CareerLadder.Package.Tests", "Contract", "v1", "ladders")))
        {
            folder.Write(Path.Combine("shared-ladders", Path.GetFileName(file)), File.ReadAllText(file));
        }

        folder.Write("shared-ladders/ladders.shipped.txt", """
            #! careerladder-baseline 2
            track backend
            level backend BE1 1
            level backend BE2 2
            track quality
            level quality QE1 1
            level quality QE2 2
            competency influence
            step influence 1 Team
            step influence 2 Multiple Teams
            step influence 3 Company
            competency technology
            step technology 1 Adopts
            step technology 2 Specializes
            step technology 3 Evangelizes
            section years

            """);
        folder.Write("Ladders/Ladders.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <CareerLadderFiles>$(MSBuildThisFileDirectory)../shared-ladders/*.yaml</CareerLadderFiles>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CareerLadder" Version="{_package.Version}" />
              </ItemGroup>
            </Project>
            """);
        AssertCleanBuild(await folder.DotNetAsync("Ladders", "build", "Ladders.csproj"));

        var backend = Path.Combine(folder.Root, "shared-ladders", "backend.yaml");
        var text = File.ReadAllText(backend);
        File.WriteAllText(backend, text.Substring(0, text.IndexOf("  - code: BE2", StringComparison.Ordinal)));
        var broken = await folder.DotNetAsync("Ladders", "build", "Ladders.csproj");

        Assert.False(broken.Succeeded, broken.ToString());
        Assert.Contains("error CL0077: Level 'BE2' (rank 2) is in the baseline but no longer in track 'backend'", broken.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_declared_public_member_of_the_runtime_fails_its_build()
    {
        // A copy of the runtime's sources whose API file declares a member the code does not have: exactly what deleting
        // a shipped public member leaves behind.
        var root = Path.Combine(_package.TempRoot, "api-check");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" })
        {
            CopyFile(file, root);
        }

        foreach (var project in new[] { "CareerLadder", "CareerLadder.Generator", "CareerLadder.Authoring" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(_package.RepositoryRoot, "src", project), "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(_package.RepositoryRoot, path))
                .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")))
            {
                CopyFile(file, root);
            }
        }

        CopyFile(Path.Combine("src", "Directory.Build.props"), root);
        File.AppendAllText(Path.Combine(root, "src", "CareerLadder", "PublicAPI", "net8.0", "PublicAPI.Shipped.txt"), "CareerLadder.Level.Removed.get -> string!\n");

        var build = await DotNet.RunAsync(root, new System.Collections.Generic.Dictionary<string, string> { ["NUGET_PACKAGES"] = _package.PackagesDirectory },
            new[] { "build", Path.Combine("src", "CareerLadder", "CareerLadder.csproj"), "-c", "Release", "-f", "net8.0" }.Concat(DotNet.NoServers).ToArray());

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains("error RS0017", build.Output, StringComparison.Ordinal);
        Assert.Contains("CareerLadder.Level.Removed.get", build.Output, StringComparison.Ordinal);
    }

    private void CopyFile(string relativePath, string root)
    {
        var target = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(_package.RepositoryRoot, relativePath), target, overwrite: true);
    }

    /// <summary>Packs the ladder library with the ladders of <paramref name="version"/> (a folder under Contract/).</summary>
    private async Task PackLibraryAsync(IsolatedFolder folder, string ladders, string version)
    {
        var target = Path.Combine(folder.Root, "Acme.Ladders", "ladders");
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_package.RepositoryRoot, "tests", "CareerLadder.Package.Tests", "Contract", ladders, "ladders")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var pack = await folder.DotNetAsync("Acme.Ladders", "pack", "Acme.Ladders.csproj", "-o", _package.FeedDirectory, "-p:Version=" + version);
        AssertCleanBuild(pack);
    }

    private static void WriteService(IsolatedFolder folder, string libraryVersion)
    {
        folder.Write("Service/Service.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Acme.Ladders" Version="{libraryVersion}" />
              </ItemGroup>
            </Project>
            """);
        folder.Write("Service/Program.cs", ServiceProgram);
    }

    private static async Task<string[]> RunAsync(IsolatedFolder folder, string store)
    {
        var run = await folder.DotNetAsync("Service", "exec", Path.Combine("bin", "Debug", "net10.0", "Service.dll"), store);
        Assert.True(run.Succeeded, run.ToString());
        return run.Output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();
    }

    private static void AssertCleanBuild(ProcessResult build)
    {
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotMatch(new Regex(@": warning [A-Z]+\d+"), build.Output);
    }
}
