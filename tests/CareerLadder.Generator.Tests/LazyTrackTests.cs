using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CareerLadder.Generator.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// Each track is built on its first use, by its own class: using one track (a lookup, its property, GetTrack, the count of
/// Tracks) never builds the others. A consumer part of each track class records when the track's constructor runs.
/// </summary>
public sealed class LazyTrackTests
{
    private const string Probes = @"
namespace Consumer.Ladders
{
    public static class BuildLog
    {
        public static readonly System.Collections.Generic.List<string> Built = new System.Collections.Generic.List<string>();
        public static int Add(string track) { Built.Add(track); return Built.Count; }
    }

    public sealed partial class TrackAaaTrack { private readonly int _built = BuildLog.Add(""AAA""); }
    public sealed partial class TrackAabTrack { private readonly int _built = BuildLog.Add(""AAB""); }
    public sealed partial class TrackAacTrack { private readonly int _built = BuildLog.Add(""AAC""); }
}";

    private static readonly Lazy<Microsoft.CodeAnalysis.Compilation> Compiled = new(() =>
    {
        var outcome = GeneratorHarness.Run(ScaleLadders.Files(3), new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" }, Probes);
        Assert.Empty(outcome.CompilationDiagnostics);
        return outcome.Output;
    });

    [Fact]
    public void Finding_a_level_builds_only_its_track()
    {
        var (catalog, built) = Load();

        var arguments = new object?[] { "aab5", null };
        Assert.True((bool)catalog.GetMethod("TryGetLevel")!.Invoke(null, arguments)!);
        Assert.Equal("AAB5", ((Level)arguments[1]!).Code);
        catalog.GetMethod("TryGetLevel")!.Invoke(null, new object?[] { "AAB7", null });

        Assert.Equal(new[] { "AAB" }, built());
    }

    [Fact]
    public void An_unknown_code_builds_no_track()
    {
        var (catalog, built) = Load();

        Assert.False((bool)catalog.GetMethod("TryGetLevel")!.Invoke(null, new object?[] { "ZZZ1", null })!);
        Assert.False((bool)catalog.GetMethod("TryGetTrack")!.Invoke(null, new object?[] { "zzz", null })!);

        Assert.Empty(built());
    }

    [Fact]
    public void A_track_property_GetTrack_and_TryGetTrack_build_only_that_track()
    {
        var (catalog, built) = Load();

        var aac = (Track)catalog.GetProperty("TrackAac")!.GetValue(null)!;
        var trackId = catalog.Assembly.GetType("Consumer.Ladders.TrackId", throwOnError: true)!;
        var same = (Track)catalog.GetMethod("GetTrack")!.Invoke(null, new[] { Enum.Parse(trackId, "TrackAac") })!;
        var arguments = new object?[] { "track-aac", null };
        Assert.True((bool)catalog.GetMethod("TryGetTrack")!.Invoke(null, arguments)!);

        Assert.Same(aac, same);
        Assert.Same(aac, arguments[1]);
        Assert.Equal(new[] { "AAC" }, built());
    }

    [Fact]
    public void Counting_the_tracks_builds_none_and_reading_one_builds_one()
    {
        var (catalog, built) = Load();

        var tracks = CompiledLadders.Tracks(catalog);
        Assert.Equal(3, tracks.Count);
        Assert.Empty(built());

        Assert.Equal("track-aaa", tracks[0].Id);
        Assert.Equal(new[] { "AAA" }, built());

        Assert.Equal(new[] { "track-aaa", "track-aab", "track-aac" }, tracks.Select(track => track.Id));
        Assert.Equal(new[] { "AAA", "AAB", "AAC" }, built());
    }

    [Fact]
    public void Levels_at_a_rank_come_in_track_order_and_the_list_is_kept()
    {
        var (catalog, _) = Load();

        var atRank = catalog.GetMethod("AtRank")!;
        var three = (IReadOnlyList<Level>)atRank.Invoke(null, new object[] { 3 })!;

        Assert.Equal(new[] { "AAA3", "AAB3", "AAC3" }, three.Select(level => level.Code));
        Assert.Same(three, atRank.Invoke(null, new object[] { 3 }));
        Assert.Empty((IReadOnlyList<Level>)atRank.Invoke(null, new object[] { 99 })!);
    }

    private static (Type Catalog, Func<string[]> Built) Load()
    {
        var catalog = CompiledLadders.Catalog(Compiled.Value, "Consumer.Ladders.CareerLadders");
        var log = (List<string>)catalog.Assembly.GetType("Consumer.Ladders.BuildLog", throwOnError: true)!
            .GetField("Built", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return (catalog, () => log.ToArray());
    }
}
