using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace CareerLadder.Package.Tests;

/// <summary>
/// The way a company consumes CareerLadder: one ladder library (YAML + the package), built once, referenced by many
/// services by ProjectReference and by PackageReference, all with TreatWarningsAsErrors and a CareerLadderNamespace set
/// in a shared Directory.Build.props. The services see the library's tracks and generate nothing themselves.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class SharedLibraryTests
{
    private const string SharedProps = """
        <Project>
          <PropertyGroup>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <NuGetAudit>false</NuGetAudit>
            <ImplicitUsings>disable</ImplicitUsings>
            <CareerLadderNamespace>Acme.Ladders</CareerLadderNamespace>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
          </PropertyGroup>
        </Project>
        """;

    private const string ServiceProgram = """
        using System;
        using Acme.Ladders;

        Console.WriteLine("Acme tracks: " + CareerLadders.Tracks.Count);
        Console.WriteLine("Level: " + CareerLadders.TechnicalProgramManager.TPM5);
        Console.WriteLine("Lookup: " + (CareerLadders.TryGetLevel("qd6", out var level) ? level.Code : "none"));
        """;

    private readonly PackageFixture _package;

    public SharedLibraryTests(PackageFixture package)
    {
        _package = package;
        _package.AssertPacked();
    }

    [Fact]
    public async Task Services_in_a_monorepo_use_ladder_libraries_by_ProjectReference_and_generate_nothing_themselves()
    {
        var folder = IsolatedFolder.Create(_package, "monorepo");
        folder.Write("Directory.Build.props", SharedProps);
        WriteLadderLibrary(folder, "Acme.Ladders", namespaceOverride: null, AllLadders());
        WriteLadderLibrary(folder, "Acme.Sales.Ladders", namespaceOverride: "Acme.Sales.Ladders", "framework.yaml", "people-manager.yaml", "engineering-management.yaml");
        WriteService(folder, "HrApi", "net10.0", """
            <ProjectReference Include="../Acme.Ladders/Acme.Ladders.csproj" />
            <ProjectReference Include="../Acme.Sales.Ladders/Acme.Sales.Ladders.csproj" />
            """, ServiceProgram + "\nConsole.WriteLine(\"Sales tracks: \" + Acme.Sales.Ladders.CareerLadders.Tracks.Count);\n");

        var build = await folder.DotNetAsync("HrApi", "build", "HrApi.csproj");

        AssertCleanBuild(build);
        var lines = await RunServiceAsync(folder, "HrApi");
        Assert.Equal(
            new[] { "Acme tracks: 4", "Level: TPM5 - Technical Program Manager 5", "Lookup: QD6", "Sales tracks: 2" },
            lines);
        AssertGeneratedIn(folder, "Acme.Ladders", "netstandard2.0");
        AssertGeneratedIn(folder, "Acme.Sales.Ladders", "netstandard2.0");
        AssertNothingGeneratedIn(folder, "HrApi");
    }

    [Fact]
    public async Task A_NET_Framework_472_service_builds_against_the_netstandard20_ladder_library()
    {
        var folder = IsolatedFolder.Create(_package, "net472");
        folder.Write("Directory.Build.props", SharedProps);
        WriteLadderLibrary(folder, "Acme.Ladders", namespaceOverride: null, AllLadders());
        // The service's default language version is C# 7.3, like the library's; it only consumes the compiled types.
        folder.Write("Legacy/Legacy.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net472</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Acme.Ladders/Acme.Ladders.csproj" />
              </ItemGroup>
            </Project>
            """);
        folder.Write("Legacy/Program.cs", """
            using System;

            internal static class Program
            {
                private static void Main()
                {
                    CareerLadder.Level level;
                    Console.WriteLine(Acme.Ladders.CareerLadders.TryGetLevel("TPM5", out level) ? level.ToString() : "none");
                }
            }
            """);

        var build = await folder.DotNetAsync("Legacy", "build", "Legacy.csproj");

        AssertCleanBuild(build);
        Assert.True(File.Exists(Path.Combine(folder.Root, "Legacy", "bin", "Debug", "net472", "Legacy.exe")), build.ToString());
        AssertNothingGeneratedIn(folder, "Legacy");
    }

    [Fact]
    public async Task A_service_uses_a_packed_ladder_library_by_PackageReference_and_generates_nothing_itself()
    {
        var folder = IsolatedFolder.Create(_package, "package-reference", "Acme.*");
        folder.Write("Directory.Build.props", SharedProps);
        WriteLadderLibrary(folder, "Acme.Ladders", namespaceOverride: null, AllLadders());
        var version = "3.1.0-test." + Guid.NewGuid().ToString("N").Substring(0, 8);

        var pack = await folder.DotNetAsync("Acme.Ladders", "pack", "Acme.Ladders.csproj", "-o", _package.FeedDirectory, "-p:Version=" + version);

        AssertCleanBuild(pack);
        WriteService(folder, "HrApi", "net10.0", $"""<PackageReference Include="Acme.Ladders" Version="{version}" />""", ServiceProgram);
        var build = await folder.DotNetAsync("HrApi", "build", "HrApi.csproj");

        AssertCleanBuild(build);
        var lines = await RunServiceAsync(folder, "HrApi");
        Assert.Equal(new[] { "Acme tracks: 4", "Level: TPM5 - Technical Program Manager 5", "Lookup: QD6" }, lines);
        AssertNothingGeneratedIn(folder, "HrApi");
    }

    [Fact]
    public async Task A_service_with_ladders_of_its_own_uses_both_catalogs_in_their_own_namespaces_and_a_shared_namespace_is_CL0047()
    {
        var folder = IsolatedFolder.Create(_package, "own-ladders");
        folder.Write("Directory.Build.props", SharedProps);
        WriteLadderLibrary(folder, "Acme.Ladders", namespaceOverride: null, AllLadders());
        WriteService(folder, "Payroll", "net10.0", $"""
            <ProjectReference Include="../Acme.Ladders/Acme.Ladders.csproj" />
            <PackageReference Include="CareerLadder" Version="{_package.Version}" />
            """, ServiceProgram + "\nConsole.WriteLine(\"Payroll tracks: \" + Acme.Payroll.Ladders.CareerLadders.Tracks.Count);\n",
            properties: "<CareerLadderNamespace>Acme.Payroll.Ladders</CareerLadderNamespace>");
        folder.CopyLadders("Payroll/ladders", "framework.yaml", "people-manager.yaml", "engineering-management.yaml");

        var build = await folder.DotNetAsync("Payroll", "build", "Payroll.csproj");

        AssertCleanBuild(build);
        var lines = await RunServiceAsync(folder, "Payroll");
        Assert.Equal(new[] { "Acme tracks: 4", "Level: TPM5 - Technical Program Manager 5", "Lookup: QD6", "Payroll tracks: 2" }, lines);

        // The same service without its own namespace: its catalog would hide the library's, so the build says so.
        var project = Path.Combine(folder.Root, "Payroll", "Payroll.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<CareerLadderNamespace>Acme.Payroll.Ladders</CareerLadderNamespace>", string.Empty, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder.Root, "Payroll", "Program.cs"), ServiceProgram);

        var clash = await folder.DotNetAsync("Payroll", "build", "Payroll.csproj");

        Assert.False(clash.Succeeded, clash.ToString());
        Assert.Contains("error CL0047: The namespace 'Acme.Ladders' already holds the ladders of the referenced assembly 'Acme.Ladders'", clash.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS0436", clash.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_reads_and_writes_JSON_of_a_ladder_library_it_has_not_touched_yet_with_no_registration()
    {
        var folder = IsolatedFolder.Create(_package, "json");
        folder.Write("Directory.Build.props", SharedProps);
        WriteLadderLibrary(folder, "Acme.Ladders", namespaceOverride: null, AllLadders());
        WriteService(folder, "HrApi", "net10.0", """<ProjectReference Include="../Acme.Ladders/Acme.Ladders.csproj" />""", """
            using System;
            using System.Linq;
            using System.Runtime.CompilerServices;
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using CareerLadder;

            // The first thing the service does is read a level: the ladder library is not loaded yet.
            Console.WriteLine("Loaded before: " + AppDomain.CurrentDomain.GetAssemblies().Any(assembly => assembly.GetName().Name == "Acme.Ladders"));
            var level = JsonSerializer.Deserialize<Level>("\"tpm5\"")!;
            var promotion = JsonSerializer.Deserialize("{\"person\":\"Ada\",\"target\":\"qd6\"}", HrJson.Default.Promotion)!;
            Console.WriteLine("Same instance: " + Library.IsTpm5(level));
            Console.WriteLine("Written: " + JsonSerializer.Serialize(level) + " " + JsonSerializer.Serialize(promotion, HrJson.Default.Promotion));
            try
            {
                JsonSerializer.Deserialize<Level>("\"XYZ9\"");
            }
            catch (JsonException error)
            {
                Console.WriteLine("Unknown: " + error.Message.Substring(0, error.Message.IndexOf(':')));
            }

            internal static class Library
            {
                [MethodImpl(MethodImplOptions.NoInlining)]
                public static bool IsTpm5(Level level) => ReferenceEquals(level, Acme.Ladders.CareerLadders.TechnicalProgramManager.TPM5);
            }

            internal sealed record Promotion(string Person, Level Target);

            [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
            [JsonSerializable(typeof(Promotion))]
            internal sealed partial class HrJson : JsonSerializerContext
            {
            }
            """);

        var build = await folder.DotNetAsync("HrApi", "build", "HrApi.csproj");

        AssertCleanBuild(build);
        var lines = await RunServiceAsync(folder, "HrApi");
        Assert.Equal(
            new[]
            {
                "Loaded before: False", "Same instance: True", "Written: \"TPM5\" {\"person\":\"Ada\",\"target\":\"QD6\"}",
                "Unknown: Unknown level code 'XYZ9'",
            },
            lines);
    }

    [Fact]
    public async Task Codes_a_service_stored_with_version_1_of_a_ladder_package_read_back_with_version_2_that_renamed_and_retired_them()
    {
        var folder = IsolatedFolder.Create(_package, "upgrade", "Acme.*");
        folder.Write("Directory.Build.props", SharedProps);
        WriteLadderLibrary(folder, "Acme.Ladders", namespaceOverride: null, AllLadders().Where(name => !name.EndsWith(".ko.yaml", StringComparison.Ordinal)).ToArray());
        folder.CopyLadders("Acme.Ladders/ladders", "ladders.shipped.txt");
        var release = "-test." + Guid.NewGuid().ToString("N").Substring(0, 8);
        AssertCleanBuild(await folder.DotNetAsync("Acme.Ladders", "pack", "Acme.Ladders.csproj", "-o", _package.FeedDirectory, "-p:Version=1.0.0" + release));
        WriteService(folder, "HrApi", "net10.0", $"""<PackageReference Include="Acme.Ladders" Version="1.0.0{release}" />""", """
            using System;
            using System.IO;
            using System.Text.Json;
            using Acme.Ladders;

            var stored = new[]
            {
                new Assessment("Ada", CareerLadders.TechnicalProgramManager.TPM3),
                new Assessment("Bo", CareerLadders.TechnicalProgramManager.TPM6),
                new Assessment("Cy", CareerLadders.TechnicalProgramManager.TPM5),
            };
            File.WriteAllText("stored.json", JsonSerializer.Serialize(stored));
            Console.WriteLine(File.ReadAllText("stored.json"));

            internal sealed record Assessment(string Person, CareerLadder.Level Level);
            """);
        AssertCleanBuild(await folder.DotNetAsync("HrApi", "build", "HrApi.csproj"));

        Assert.Equal(new[] { """[{"Person":"Ada","Level":"TPM3"},{"Person":"Bo","Level":"TPM6"},{"Person":"Cy","Level":"TPM5"}]""" }, await RunServiceAsync(folder, "HrApi"));

        // Version 2 renames TPM3 to TPM03 and retires TPM6 in favour of TPM5, declaring both against the shipped baseline:
        // the library builds clean (the baseline reports them as information only).
        var ladder = Path.Combine(folder.Root, "Acme.Ladders", "ladders", "technical-program-manager.yaml");
        var text = File.ReadAllText(ladder).Replace("\r\n", "\n", StringComparison.Ordinal);
        var retiredStart = text.IndexOf("  - code: TPM6\n", StringComparison.Ordinal);
        Assert.True(retiredStart > 0 && text.Contains("  - code: TPM3\n", StringComparison.Ordinal) && text.Contains("\nlevels:\n", StringComparison.Ordinal), text);
        File.WriteAllText(ladder, text.Substring(0, retiredStart)
            .Replace("  - code: TPM3\n", "  - code: TPM03\n    renamed-from: [TPM3]\n", StringComparison.Ordinal)
            .Replace("\nlevels:\n", "\nretired:\n  - code: TPM6\n    since: \"2027.1\"\n    replaced-by: TPM5\nlevels:\n", StringComparison.Ordinal));
        AssertCleanBuild(await folder.DotNetAsync("Acme.Ladders", "pack", "Acme.Ladders.csproj", "-o", _package.FeedDirectory, "-p:Version=2.0.0" + release));

        // The service moves to version 2. Code that still names a former level gets the replacement at build time ...
        var project = Path.Combine(folder.Root, "HrApi", "HrApi.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("1.0.0" + release, "2.0.0" + release, StringComparison.Ordinal));
        const string Reader = """
            using System;
            using System.IO;
            using System.Text.Json;
            using Acme.Ladders;

            var stored = JsonSerializer.Deserialize<Assessment[]>(File.ReadAllText("stored.json"))!;
            Console.WriteLine(JsonSerializer.Serialize(stored));
            Console.WriteLine(string.Join(", ", Array.ConvertAll(new[] { "TPM3", "TPM6", "tpm5", "TPM9" }, code => CareerLadders.ResolveLevel(code).ToString())));
            Console.WriteLine(CareerLadders.TryGetLevel("tpm3", out var level) ? level.Code + " " + ReferenceEquals(level, stored[0].Level) : "none");
            """;
        const string Records = """

            internal sealed record Assessment(string Person, CareerLadder.Level Level);
            """;
        folder.Write("HrApi/Program.cs", Reader + "Console.WriteLine(CareerLadders.TechnicalProgramManager.TPM3);\n" + Records);

        var stale = await folder.DotNetAsync("HrApi", "build", "HrApi.csproj");

        Assert.False(stale.Succeeded, stale.ToString());
        Assert.Contains("error CS0618: 'TechnicalProgramManagerTrack.TPM3' is obsolete: 'TPM3 was renamed to TPM03: use TPM03.'", stale.Output, StringComparison.Ordinal);

        // ... and the codes it stored with version 1 still read, as the levels that replace them.
        folder.Write("HrApi/Program.cs", Reader + Records);
        AssertCleanBuild(await folder.DotNetAsync("HrApi", "build", "HrApi.csproj"));

        Assert.Equal(
            new[]
            {
                """[{"Person":"Ada","Level":"TPM03"},{"Person":"Bo","Level":"TPM5"},{"Person":"Cy","Level":"TPM5"}]""",
                "TPM3 (renamed to TPM03), TPM6 (retired, replaced by TPM5), tpm5, TPM9 (unknown)",
                "TPM03 True",
            },
            await RunServiceAsync(folder, "HrApi"));
    }

    private static string[] AllLadders() => new[]
    {
        "framework.yaml", "technical-program-manager.yaml", "technical-program-manager.ko.yaml", "people-manager.yaml",
        "engineering-management.yaml", "quality-director.yaml",
    };

    private void WriteLadderLibrary(IsolatedFolder folder, string name, string? namespaceOverride, params string[] ladders)
    {
        var namespaceProperty = namespaceOverride is null ? string.Empty : $"<CareerLadderNamespace>{namespaceOverride}</CareerLadderNamespace>";
        folder.Write($"{name}/{name}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <RootNamespace>{name}</RootNamespace>
                {namespaceProperty}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CareerLadder" Version="{_package.Version}" />
              </ItemGroup>
            </Project>
            """);
        folder.CopyLadders(name + "/ladders", ladders);
    }

    private static void WriteService(IsolatedFolder folder, string name, string targetFramework, string references, string program, string properties = "")
    {
        folder.Write($"{name}/{name}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <Nullable>enable</Nullable>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                {references}
              </ItemGroup>
            </Project>
            """);
        folder.Write($"{name}/Program.cs", program);
    }

    /// <summary>Runs a built net10.0 service and returns its non-empty output lines.</summary>
    private static async Task<string[]> RunServiceAsync(IsolatedFolder folder, string name)
    {
        var run = await folder.DotNetAsync(name, "exec", Path.Combine("bin", "Debug", "net10.0", name + ".dll"));
        Assert.True(run.Succeeded, run.ToString());
        return Lines(run.Output);
    }

    private static void AssertCleanBuild(ProcessResult build)
    {
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotMatch(new Regex(@": warning [A-Z]+\d+"), build.Output);
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);
    }

    private static void AssertGeneratedIn(IsolatedFolder folder, string project, string targetFramework)
    {
        var catalog = Path.Combine(folder.Root, project, "obj", "Debug", targetFramework, "generated", "CareerLadder.Generator", "CareerLadder.Generator.LadderGenerator", "CareerLadders.g.cs");
        Assert.True(File.Exists(catalog), $"{project} has no generated catalog at {catalog}.");
    }

    private static void AssertNothingGeneratedIn(IsolatedFolder folder, string project)
    {
        var generated = Directory.EnumerateFiles(Path.Combine(folder.Root, project, "obj"), "*.g.cs", SearchOption.AllDirectories)
            .Where(path => path.Contains("CareerLadder.Generator", StringComparison.Ordinal))
            .ToArray();
        Assert.True(generated.Length == 0, $"{project} generated ladder code: {string.Join(", ", generated)}");
    }

    private static string[] Lines(string output) =>
        output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();
}
