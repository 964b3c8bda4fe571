using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using CareerLadder.Authoring.Validation;
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

        // Only the edited file's facts are taken again, and they are equal (they hold no text and no position): the index
        // of cross-file facts is not even made again.
        var facts = Reasons(result, TrackingNames.IndexFacts).ToList();
        Assert.Equal(trackCount + 1, facts.Count);
        Assert.Equal(1, facts.Count(reason => reason == IncrementalStepRunReason.Unchanged));
        Assert.Equal(trackCount, facts.Count(reason => reason == IncrementalStepRunReason.Cached));
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(Reasons(result, TrackingNames.ValidationIndex)));

        var trackInputs = Reasons(result, TrackingNames.TrackInputs).ToList();
        Assert.Equal(trackCount, trackInputs.Count);
        Assert.Equal(1, trackInputs.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(trackCount - 1, trackInputs.Count(IsReused));

        // Only the edited track is validated again; every other track's validation is taken from the cache.
        var validations = Reasons(result, TrackingNames.Validate).ToList();
        Assert.Equal(trackCount, validations.Count);
        Assert.Equal(1, validations.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(trackCount - 1, validations.Count(reason => reason == IncrementalStepRunReason.Cached));
        var revalidated = result.TrackedSteps[TrackingNames.Validate].SelectMany(step => step.Outputs).Single(output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal("TrackAbq", Assert.IsType<ValidatedTrack>(revalidated.Value).Track!.Identifier);

        // The checks over all tracks run (they read every validated track) and find the same: nothing after them runs.
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Reasons(result, TrackingNames.ValidationSummary)));

        var emits = Reasons(result, TrackingNames.EmitTrack).ToList();
        Assert.Equal(1, emits.Count(reason => reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New));
        Assert.Equal(trackCount - 1, emits.Count(IsReused));

        // The catalog shows no expectation text: the edited track's view of it is equal, so the catalog model is not even
        // made again, and the catalog not written again (Cached, where emitting the same text again would be Unchanged).
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(Reasons(result, TrackingNames.CatalogModel)));
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

    [Theory]
    [InlineData(TrackCount)]
    [InlineData(LargeTrackCount)]
    public void Editing_one_yaml_file_runs_nothing_for_the_other_files_but_the_summary(int trackCount)
    {
        var (driver, compilation, texts) = FullRun(trackCount: trackCount);
        var original = texts[42 + 1];
        var changed = new InMemoryAdditionalText(original.Path, original.GetText()!.ToString().Replace("at level 5, evangelizes on technology", "at level 5, evangelizes new technologies", StringComparison.Ordinal));

        var result = driver.ReplaceAdditionalText(original, changed).RunGenerators(compilation).GetRunResult().Results.Single();

        // Per file or per track, exactly one output of each step ran: the edited file's parse, its track's validation
        // inputs, its validation and its emission. Everything else per file is taken from the cache.
        foreach (var step in new[] { TrackingNames.Parse, TrackingNames.TrackInputs, TrackingNames.Validate, TrackingNames.EmitTrack })
        {
            var reasons = Reasons(result, step).ToList();
            Assert.True(reasons.Count >= trackCount, step + ": " + reasons.Count + " outputs");
            Assert.Equal(1, reasons.Count(reason => reason == IncrementalStepRunReason.Modified));
            Assert.All(reasons.Where(reason => reason != IncrementalStepRunReason.Modified), reason => Assert.True(IsReused(reason), step + ": " + reason));
        }

        // The index did not run (the edited file's facts are equal); the step over all tracks ran and found the same
        // value, so nothing after it ran.
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(Reasons(result, TrackingNames.ValidationIndex)));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Reasons(result, TrackingNames.ValidationSummary)));
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(Reasons(result, TrackingNames.CatalogModel)));
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(Reasons(result, TrackingNames.EmitCatalog)));
        var ran = AllSteps.Where(step => Reasons(result, step).Any(reason => !IsReused(reason))).OrderBy(step => step, StringComparer.Ordinal);
        Assert.Equal(new[] { TrackingNames.EmitTrack, TrackingNames.Parse, TrackingNames.TrackInputs, TrackingNames.Validate }, ran);
    }

    [Fact]
    public void Changing_a_level_code_changes_the_index_so_every_track_is_validated_again_but_only_that_track_is_emitted()
    {
        var (driver, compilation, texts) = FullRun();
        var original = texts[42 + 1];
        var changed = new InMemoryAdditionalText(original.Path, original.GetText()!.ToString().Replace("code: ABQ10\n", "code: ABQ11\n", StringComparison.Ordinal));
        Assert.NotEqual(original.GetText()!.ToString(), changed.GetText()!.ToString());

        var result = driver.ReplaceAdditionalText(original, changed).RunGenerators(compilation).GetRunResult().Results.Single();

        // A level code is a cross-file fact (other tracks may extend it or move to it): the index changes and every
        // track is validated again, but only the edited one gives a different result.
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(result, TrackingNames.ValidationIndex)));
        var validations = Reasons(result, TrackingNames.Validate).ToList();
        Assert.Equal(1, validations.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(TrackCount - 1, validations.Count(reason => reason == IncrementalStepRunReason.Unchanged));
        Assert.Equal(1, Reasons(result, TrackingNames.EmitTrack).Count(reason => !IsReused(reason)));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(result, TrackingNames.EmitCatalog)));
    }

    [Fact]
    public void After_each_of_a_series_of_edits_the_incremental_run_reports_what_a_fresh_run_reports()
    {
        var (driver, compilation, texts) = FullRun();
        var current = texts.ToArray();
        var edits = new (int File, string Old, string New)[]
        {
            // A sentence another track writes with step Adopts, written with Specializes: CL0052 across tracks.
            (42, "step: Adopts\n        text: at level 2,", "step: Specializes\n        text: at level 2,"),
            // A transition to a level of another track, then that level renamed: CL0043 in the first track.
            (10, "    rank: 3\n", "    rank: 3\n    transitions: [ABQ9]\n"),
            (42, "code: ABQ9\n", "code: ABQ99\n"),
            // A file that can no longer be read to its end: the reference into it is not checked (CL0060).
            (42, "levels:\n", "levels: [\n"),
            // Back, then a level code written twice in one track (CL0011, found by the index), then lines moved above
            // it by a comment: the index is not made again (the facts hold no position), yet the diagnostic moves.
            (42, "levels: [\n", "levels:\n"),
            (42, "code: ABQ7\n", "code: ABQ6\n"),
            (42, "levels:\n", "# a comment that moves every level one line down\nlevels:\n"),
            (42, "# a comment that moves every level one line down\n", string.Empty),
            (42, "code: ABQ6\n    rank: 7", "code: ABQ7\n    rank: 7"),
            // Everything back as it was.
            (42, "code: ABQ99\n", "code: ABQ9\n"),
            (42, "step: Specializes\n        text: at level 2,", "step: Adopts\n        text: at level 2,"),
            (10, "    rank: 3\n    transitions: [ABQ9]\n", "    rank: 3\n"),
        };

        foreach (var (file, oldText, newText) in edits)
        {
            var before = current[file + 1];
            var text = before.GetText()!.ToString();
            Assert.Contains(oldText, text, StringComparison.Ordinal);
            var after = new InMemoryAdditionalText(before.Path, ReplaceFirst(text, oldText, newText));
            current[file + 1] = after;
            driver = driver.ReplaceAdditionalText(before, after).RunGenerators(compilation);

            var fresh = GeneratorHarness.CreateDriver(Array.Empty<(string, string)>()).AddAdditionalTexts(current.ToImmutableArray()).RunGenerators(compilation).GetRunResult();
            var incremental = driver.GetRunResult();
            Assert.Equal(Describe(fresh.Diagnostics), Describe(incremental.Diagnostics));
            Assert.Equal(fresh.GeneratedTrees.Select(tree => tree.ToString()).OrderBy(source => source, StringComparer.Ordinal),
                incremental.GeneratedTrees.Select(tree => tree.ToString()).OrderBy(source => source, StringComparer.Ordinal));
        }

        Assert.Empty(driver.GetRunResult().Diagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Info));
    }

    private static string ReplaceFirst(string text, string oldText, string newText)
    {
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        return text.Substring(0, at) + newText + text.Substring(at + oldText.Length);
    }

    private static List<string> Describe(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Select(diagnostic => diagnostic.ToString()).OrderBy(line => line, StringComparer.Ordinal).ToList();

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
        Assert.All(Reasons(result, TrackingNames.ValidationIndex), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
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
