using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Emitting;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Authoring.Validation;
using CareerLadder.Generator.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// Property-based fuzzing of the whole pipeline with random mutations of the repository's ladders: nothing throws,
/// and either the generated code compiles with no error or at least one CL error explains why not.
/// 500 cases by default with a fixed seed; set CAREERLADDER_FUZZ_ITERATIONS=10000 for the long mode.
/// </summary>
public sealed class FuzzTests
{
    private const string Seed = "3WWLRblpmaP1";
    private static readonly List<(string Path, string Text)> Files =
        GeneratorHarness.LoadDirectory(Path.Combine(GeneratorHarness.RepositoryRoot, "ladders")).ToList();

    private static readonly string[] Fragments =
    {
        "\t", "\0", "\uFEFF", "\r\n", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!int ", "\"", "'", "#", "|\n", ">\n",
        "---\n", "? ", "\uD800", "\u202E", "\u200B", "é", "한국어", "🚀", "%YAML 1.2\n", "<<: ", "~", "null", "-1", "99999999999",
    };

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("CAREERLADDER_FUZZ_ITERATIONS"), out var iterations) && iterations > 0 ? iterations : 500;

    private static Gen<string> Mutation(string text) =>
        Gen.Int[0, 9].SelectMany(kind =>
            Gen.Int[0, Math.Max(0, text.Length - 1)].SelectMany(position =>
                Gen.Int[0, Fragments.Length - 1].SelectMany(fragment =>
                    Gen.Int[1, 40].Select(length => Mutate(text, kind, position, Fragments[fragment], length)))));

    private static string Mutate(string text, int kind, int position, string fragment, int length)
    {
        var lines = text.Split('\n').ToList();
        var line = lines.Count == 0 ? 0 : position % lines.Count;
        switch (kind)
        {
            case 0:
                lines.RemoveAt(line);
                return string.Join("\n", lines);
            case 1:
                lines.Insert(line, lines[line]);
                return string.Join("\n", lines);
            case 2:
                return text.Substring(0, position);
            case 3:
                return text.Insert(position, fragment);
            case 4:
                return text.Remove(position, Math.Min(length, text.Length - position));
            case 5:
                lines[line] = "  " + lines[line];
                return string.Join("\n", lines);
            case 6:
                lines[line] = lines[line].TrimStart();
                return string.Join("\n", lines);
            case 7:
                return "\uFEFF" + text.Replace("\n", "\r\n");
            case 8:
                lines[line] = lines[line].Replace(":", string.Empty);
                return string.Join("\n", lines);
            default:
                var random = new StringBuilder();
                for (var i = 0; i < length; i++)
                {
                    random.Append((char)((position * 31 + i * 7919) % 0xFFFF));
                }

                return text.Insert(position, random.ToString());
        }
    }

    [Fact]
    public void Mutated_ladders_never_throw_and_either_compile_or_report_an_error()
    {
        var parsed = Files.Select(file => LadderParser.Parse(file.Path, file.Text)).ToList();
        var cases = 0;
        var compiled = 0;
        var seenOutputs = new HashSet<string>(StringComparer.Ordinal);
        var gen = Gen.Int[0, Files.Count - 1].SelectMany(index => Mutation(Files[index].Text).Select(text => (Index: index, Text: text)));

        gen.Sample(
            sample =>
            {
                var files = parsed.ToList();
                files[sample.Index] = LadderParser.Parse(Files[sample.Index].Path, sample.Text);
                var validated = LadderValidator.Validate(files);
                var diagnostics = files.SelectMany(file => file.Diagnostics).Concat(validated.Diagnostics).ToList();
                Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.RuleId == LadderRules.InternalError.Id);
                var sources = LadderEmitter.EmitAll("Fuzz.Ladders", validated);
                cases++;
                if (diagnostics.Any(diagnostic => diagnostic.Rule.Severity == LadderSeverity.Error))
                {
                    return;
                }

                compiled++;
                if (!seenOutputs.Add(string.Concat(sources.Select(source => source.Text))))
                {
                    return;
                }

                var errors = Compile(sources);
                Assert.True(errors.Count == 0, "Generated code does not compile without any CL error:\n" + string.Join("\n", errors) + "\n--- input ---\n" + sample.Text);
            },
            seed: Seed,
            iter: Iterations,
            threads: 1,
            print: sample => Files[sample.Index].Path + ":\n" + sample.Text);

        _output.WriteLine($"Fuzzed {cases} mutated ladder sets; {compiled} had no CL error and compiled cleanly ({seenOutputs.Count} distinct outputs compiled).");
        Assert.Equal(Iterations, cases);
        Assert.True(compiled > 0, "No mutation left a valid ladder; the fuzzer is not exercising the emitter.");
    }

    private static List<Diagnostic> Compile(IReadOnlyList<GeneratedFile> sources)
    {
        var compilation = GeneratorHarness.CreateCompilation()
            .AddSyntaxTrees(sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: source.HintName)));
        return compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
    }
}
