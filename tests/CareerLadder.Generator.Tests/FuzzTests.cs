using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CareerLadder.Generator.Tests.Infrastructure;
using CsCheck;
using Xunit;
using Xunit.Abstractions;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// Property-based fuzzing of the real generator (<see cref="LadderGenerator"/> under a generator driver, output compiled
/// against the runtime) with random mutations of the repository's ladders: the generator never fails (no CS8785, no
/// CL0020), every diagnostic span lies ordered inside its file, and either the generated code compiles with no error
/// or warning or a CL error explains why not. 500 cases by default with a fixed seed; set
/// CAREERLADDER_FUZZ_ITERATIONS=10000 for the long mode.
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
    public void Mutated_ladders_through_the_real_generator_either_compile_or_report_a_CL_error()
    {
        var build = new GeneratedBuild();
        var cases = 0;
        var gen = Gen.Int[0, Files.Count - 1].SelectMany(index => Mutation(Files[index].Text).Select(text => (Index: index, Text: text)));

        gen.Sample(
            sample =>
            {
                var files = Files.ToList();
                files[sample.Index] = (Files[sample.Index].Path, sample.Text);
                build.Check(files, Files[sample.Index].Path + ":\n" + sample.Text);
                cases++;
            },
            seed: Seed,
            iter: Iterations,
            threads: 1,
            print: sample => Files[sample.Index].Path + ":\n" + sample.Text);

        _output.WriteLine($"Fuzzed {cases} mutated ladder sets through LadderGenerator; {build.Clean} had no CL error and compiled cleanly ({build.DistinctCompiled} distinct outputs compiled).");
        Assert.Equal(Iterations, cases);
        Assert.True(build.Clean > 0, "No mutation left a valid ladder; the fuzzer is not exercising the emitter.");
    }
}
