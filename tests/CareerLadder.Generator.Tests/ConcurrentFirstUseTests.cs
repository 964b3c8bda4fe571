using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CareerLadder.Generator.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// The generated catalog of the repository's ladders, fresh as in a new process (a load context of its own per round),
/// used by many threads at once for the first time, as a service's first requests do: every thread, and every later
/// reader, sees the complete tracks, levels, next steps, extended levels, paths and rank groups.
/// </summary>
public sealed class ConcurrentFirstUseTests
{
    private const int Threads = 32;
    private const int Rounds = 120;

    [Fact]
    public void Threads_using_a_fresh_generated_catalog_at_once_all_see_complete_values()
    {
        var outcome = GeneratorHarness.Run(
            GeneratorHarness.LoadDirectory(Path.Combine(GeneratorHarness.RepositoryRoot, "ladders")),
            new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" });
        var image = CompiledLadders.Image(outcome.Output);
        const string CatalogName = "Consumer.Ladders.CareerLadders";
        var reference = CompiledLadders.Load("Reference", image, CatalogName);
        var codes = CompiledLadders.AllLevels(reference).Select(level => level.Code).ToArray();
        var expected = Describe(reference, CompiledLadders.AllLevels(reference).ToArray());
        Assert.Matches("^assess: .*[A-Z]+[0-9]+", expected.Substring(expected.LastIndexOf('\n') + 1));
        var wrong = new ConcurrentBag<string>();

        for (var round = 0; round < Rounds && wrong.IsEmpty; round++)
        {
            // Only the type is loaded: no track, level or table of the catalog exists before the threads start.
            var catalog = CompiledLadders.Load("Round" + round, image, CatalogName);
            using var start = new Barrier(Threads);
            var workers = Enumerable.Range(0, Threads).Select(_ => new Thread(() =>
            {
                // First the tracks and their levels, then, all levels built, every lazy member of each level.
                start.SignalAndWait();
                var levels = codes.Select(code => CompiledLadders.Level(catalog, code)).ToArray();
                start.SignalAndWait();
                var seen = Describe(catalog, levels);
                if (seen != expected)
                {
                    wrong.Add(seen);
                }
            })).ToList();
            workers.ForEach(worker => worker.Start());
            workers.ForEach(worker => worker.Join());
            if (Describe(catalog, CompiledLadders.AllLevels(catalog).ToArray()) is var after && after != expected)
            {
                wrong.Add(after);
            }
        }

        Assert.True(wrong.IsEmpty, $"Expected:\n{expected}\nSeen:\n{wrong.FirstOrDefault()}");
    }

    /// <summary>Reads every lazy member level by level, in one order so that the threads meet on the same level, one line per level.</summary>
    private static string Describe(Type catalog, Level[] levels)
    {
        var atRank = catalog.GetMethod("AtRank")!;
        var last = levels.Where(level => level.Next is null).ToArray();
        var lines = new List<string>();
        foreach (var level in levels)
        {
            var next = string.Join(",", level.NextSteps.Select(step => step.Code));
            var extends = level.Extends?.Code ?? "-";
            var paths = string.Join(",", last.Select(target => level.PathTo(target)?.Count ?? 0));
            var peers = string.Join(",", ((IReadOnlyList<Level>)atRank.Invoke(null, new object[] { level.Rank })!).Select(peer => peer.Code));
            var content = level.Expectations.Count + "/" + level.Sections.Count;
            lines.Add($"{level.Code}: next {next}; extends {extends}; paths {paths}; peers {peers}; content {content}");
        }

        lines.Add("assess: " + Assess(catalog));
        return string.Join("\n", lines);
    }

    /// <summary>The closest level of each track to step 2 of every competency (the assessment tables are built on first use).</summary>
    private static string Assess(Type catalog)
    {
        var assess = catalog.GetMethod("Assess")!;
        var steps = Activator.CreateInstance(assess.GetParameters().Single().ParameterType)!;
        foreach (var property in steps.GetType().GetProperties())
        {
            property.SetValue(steps, Enum.ToObject(Nullable.GetUnderlyingType(property.PropertyType)!, 2));
        }

        var result = assess.Invoke(null, new[] { steps })!;
        return string.Join(",", result.GetType().GetProperties()
            .Where(property => property.PropertyType == typeof(LevelMatch) && property.GetIndexParameters().Length == 0)
            .Select(property => ((LevelMatch)property.GetValue(result)!).Level?.Code ?? "-"));
    }
}
