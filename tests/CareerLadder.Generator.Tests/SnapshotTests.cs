using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// Compares the generated C# for Fixtures/Snapshot with the checked-in files in Snapshots/.
/// Set UPDATE_SNAPSHOTS=1 and run the tests once to rewrite the expected files after an intended change.
/// The generator's version (in [GeneratedCode]) is stored as a placeholder, so that building with -p:Version=... still passes.
/// </summary>
public sealed class SnapshotTests
{
    private const string VersionPlaceholder = "{GeneratorVersion}";

    private static readonly string[] FixtureFiles = { "framework.yaml", "backend.yaml" };

    private static string GeneratorVersion => typeof(CareerLadder.Authoring.Emitting.LadderEmitter).Assembly.GetName().Version!.ToString();

    [Fact]
    public async Task Generated_sources_match_the_checked_in_snapshots()
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            WriteSnapshots();
        }

        var test = new CSharpSourceGeneratorTest<LadderGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalReferences.Add(typeof(CareerLadder.Track).Assembly);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.RootNamespace = Consumer\n"));
        test.TestState.Sources.Add("namespace Consumer { internal static class Uses { internal static global::CareerLadder.Level L => global::Consumer.Ladders.CareerLadders.BackendEngineer.BE2; } }");
        foreach (var file in FixtureFiles)
        {
            test.TestState.AdditionalFiles.Add(("/ladders/" + file, File.ReadAllText(GeneratorHarness.FixturePath("Snapshot", file))));
        }

        foreach (var snapshot in SnapshotNames)
        {
            test.TestState.GeneratedSources.Add((typeof(LadderGenerator), snapshot, SourceText.From(File.ReadAllText(SnapshotPath(snapshot)).Replace(VersionPlaceholder, GeneratorVersion, StringComparison.Ordinal), Encoding.UTF8)));
        }

        await test.RunAsync();
    }

    [Fact]
    public void Snapshots_cover_every_generated_file()
    {
        var outcome = Run();
        Assert.Equal(SnapshotNames.OrderBy(name => name, StringComparer.Ordinal), outcome.HintNames.OrderBy(name => name, StringComparer.Ordinal));
    }

    private static string[] SnapshotNames => new[] { "CareerLadders.g.cs", "CareerLaddersCatalog.g.cs", "BackendEngineerTrack.g.cs" };

    private static GeneratorOutcome Run() => GeneratorHarness.Run(
        FixtureFiles.Select(file => ("/ladders/" + file, File.ReadAllText(GeneratorHarness.FixturePath("Snapshot", file)))),
        new System.Collections.Generic.Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" });

    private static void WriteSnapshots()
    {
        var outcome = Run();
        var directory = GeneratorHarness.SourcePath("Snapshots");
        Directory.CreateDirectory(directory);
        Directory.CreateDirectory(Path.GetDirectoryName(SnapshotPath("x"))!);
        foreach (var name in outcome.HintNames)
        {
            var text = outcome.Source(name).Replace("\"" + GeneratorVersion + "\")]", "\"" + VersionPlaceholder + "\")]", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(directory, name), text);
            File.WriteAllText(SnapshotPath(name), text);
        }
    }

    private static string SnapshotPath(string name) => Path.Combine(AppContext.BaseDirectory, "Snapshots", name);
}
