using System;
using System.Linq;
using CareerLadder.Authoring;
using CareerLadder.Authoring.Emitting;
using CareerLadder.Authoring.Model;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// Text written into comments goes through one escaping function, and no generated line may hold a raw line break.
/// The emitter is called directly with names validation would reject, so that the emitter's own safety is tested.
/// </summary>
public sealed class CommentEscapingTests
{
    private const string Breaking = "BE\nusing System; class Injected { }\r\n// \u2028x\u2029y\u0085z */ </summary> &";

    [Fact]
    public void Comment_line_escaping_leaves_no_line_break()
    {
        var escaped = CSharpText.CommentLine(Breaking);

        Assert.Equal(-1, escaped.IndexOfAny(new[] { '\n', '\r', '\u0085', '\u2028', '\u2029' }));
        Assert.Contains("&lt;/summary&gt;", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_line_break_in_a_generated_line_is_refused()
    {
        foreach (var lineBreak in new[] { "\n", "\r", "\u0085", "\u2028", "\u2029" })
        {
            Assert.Throws<InvalidOperationException>(() => new SourceWriter().Line("// a" + lineBreak + "b"));
        }
    }

    [Fact]
    public void Abbreviations_and_ids_with_line_breaks_stay_inside_their_comments_and_literals()
    {
        var framework = new CodeFramework("f", "F", null, EquatableArray<string>.Empty, EquatableArray<RankDefinition>.Empty,
            new[] { new CodeCompetency(Breaking, "Technology", "Technology", null, new[] { new CodeStep("Adopts", "Adopts", null) }.ToEquatableArray()) }.ToEquatableArray(),
            EquatableArray<CodeSection>.Empty);
        var level = new CodeLevel("BE1", "BE1", 1, CodeText.Plain("One"), null, null, null, null,
            new[] { new CodeExpectation(0, 1, null, null) }.ToEquatableArray(), EquatableArray<CodeSectionValue>.Empty, null);
        var track = new CodeTrack("t", "T", CodeText.Plain("T"), Breaking, null, EquatableArray<LinkDefinition>.Empty, new[] { level }.ToEquatableArray(), EquatableArray<string>.Empty);

        var sources = LadderEmitter.EmitAll("Escaping.Ladders", new ValidatedLadders(framework, new[] { track }.ToEquatableArray(), EquatableArray<Authoring.Diagnostics.LadderDiagnostic>.Empty));
        var compilation = GeneratorHarness.CreateCompilation()
            .AddSyntaxTrees(sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: source.HintName)));

        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        Assert.Null(compilation.GetTypeByMetadataName("Injected"));
        var abbreviation = CompiledLadders.Tracks(CompiledLadders.Catalog(compilation, "Escaping.Ladders.CareerLadders")).Single().Abbreviation;
        Assert.Equal(Breaking, abbreviation);
    }
}
