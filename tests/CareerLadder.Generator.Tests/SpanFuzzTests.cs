using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Authoring.Validation;
using CareerLadder.Generator.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// Span fuzzing: random sequences of YAML tokens, as a track file next to a valid framework, through the real
/// <see cref="LadderGenerator"/> and <see cref="GeneratorDriver"/>. Every diagnostic span (as the pipeline computes it
/// and as the compiler receives it) has its start before its end and lies inside the file, and the generator never
/// fails as a whole (CS8785). 1,000 cases with a fixed seed; CAREERLADDER_FUZZ_ITERATIONS raises the count.
/// </summary>
public sealed class SpanFuzzTests
{
    private const string Seed = "0N8bq5Jg0t2Y";

    private static readonly string[] Headers =
    {
        string.Empty, "track: backend\n", "\"track\": backend\n", "framework: f\n", "overlay: backend\nculture: ko\n",
        "track: backend\nname: Backend\nabbreviation: BE\nlevels:\n",
    };

    private static readonly string[] Tokens =
    {
        "track", "levels", "code", "rank", "title", "extends", "expectations", "sections", "transitions", "technology", "BE1",
        "BE2", "1", "2", ":", ": ", " ", "  ", "\n", "\n  ", "\n    ", "- ", "-", "[", "]", "{", "}", ",", "?", "? ", "\"", "'",
        "- [?", "[?", "{?", "? [", "&a ", "*a", "!!str ", "!!null", "!x ", "#", "|", ">", "---", "...", "%YAML 1.2", "\t", "\r\n", "~", "+duties", "é", "한",
    };

    private static readonly Compilation Consumer = GeneratorHarness.CreateCompilation();

    private readonly ITestOutputHelper _output;

    public SpanFuzzTests(ITestOutputHelper output) => _output = output;

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("CAREERLADDER_FUZZ_ITERATIONS"), out var iterations) && iterations > 0 ? iterations : 1000;

    private static readonly Gen<string> Files =
        Gen.Int[0, Headers.Length - 1].SelectMany(header =>
            Gen.Int[0, Tokens.Length - 1].Array[1, 40].Select(tokens => Headers[header] + string.Concat(tokens.Select(token => Tokens[token]))));

    [Fact]
    public void Random_token_files_give_ordered_spans_inside_the_file_and_never_fail_the_generator()
    {
        var cases = 0;
        var reported = 0;
        Files.Sample(
            text =>
            {
                cases++;
                var files = WithTrack(text);
                var parsed = files.Select(file => LadderParser.Parse(file.Path, file.Text)).ToList();
                var pipeline = parsed.SelectMany(file => file.Diagnostics).Concat(LadderValidator.Validate(parsed).Diagnostics);
                foreach (var diagnostic in pipeline)
                {
                    foreach (var location in new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations))
                    {
                        AssertInside(location.Span, TextOf(files, location.FilePath), diagnostic.ToString());
                    }
                }

                GeneratorHarness.CreateDriver(files, trackSteps: false).RunGeneratorsAndUpdateCompilation(Consumer, out _, out var generatorDiagnostics);
                Assert.DoesNotContain(generatorDiagnostics, diagnostic => diagnostic.Id == "CS8785");
                foreach (var diagnostic in generatorDiagnostics.Where(diagnostic => diagnostic.Location.IsInSource || diagnostic.Location.Kind == LocationKind.ExternalFile))
                {
                    reported++;
                    var line = diagnostic.Location.GetLineSpan();
                    var span = diagnostic.Location.SourceSpan;
                    AssertInside(
                        new SourceSpan(span.Start, span.End, line.StartLinePosition.Line, line.StartLinePosition.Character, line.EndLinePosition.Line, line.EndLinePosition.Character),
                        TextOf(files, line.Path),
                        diagnostic.ToString());
                }
            },
            seed: Seed,
            iter: Iterations,
            threads: 1,
            print: text => text);

        _output.WriteLine($"{cases} random token files, {reported} diagnostics with a location checked.");
        Assert.Equal(Iterations, cases);
    }

    private static string TextOf((string Path, string Text)[] files, string path) =>
        files.Single(file => file.Path == path).Text.TrimStart('\uFEFF');

    private static void AssertInside(SourceSpan span, string text, string what)
    {
        var lineCount = Microsoft.CodeAnalysis.Text.SourceText.From(text).Lines.Count;
        Assert.True(span.Start >= 0 && span.Start <= span.End && span.End <= text.Length, "offsets out of order or outside the file: " + Describe(span) + " in " + what);
        Assert.True(
            span.StartLine >= 0 && span.StartColumn >= 0 && (span.StartLine < span.EndLine || (span.StartLine == span.EndLine && span.StartColumn <= span.EndColumn)),
            "line positions out of order: " + Describe(span) + " in " + what);
        Assert.True(span.EndLine < lineCount, "line beyond the end of the file: " + Describe(span) + " in " + what);
    }

    private static string Describe(SourceSpan span) =>
        $"[{span.Start}..{span.End}) ({span.StartLine},{span.StartColumn})-({span.EndLine},{span.EndColumn})";
}
