using System.Linq;
using System.Text;
using CareerLadder.Authoring.Emitting;
using CareerLadder.Generator.Tests.Infrastructure;
using CareerLadder.Metadata;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// A track's generated code is data (one string constant and one table of numbers, read by the runtime's
/// <c>TrackTable</c>): inherited content is written once and shared, and every line stays short whatever the ladder text.
/// </summary>
public sealed class TrackTableTests
{
    /// <summary>BE3 extends BE2 (same track) and states nothing of its own but its title.</summary>
    private const string Extending = TrackYaml +
        "  - code: BE3\n    rank: 3\n    title: Backend 3\n    extends: BE2\n";

    [Fact]
    public void A_level_that_extends_another_shares_its_content_and_the_text_is_written_once()
    {
        var outcome = GeneratorHarness.Run(WithTrack(Extending));
        Assert.Empty(outcome.CompilationDiagnostics);
        var catalog = CompiledLadders.Catalog(outcome.Output, "Consumer.Ladders.CareerLadders");
        var (be2, be3) = (CompiledLadders.Level(catalog, "BE2"), CompiledLadders.Level(catalog, "BE3"));

        Assert.True(be2.TryGetSection("duties", out var own));
        Assert.True(be3.TryGetSection("duties", out var inherited));
        Assert.Equal(("BE2", (string?)null), (inherited!.InheritedFrom, own!.InheritedFrom));
        Assert.Same(own.Items[0], inherited.Items[0]);
        Assert.Same(be2.GetExpectation("technology")!.Text, be3.GetExpectation("technology")!.Text);
        Assert.Equal("BE2", be3.Extends!.Code);

        var source = outcome.Source("BackendTrack.g.cs");
        Assert.Equal(1, Occurrences(source, "\"knows things\""));
        Assert.Equal(1, Occurrences(source, "\"Designs\""));
    }

    [Fact]
    public void Levels_extending_one_with_a_long_list_hold_it_by_reference()
    {
        var track = new StringBuilder("track: backend\nname: Backend\nabbreviation: BE\nlevels:\n  - code: BE1\n    rank: 1\n    title: Backend 1\n    sections:\n      duties:\n");
        for (var item = 0; item < 100; item++)
        {
            track.Append("        - Duty number ").Append(item).Append(" of the base level\n");
        }

        for (var level = 2; level <= 31; level++)
        {
            track.Append("  - code: BE").Append(level).Append("\n    rank: 1\n    title: Backend ").Append(level).Append("\n    extends: BE1\n");
        }

        var outcome = GeneratorHarness.Run(WithTrack(track.ToString()));
        Assert.Empty(outcome.CompilationDiagnostics);
        var source = outcome.Source("BackendTrack.g.cs");

        Assert.Equal(1, Occurrences(source, "Duty number 57 of the base level"));
        var catalog = CompiledLadders.Catalog(outcome.Output, "Consumer.Ladders.CareerLadders");
        Assert.True(CompiledLadders.Level(catalog, "BE31").TryGetSection("duties", out var duties));
        Assert.Equal(100, duties!.Items.Count);
        Assert.Equal("Duty number 99 of the base level", duties.Items[99].Text.Text);
    }

    [Fact]
    public void Long_texts_are_split_over_short_lines_and_read_back_exactly()
    {
        var words = string.Concat(Enumerable.Range(0, 120).Select(index => "word" + index + " \"quoted\" \\ "));
        var unbroken = new string('x', 400) + "😀" + new string('é', 50);
        var track = TrackYaml.Replace("text: knows things", "text: '" + words.Replace("'", "''") + "'")
            .Replace("title: Backend 1", "title: " + unbroken);
        var outcome = GeneratorHarness.Run(WithTrack(track));
        Assert.Empty(outcome.CompilationDiagnostics);

        var source = outcome.Source("BackendTrack.g.cs");
        Assert.All(source.Split('\n').Where(line => !line.TrimStart().StartsWith("[global::System.Text.Json", System.StringComparison.Ordinal)), line => Assert.True(line.Length <= 160, line));
        var catalog = CompiledLadders.Catalog(outcome.Output, "Consumer.Ladders.CareerLadders");
        Assert.Equal(words, CompiledLadders.Level(catalog, "BE2").GetExpectation("technology")!.Text!.Text);
        Assert.Equal(unbroken, CompiledLadders.Level(catalog, "BE1").Title.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("a \"quoted\" text with \\ backslashes, \t tabs, \n newlines and \u2028 separators, repeated a few times to pass the width")]
    [InlineData("😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀")]
    public void Literal_parts_join_to_the_value_and_fit_their_width(string value)
    {
        var parts = CSharpText.LiteralParts(value, 24);

        Assert.All(parts, part => Assert.True(part.Length <= 24, part));
        var joined = string.Concat(parts.Select(part => ((LiteralExpressionSyntax)SyntaxFactory.ParseExpression(part)).Token.ValueText));
        Assert.Equal(value, joined);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, System.StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, System.StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
