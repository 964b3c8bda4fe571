using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CareerLadder.Generator.Tests.Infrastructure;

/// <summary>
/// One build as a consumer gets it: the real <see cref="LadderGenerator"/> under <see cref="CSharpGeneratorDriver"/>,
/// its output compiled against the runtime library. <see cref="Check"/> asserts the generator's contract for any input:
/// it never fails as a whole (CS8785) nor internally (CL0020), every diagnostic span is ordered and inside its file, and
/// without a CL error the generated code compiles with no error or warning.
/// </summary>
internal sealed class GeneratedBuild
{
    private readonly CSharpCompilation _consumer;
    private readonly HashSet<string> _compiledOutputs = new(StringComparer.Ordinal);
    private readonly LanguageVersion _languageVersion;

    /// <param name="languageVersion">
    /// The consumer's C# version: the generated files are parsed at it, and below C# 8.0 the consumer has no nullable
    /// context, as a project at that version cannot have one.
    /// </param>
    public GeneratedBuild(LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        _languageVersion = languageVersion;
        var consumer = GeneratorHarness.CreateCompilation();
        _consumer = languageVersion >= LanguageVersion.CSharp8
            ? consumer
            : consumer.WithOptions(consumer.Options.WithNullableContextOptions(NullableContextOptions.Disable));
    }

    /// <summary>Builds that had no CL error (their generated code was compiled, or was identical to one that was).</summary>
    public int Clean { get; private set; }

    /// <summary>Distinct generated outputs compiled.</summary>
    public int DistinctCompiled => _compiledOutputs.Count;

    /// <summary>Runs one build and asserts the contract; <paramref name="input"/> is shown when it fails.</summary>
    /// <param name="files">The ladder files.</param>
    /// <param name="input">What to print on failure, for example the mutated file.</param>
    public void Check(IReadOnlyList<(string Path, string Text)> files, string input)
    {
        var driver = GeneratorHarness.CreateDriver(files, new TestOptionsProvider(), trackSteps: false, _languageVersion)
            .RunGeneratorsAndUpdateCompilation(_consumer, out var output, out var diagnostics);
        var context = "\n--- input ---\n" + input;

        var failures = diagnostics.Where(diagnostic => diagnostic.Id.StartsWith("CS", StringComparison.Ordinal) || diagnostic.Id == "CL0020").ToList();
        Assert.True(failures.Count == 0, "The generator failed:\n" + string.Join("\n", failures) + context);
        var texts = files.GroupBy(file => file.Path, StringComparer.Ordinal).ToDictionary(group => group.Key, group => SourceText.From(group.Last().Text), StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            foreach (var location in new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations))
            {
                AssertInsideFile(diagnostic, location, texts, context);
            }
        }

        if (diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
        {
            return;
        }

        Clean++;
        var generated = string.Concat(driver.GetRunResult().GeneratedTrees.Select(tree => tree.FilePath + "\n" + tree.GetText()));
        if (!_compiledOutputs.Add(generated))
        {
            return;
        }

        var problems = output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, "Generated code does not compile cleanly although no CL error was reported:\n" + string.Join("\n", problems.Take(20)) + context);
    }

    private static void AssertInsideFile(Diagnostic diagnostic, Location location, IReadOnlyDictionary<string, SourceText> texts, string context)
    {
        if (location == Location.None)
        {
            return;
        }

        var lineSpan = location.GetLineSpan();
        Assert.True(texts.TryGetValue(lineSpan.Path, out var text), $"{diagnostic.Id} points to a file that is not an input: '{lineSpan.Path}'{context}");
        var span = location.SourceSpan;
        Assert.True(lineSpan.StartLinePosition <= lineSpan.EndLinePosition && span.End <= text!.Length, $"{diagnostic.Id} has a span outside its file or inverted: {lineSpan} {span} in {text.Length} characters{context}");
        var end = lineSpan.EndLinePosition;
        Assert.True(end.Line < text.Lines.Count && end.Character <= text.Lines[end.Line].SpanIncludingLineBreak.Length, $"{diagnostic.Id} ends past its file: {lineSpan}{context}");
    }
}
