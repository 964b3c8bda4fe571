using System.Collections.Generic;
using System.IO;
using System.Linq;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// Codes stored with an earlier version of the ladders keep resolving through the generated catalog: a renamed level's
/// former code (<c>renamed-from:</c>) and a retired level's code (<c>retired:</c>).
/// </summary>
public sealed class FormerCodeLookupTests
{
    private const string Track = """
        track: backend
        name: Backend
        abbreviation: BE
        retired:
          - code: BE3
            since: "2027.1"
            replaced-by: BE2
          - code: BE4
        levels:
          - code: BE1
            rank: 1
            title: Backend Engineer 1
            seniority: Junior
            renamed-from: [BE0, BEX]
          - code: BE2
            rank: 2
            title: Backend Engineer 2
            seniority: Senior
        """;

    [Fact]
    public void Former_codes_resolve_to_their_successor_and_say_what_happened()
    {
        var catalog = Compile(Track);
        var level = (string code) => CompiledLadders.Level(catalog, code);
        var resolve = catalog.GetMethod("ResolveLevel")!;
        var tryGetLevel = catalog.GetMethod("TryGetLevel")!;
        LevelResolution Resolve(string code) => (LevelResolution)resolve.Invoke(null, new object?[] { code })!;
        (bool Found, Level? Level) TryGet(string code)
        {
            var arguments = new object?[] { code, null };
            return ((bool)tryGetLevel.Invoke(null, arguments)!, (Level?)arguments[1]);
        }

        Assert.Equal((true, level("BE1")), TryGet("be0"));
        Assert.Equal((true, level("BE1")), TryGet("BEX"));
        Assert.Equal((true, level("BE2")), TryGet("BE3"));
        Assert.Equal((false, null), TryGet("BE4"));
        Assert.Equal((false, null), TryGet("BE5"));

        Assert.Equal((LevelCodeStatus.Current, "BE2", ""), Describe(Resolve("be2")));
        Assert.Equal((LevelCodeStatus.Renamed, "BE1", ""), Describe(Resolve("BE0")));
        Assert.Equal((LevelCodeStatus.Retired, "BE2", "2027.1"), Describe(Resolve("BE3")));
        Assert.Equal((LevelCodeStatus.Retired, null, ""), Describe(Resolve("BE4")));
        Assert.Equal((LevelCodeStatus.Unknown, null, ""), Describe(Resolve("BE5")));
        Assert.Equal("BE3 (retired, replaced by BE2)", Resolve("BE3").ToString());
    }

    [Fact]
    public void The_catalog_the_runtime_library_discovers_resolves_former_codes_too()
    {
        var catalog = Compile(Track);
        var registration = (LadderCatalog)System.Activator.CreateInstance(catalog.Assembly.GetType("Consumer.Ladders.CareerLaddersCatalog")!)!;

        Assert.Equal((LevelCodeStatus.Renamed, "BE1", ""), Describe(registration.ResolveLevel("bex")));
        Assert.Equal((LevelCodeStatus.Retired, "BE2", "2027.1"), Describe(registration.ResolveLevel("BE3")));
        Assert.Equal((LevelCodeStatus.Current, "BE2", ""), Describe(registration.ResolveLevel("BE2")));
    }

    [Fact]
    public void A_catalog_without_history_resolves_current_codes_only()
    {
        var catalog = Compile(Track.Replace("retired:\n  - code: BE3\n    since: \"2027.1\"\n    replaced-by: BE2\n  - code: BE4\n", string.Empty).Replace("    renamed-from: [BE0, BEX]\n", string.Empty));

        Assert.Equal(LevelCodeStatus.Current, ((LevelResolution)catalog.GetMethod("ResolveLevel")!.Invoke(null, new object?[] { "BE1" })!).Status);
        Assert.Equal(LevelCodeStatus.Unknown, ((LevelResolution)catalog.GetMethod("ResolveLevel")!.Invoke(null, new object?[] { "BE0" })!).Status);
    }

    [Fact]
    public void A_former_code_with_a_successor_keeps_an_obsolete_property_that_returns_the_successor()
    {
        var catalog = Compile(Track);
        var trackClass = catalog.Assembly.GetType("Consumer.Ladders.BackendTrack")!;
        var track = catalog.GetProperty("Backend")!.GetValue(null)!;
        (string? Message, Level? Value) Alias(string code) =>
            trackClass.GetProperty(code) is { } property
                ? (property.GetCustomAttributes(typeof(System.ObsoleteAttribute), false).Cast<System.ObsoleteAttribute>().SingleOrDefault()?.Message, (Level?)property.GetValue(track))
                : (null, null);

        Assert.Equal(("BE0 was renamed to BE1: use BE1.", CompiledLadders.Level(catalog, "BE1")), Alias("BE0"));
        Assert.Equal(("BEX was renamed to BE1: use BE1.", CompiledLadders.Level(catalog, "BE1")), Alias("BEX"));
        Assert.Equal(("BE3 was retired in 2027.1 and replaced by BE2: use BE2.", CompiledLadders.Level(catalog, "BE2")), Alias("BE3"));
        Assert.Null(trackClass.GetProperty("BE4"));
        Assert.Null(trackClass.GetProperty("BE2")!.GetCustomAttributes(typeof(System.ObsoleteAttribute), false).SingleOrDefault());
    }

    [Fact]
    public void Code_written_against_a_former_code_compiles_with_a_warning_that_names_the_replacement()
    {
        var framework = File.ReadAllText(GeneratorHarness.FixturePath("Rules", "framework.yaml"));
        var outcome = GeneratorHarness.Run(
            new[] { ("/ladders/framework.yaml", framework), ("/ladders/backend.yaml", Track.Replace("\r\n", "\n")) },
            new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" },
            "public static class Stored { public static CareerLadder.Level Old => Consumer.Ladders.CareerLadders.Backend.BE3; }");

        var warning = Assert.Single(outcome.CompilationDiagnostics);
        Assert.Equal("CS0618", warning.Id);
        Assert.Contains("BE3 was retired in 2027.1 and replaced by BE2: use BE2.", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_track_finds_its_levels_by_former_code_as_the_catalog_does()
    {
        var catalog = Compile(Track);
        var track = CompiledLadders.Tracks(catalog).Single();

        Assert.True(track.TryGetLevel("be0", out var renamed));
        Assert.Same(CompiledLadders.Level(catalog, "BE1"), renamed);
        Assert.True(track.TryGetLevel("BE3", out var retired));
        Assert.Same(CompiledLadders.Level(catalog, "BE2"), retired);
        Assert.False(track.TryGetLevel("BE4", out _));
        Assert.False(track.TryGetLevel("BE5", out _));
    }

    [Fact]
    public void A_former_code_replaced_by_a_level_of_another_track_returns_that_level()
    {
        var framework = File.ReadAllText(GeneratorHarness.FixturePath("Rules", "framework.yaml"));
        var other = """
            track: platform
            name: Platform
            abbreviation: PL
            retired:
              - code: PL9
                replaced-by: BE2
            levels:
              - code: PL1
                rank: 1
                title: Platform Engineer 1
                seniority: Junior
            """;
        var outcome = GeneratorHarness.Run(
            new[] { ("/ladders/framework.yaml", framework), ("/ladders/backend.yaml", Track.Replace("\r\n", "\n")), ("/ladders/platform.yaml", other.Replace("\r\n", "\n")) },
            new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" });
        Assert.Empty(outcome.GeneratorDiagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        var catalog = CompiledLadders.Catalog(outcome.Output, "Consumer.Ladders.CareerLadders");

        var alias = catalog.Assembly.GetType("Consumer.Ladders.PlatformTrack")!.GetProperty("PL9")!;

        Assert.Same(CompiledLadders.Level(catalog, "BE2"), alias.GetValue(catalog.GetProperty("Platform")!.GetValue(null)));
        var platform = CompiledLadders.Tracks(catalog).Single(track => track.Id == "platform");
        Assert.False(platform.TryGetLevel("PL9", out _));
    }

    private static (LevelCodeStatus, string?, string) Describe(LevelResolution resolution) => (resolution.Status, resolution.Level?.Code, resolution.RetiredSince);

    private static System.Type Compile(string track)
    {
        var framework = File.ReadAllText(GeneratorHarness.FixturePath("Rules", "framework.yaml"));
        var outcome = GeneratorHarness.Run(
            new[] { ("/ladders/framework.yaml", framework), ("/ladders/backend.yaml", track.Replace("\r\n", "\n")) },
            new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" });
        Assert.Empty(outcome.GeneratorDiagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        return CompiledLadders.Catalog(outcome.Output, "Consumer.Ladders.CareerLadders");
    }
}
