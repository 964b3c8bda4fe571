using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using CareerLadder.Authoring.Model;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>Incremental caching, proven with tracked pipeline steps.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] AllSteps =
        typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetValue(null)!).ToArray();

    private static (string Path, string Text)[] ThreeTracks => new[]
    {
        (FrameworkPath, FrameworkYaml),
        ("/ladders/backend.yaml", TrackYaml),
        ("/ladders/frontend.yaml", TrackYaml.Replace("backend", "frontend").Replace("BE", "FE")),
        ("/ladders/data.yaml", TrackYaml.Replace("backend", "data").Replace("BE", "DA")),
    };

    [Fact]
    public void Rerun_with_same_inputs_is_all_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(ThreeTracks).RunGenerators(compilation);

        var result = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        foreach (var step in AllSteps.Where(result.TrackedSteps.ContainsKey))
        {
            Assert.All(result.TrackedSteps[step].SelectMany(run => run.Outputs), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_a_csharp_file_parses_nothing_and_emits_nothing_new()
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(ThreeTracks).RunGenerators(compilation);
        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(), CSharpSyntaxTree.ParseText("class A { int B; }"));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(Outputs(result, TrackingNames.Parse), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(Outputs(result, TrackingNames.EmitCatalog).Concat(Outputs(result, TrackingNames.EmitTrack)),
            reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
    }

    [Fact]
    public void Editing_one_yaml_file_reparses_only_that_file_and_reemits_only_its_track()
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var files = ThreeTracks;
        var texts = files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToArray();
        var driver = GeneratorHarness.CreateDriver(Array.Empty<(string, string)>()).AddAdditionalTexts(texts.ToImmutableArray()).RunGenerators(compilation);
        var changed = new InMemoryAdditionalText("/ladders/frontend.yaml", files[2].Text.Replace("title: Backend 2", "title: Frontend Two"));

        var result = driver.ReplaceAdditionalText(texts[2], changed).RunGenerators(compilation).GetRunResult().Results.Single();

        var parse = Outputs(result, TrackingNames.Parse).ToList();
        Assert.Equal(1, parse.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(files.Length - 1, parse.Count(reason => reason == IncrementalStepRunReason.Cached));
        var trackInputs = Outputs(result, TrackingNames.TrackInputs).ToList();
        Assert.Equal(1, trackInputs.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(2, trackInputs.Count(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        var emits = Outputs(result, TrackingNames.EmitTrack).ToList();
        Assert.Equal(1, emits.Count(reason => reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New));
        Assert.Equal(2, emits.Count(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Appending_a_comment_to_a_yaml_file_changes_no_model()
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var texts = ThreeTracks.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToArray();
        var driver = GeneratorHarness.CreateDriver(Array.Empty<(string, string)>()).AddAdditionalTexts(texts.ToImmutableArray()).RunGenerators(compilation);
        var commented = new InMemoryAdditionalText(texts[1].Path, ThreeTracks[1].Text + "# reviewed by HR\n");

        var result = driver.ReplaceAdditionalText(texts[1], commented).RunGenerators(compilation).GetRunResult().Results.Single();

        var parse = Outputs(result, TrackingNames.Parse).ToList();
        Assert.Equal(1, parse.Count(reason => reason == IncrementalStepRunReason.Unchanged));
        Assert.Equal(ThreeTracks.Length - 1, parse.Count(reason => reason == IncrementalStepRunReason.Cached));
        Assert.All(Outputs(result, TrackingNames.Validate), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Changing_the_namespace_reemits_every_file()
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(ThreeTracks, new Dictionary<string, string> { ["build_property.CareerLadderNamespace"] = "First.Ladders" })
            .RunGenerators(compilation);

        var result = driver
            .WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(new Dictionary<string, string> { ["build_property.CareerLadderNamespace"] = "Second.Ladders" }))
            .RunGenerators(compilation)
            .GetRunResult();

        Assert.All(Outputs(result.Results.Single(), TrackingNames.Parse), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(Outputs(result.Results.Single(), TrackingNames.EmitTrack), reason => Assert.Equal(IncrementalStepRunReason.Modified, reason));
        Assert.All(result.GeneratedTrees, tree => Assert.Contains("namespace Second.Ladders", tree.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Pipeline_models_hold_no_roslyn_or_yaml_types_and_compare_by_value()
    {
        var banned = new[] { "Microsoft.CodeAnalysis", "YamlDotNet" };
        foreach (var type in new[] { typeof(ParsedLadderFile), typeof(ValidatedLadders), typeof(CareerLadder.Authoring.Validation.LadderIndex), typeof(CareerLadder.Authoring.Validation.TrackValidationInput), typeof(CareerLadder.Authoring.Validation.ValidatedTrack), typeof(CareerLadder.Authoring.Validation.ValidationSummary) })
        {
            foreach (var reached in ReachableTypes(type))
            {
                Assert.DoesNotContain(banned, prefix => reached.FullName!.StartsWith(prefix, StringComparison.Ordinal));
            }
        }

        var first = CareerLadder.Authoring.Parsing.LadderParser.Parse(TrackPath, TrackYaml);
        var second = CareerLadder.Authoring.Parsing.LadderParser.Parse(TrackPath, new string(TrackYaml.ToCharArray()));
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        var validatedFirst = CareerLadder.Authoring.Validation.LadderValidator.Validate(new[] { first, CareerLadder.Authoring.Parsing.LadderParser.Parse(FrameworkPath, FrameworkYaml) });
        var validatedSecond = CareerLadder.Authoring.Validation.LadderValidator.Validate(new[] { CareerLadder.Authoring.Parsing.LadderParser.Parse(FrameworkPath, FrameworkYaml), second });
        Assert.Equal(validatedFirst, validatedSecond);
    }

    private static IEnumerable<IncrementalStepRunReason> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs) ? runs.SelectMany(run => run.Outputs).Select(output => output.Reason) : Enumerable.Empty<IncrementalStepRunReason>();

    private static IEnumerable<Type> ReachableTypes(Type root)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(new[] { root });
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type) || type.IsPrimitive || type == typeof(string))
            {
                continue;
            }

            foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes)
            {
                pending.Push(argument);
            }

            if (type.IsArray)
            {
                pending.Push(type.GetElementType()!);
            }

            if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true && !typeof(IEnumerable).IsAssignableFrom(type))
            {
                continue;
            }

            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                pending.Push(field.FieldType);
            }
        }

        return seen;
    }
}
