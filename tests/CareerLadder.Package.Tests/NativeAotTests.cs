using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace CareerLadder.Package.Tests;

/// <summary>
/// A service published with NativeAOT (trimmed, no JIT, no reflection emit) from the package: the generated catalog, the
/// runtime library's JSON converters with a source-generated context, parsing and the catalog discovery behind them
/// compile without a trimming or AOT warning and work in the native binary.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class NativeAotTests
{
    private readonly PackageFixture _package;

    public NativeAotTests(PackageFixture package)
    {
        _package = package;
        _package.AssertPacked();
    }

    [AotFact]
    public async Task A_NativeAOT_service_reads_and_writes_levels_without_trimming_warnings()
    {
        var folder = IsolatedFolder.Create(_package, "native-aot");
        folder.Write("AotService/AotService.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <PublishAot>true</PublishAot>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NuGetAudit>false</NuGetAudit>
                <CareerLadderNamespace>Aot.Ladders</CareerLadderNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CareerLadder" Version="{_package.Version}" />
              </ItemGroup>
            </Project>
            """);
        folder.CopyLadders("AotService/ladders", "framework.yaml", "technical-program-manager.yaml", "people-manager.yaml", "engineering-management.yaml");
        folder.Write("AotService/Program.cs", """
            using System;
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using Aot.Ladders;
            using CareerLadder;
            using CareerLadder.Serialization;

            var level = JsonSerializer.Deserialize("\"tpm5\"", AppJson.Default.Level)!;
            Console.WriteLine("Same instance: " + ReferenceEquals(level, CareerLadders.TechnicalProgramManager.TPM5));
            Console.WriteLine(JsonSerializer.Serialize(new Promotion("Ada", CareerLadders.TechnicalProgramManager.TPM6), AppJson.Default.Promotion));
            Console.WriteLine("Parsed: " + Level.Parse(" tpm4 ").Code + " " + Track.Parse("PM").Id);
            var details = JsonSerializer.Serialize(LevelDetails.Of(level), AppJson.Default.LevelDetails);
            Console.WriteLine("Details: " + JsonDocument.Parse(details).RootElement.GetProperty("code").GetString());
            try
            {
                JsonSerializer.Deserialize("\"XYZ9\"", AppJson.Default.Level);
            }
            catch (JsonException error)
            {
                Console.WriteLine("Unknown: " + error.Message.Substring(0, error.Message.IndexOf(':')));
            }

            internal sealed record Promotion(string Person, Level Target);

            [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
            [JsonSerializable(typeof(Level))]
            [JsonSerializable(typeof(Promotion))]
            [JsonSerializable(typeof(LevelDetails))]
            internal sealed partial class AppJson : JsonSerializerContext
            {
            }
            """);

        var publish = await folder.DotNetLongAsync("AotService", TimeSpan.FromMinutes(15), "publish", "AotService.csproj", "-c", "Release", "-r", "linux-x64", "-o", "out");

        Assert.True(publish.Succeeded, publish.ToString());
        Assert.DoesNotMatch(new Regex(@"warning (IL\d{4}|CL\d{4})"), publish.Output);
        var binary = Path.Combine(folder.Root, "AotService", "out", "AotService");
        Assert.True(File.Exists(binary), "No native binary at " + binary + ". " + publish);
        Assert.False(File.Exists(Path.Combine(folder.Root, "AotService", "out", "CareerLadder.dll")), "The publish is not native: CareerLadder.dll sits beside the binary.");

        var run = await DotNet.RunProgramAsync(binary, Path.Combine(folder.Root, "AotService"));

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal(
            new[]
            {
                "Same instance: True", "{\"person\":\"Ada\",\"target\":\"TPM6\"}", "Parsed: TPM4 people-manager", "Details: TPM5", "Unknown: Unknown level code 'XYZ9'",
            },
            run.Output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray());
    }
}
