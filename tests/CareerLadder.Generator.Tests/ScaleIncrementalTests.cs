using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// Incremental caching at scale, proven with tracked pipeline steps: 100 ladder files (one framework and 99 tracks of
/// 10 levels × 5 competencies each), and 1,000 files for the edits. Each edit re-runs only what depends on it.
/// </summary>
public sealed class ScaleIncrementalTests
{
    private const int TrackCount = 99;

    private const int LargeTrackCount = 999;

    private static readonly string[] AllSteps =
        typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetValue(null)!).ToArray();

    [Fact]
    public void The_generated_ladders_are_valid_and_generate_one_file_per_track()
    {
        var outcome = GeneratorHarness.Run(ScaleLadders.Files(TrackCount));

        Assert.Empty(outcome.GeneratorDiagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Info));
        Assert.Empty(outcome.CompilationDiagnostics);
        Assert.Equal(TrackCount + 2, outcome.HintNames.Count()); // the tracks, the catalog and its registration
        Assert.All(AllSteps, step => Assert.True(outcome.Result.Results.Single().TrackedSteps.ContainsKey(step), step + " is not tracked"));
    }

    [Theory]
    [InlineData(TrackCount)]
    [InlineData(LargeTrackCount)]
    public void Editing_a_csharp_file_parses_nothing_and_every_output_is_cached_or_unchanged(int trackCount)
    {
        var (driver, compilation, _) = FullRun(trackCount: trackCount);
        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(), CSharpSyntaxTree.ParseText("class A { int B; }"));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var parse = Reasons(result, TrackingNames.Parse).ToList();
        Assert.Equal(trackCount + 1, parse.Count);
        Assert.All(parse, reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        foreach (var step in AllSteps)
        {
            Assert.All(Reasons(result, step), reason => Assert.True(IsReused(reason), $"{step}: {reason}"));
        }

        // Nothing that grows with the number of ladder files runs: the only step that ran again (rather than being taken
        // from the cache) is the set-up, which reads the compilation and has one output whatever the number of files.
        var ran = AllSteps.Where(step => Reasons(result, step).Any(reason => reason != IncrementalStepRunReason.Cached)).ToList();
        Assert.Equal(new[] { TrackingNames.Setup }, ran);
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Reasons(result, TrackingNames.Setup)));

        Assert.Equal(trackCount, Reasons(result, TrackingNames.EmitTrack).Count());
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Theory]
    [InlineData(TrackCount)]
    [InlineData(LargeTrackCount)]
    public void Editing_one_yaml_file_reparses_only_that_file_and_reemits_only_its_track(int trackCount)
    {
        var (driver, compilation, texts) = FullRun(trackCount: trackCount);
        const int edited = 42;
        var original = texts[edited + 1];
        var oldSentence = "at level 5, evangelizes on technology";
        var newSentence = "at level 5, evangelizes new technologies";
        Assert.Contains(oldSentence, original.GetText()!.ToString(), StringComparison.Ordinal);
        var changed = new InMemoryAdditionalText(original.Path, original.GetText()!.ToString().Replace(oldSentence, newSentence, StringComparison.Ordinal));

        var run = driver.ReplaceAdditionalText(original, changed).RunGenerators(compilation).GetRunResult();
        var result = run.Results.Single();

        var parse = Reasons(result, TrackingNames.Parse).ToList();
        Assert.Equal(trackCount + 1, parse.Count);
        Assert.Equal(1, parse.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(trackCount, parse.Count(reason => reason == IncrementalStepRunReason.Cached));

        // Validation still runs over every file (one collected step; splitting it per track is issue 19, item 3).
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(result, TrackingNames.Validate)));

        var trackInputs = Reasons(result, TrackingNames.TrackInputs).ToList();
        Assert.Equal(1, trackInputs.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(trackCount - 1, trackInputs.Count(IsReused));

        var emits = Reasons(result, TrackingNames.EmitTrack).ToList();
        Assert.Equal(1, emits.Count(reason => reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New));
        Assert.Equal(trackCount - 1, emits.Count(IsReused));

        // The catalog shows no expectation text: its model is unchanged and it is not even written again (Cached, where
        // emitting the same text again would be Unchanged).
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Reasons(result, TrackingNames.CatalogModel)));
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(Reasons(result, TrackingNames.EmitCatalog)));

        var emittedTracks = result.TrackedSteps[TrackingNames.EmitTrack]
            .SelectMany(step => step.Outputs)
            .Where(output => !IsReused(output.Reason))
            .Select(output => output.Value.ToString())
            .ToList();
        var reemitted = Assert.Single(emittedTracks);
        Assert.Contains("TrackAbq", reemitted, StringComparison.Ordinal);
        Assert.Contains(newSentence, reemitted, StringComparison.Ordinal);

        Assert.Contains(newSentence, run.GeneratedTrees.Single(tree => tree.FilePath.EndsWith("TrackAbqTrack.g.cs", StringComparison.Ordinal)).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_step_that_the_catalog_shows_reemits_the_catalog_and_that_track()
    {
        var (driver, compilation, texts) = FullRun();
        const int edited = 42;
        var original = texts[edited + 1];
        const string oldStep = "step: Adopts\n        text: at level 2,";
        Assert.Contains(oldStep, original.GetText()!.ToString(), StringComparison.Ordinal);
        var changed = new InMemoryAdditionalText(original.Path, original.GetText()!.ToString().Replace(oldStep, "step: Specializes\n        text: at level 2,", StringComparison.Ordinal));

        var run = driver.ReplaceAdditionalText(original, changed).RunGenerators(compilation).GetRunResult();
        var result = run.Results.Single();

        Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(result, TrackingNames.CatalogModel)));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(result, TrackingNames.EmitCatalog)));
        Assert.Equal(1, Reasons(result, TrackingNames.EmitTrack).Count(reason => !IsReused(reason)));
    }

    [Fact]
    public void Changing_the_namespace_reemits_every_file_and_parses_nothing()
    {
        var (driver, compilation, _) = FullRun(new Dictionary<string, string> { ["build_property.CareerLadderNamespace"] = "First.Ladders" });

        var run = driver
            .WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(new Dictionary<string, string> { ["build_property.CareerLadderNamespace"] = "Second.Ladders" }))
            .RunGenerators(compilation)
            .GetRunResult();
        var result = run.Results.Single();

        Assert.All(Reasons(result, TrackingNames.Parse), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(Reasons(result, TrackingNames.Validate), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(Reasons(result, TrackingNames.Options), reason => Assert.Equal(IncrementalStepRunReason.Modified, reason));
        var emits = Reasons(result, TrackingNames.EmitTrack).ToList();
        Assert.Equal(TrackCount, emits.Count);
        Assert.All(emits, reason => Assert.Equal(IncrementalStepRunReason.Modified, reason));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(result, TrackingNames.EmitCatalog)));
        Assert.Equal(TrackCount + 2, run.GeneratedTrees.Length);
        Assert.All(run.GeneratedTrees, tree => Assert.Contains("namespace Second.Ladders", tree.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Two_independent_runs_over_equal_inputs_give_equal_step_outputs()
    {
        // Every input is built anew for each run, so equal outputs mean value equality, not shared instances:
        // a pipeline model holding a type without value equality (a plain class, an array, a List) fails here.
        var first = FullRun().Driver.GetRunResult().Results.Single();
        var second = FullRun().Driver.GetRunResult().Results.Single();

        foreach (var step in AllSteps)
        {
            var left = first.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Value).ToList();
            var right = second.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Value).ToList();
            Assert.NotEmpty(left);
            Assert.Equal(left.Count, right.Count);
            for (var i = 0; i < left.Count; i++)
            {
                Assert.True(left[i].Equals(right[i]), $"{step}[{i}]: {left[i].GetType().Name} outputs of two runs over equal inputs are not equal");
                Assert.True(left[i].GetHashCode() == right[i].GetHashCode(), $"{step}[{i}]: equal {left[i].GetType().Name} outputs have different hash codes");
            }
        }

        var parsedFirst = first.TrackedSteps[TrackingNames.Parse].SelectMany(run => run.Outputs).Select(output => output.Value).ToList();
        var parsedSecond = second.TrackedSteps[TrackingNames.Parse].SelectMany(run => run.Outputs).Select(output => output.Value).ToList();
        Assert.All(parsedFirst.Zip(parsedSecond), pair => Assert.False(ReferenceEquals(pair.First, pair.Second)));
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, AdditionalText[] Texts) FullRun(IDictionary<string, string>? buildProperties = null, int trackCount = TrackCount)
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var texts = ScaleLadders.Files(trackCount).Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToArray();
        var driver = GeneratorHarness.CreateDriver(Array.Empty<(string, string)>(), buildProperties)
            .AddAdditionalTexts(texts.ToImmutableArray())
            .RunGenerators(compilation);
        return (driver, compilation, texts);
    }

    private static bool IsReused(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs) ? runs.SelectMany(run => run.Outputs).Select(output => output.Reason) : Enumerable.Empty<IncrementalStepRunReason>();
}
