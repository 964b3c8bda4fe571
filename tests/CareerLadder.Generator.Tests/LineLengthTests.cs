using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// Every generated line stays under <see cref="MaxLineLength"/> characters whatever the ladder text: long framework,
/// competency, step, rank, seniority, section, track and level texts (with line breaks, quotes, non-ASCII and words
/// longer than a line), many tracks and competencies, former codes and ids, and a long namespace. Only lines made of a
/// namespace-qualified type name and a track identifier may be longer, with the long namespace, and only those listed
/// in <see cref="NamespaceLines"/>.
/// </summary>
public sealed class LineLengthTests
{
    private const int MaxLineLength = 160;

    private const string LongNamespace = "Contoso.Engineering.CareerFramework.Generated.Ladders";

    /// <summary>
    /// The lines that may exceed <see cref="MaxLineLength"/>, and only with the long namespace: each holds a namespace-
    /// qualified generated type name that C# cannot break, and the rest of the line is fixed or a track identifier.
    /// </summary>
    private static readonly Regex[] NamespaceLines =
    {
        // A track class's JSON converter: typeof(...TrackJsonConverter<global::{ns}.{Identifier}Track>))], alone on its line.
        new(@"^typeof\(global::CareerLadder\.Serialization\.TrackJsonConverter<global::" + Regex.Escape(LongNamespace) + @"\.\w+Track>\)\)\]$"),

        // A track's property in CareerLadders, typed by its class: public static global::{ns}.{Identifier}Track {Identifier} =>
        new(@"^public static global::" + Regex.Escape(LongNamespace) + @"\.(\w+)Track \1 =>$"),
    };

    [Theory]
    [InlineData(LanguageVersion.Latest, false)]
    [InlineData(LanguageVersion.CSharp7_3, false)]
    [InlineData(LanguageVersion.Latest, true)]
    public void Every_generated_line_is_short_whatever_the_ladder_text(LanguageVersion languageVersion, bool longNamespace)
    {
        var properties = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" };
        if (longNamespace)
        {
            properties["build_property.CareerLadderNamespace"] = LongNamespace;
        }

        var outcome = GeneratorHarness.RunAt(languageVersion, Ladders(tracks: 40, competencies: 12), properties);

        var problems = outcome.GeneratorDiagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).Concat(outcome.CompilationDiagnostics).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(5).Select(problem => problem.Id + " " + problem.Location.GetLineSpan() + " " + Shorten(problem.GetMessage(CultureInfo.InvariantCulture)))));
        var sources = outcome.Result.Results.Single().GeneratedSources;
        Assert.Equal(40 + 2, sources.Length);
        var tooLong = sources
            .SelectMany(source => source.SourceText.Lines.Select(line => (source.HintName, Line: line.LineNumber + 1, Text: line.ToString())))
            .Where(line => line.Text.Length > MaxLineLength && !(longNamespace && NamespaceLines.Any(pattern => pattern.IsMatch(line.Text.Trim()))))
            .ToList();
        // One example of each kind of long line (the namespace and numbers blanked), the longest first.
        var kinds = tooLong
            .GroupBy(line => Regex.Replace(line.Text.Replace(LongNamespace, "{ns}", StringComparison.Ordinal).Trim(), "[0-9]+", "#"))
            .Select(kind => (Count: kind.Count(), Example: kind.OrderByDescending(line => line.Text.Length).First()))
            .OrderByDescending(kind => kind.Example.Text.Length)
            .Select(kind => $"{kind.Count} x {kind.Example.HintName}:{kind.Example.Line} ({kind.Example.Text.Length}): {kind.Example.Text}");
        Assert.True(tooLong.Count == 0, $"{tooLong.Count} lines over {MaxLineLength} characters:\n" + string.Join("\n", kinds.Take(30)));
    }

    [Fact]
    public void The_long_texts_survive_the_splitting_exactly()
    {
        var outcome = GeneratorHarness.Run(Ladders(tracks: 2, competencies: 2), new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" });
        Assert.Empty(outcome.CompilationDiagnostics);
        var catalog = CompiledLadders.Catalog(outcome.Output, "Consumer.Ladders.CareerLadders");
        var competencies = (IReadOnlyList<CareerLadder.Competency>)catalog.GetProperty("Competencies")!.GetValue(null)!;
        var ranks = (IReadOnlyList<CareerLadder.Rank>)catalog.GetProperty("Ranks")!.GetValue(null)!;
        var seniorities = (IReadOnlyList<string>)catalog.GetProperty("Seniorities")!.GetValue(null)!;

        Assert.Equal(LongText("framework"), catalog.GetProperty("FrameworkName")!.GetValue(null));
        Assert.Equal(LongText("competency 2"), competencies[1].Name.ToString());
        Assert.Equal(LongText("description 2"), competencies[1].Description!.ToString());
        Assert.Equal(LongText("step 3 of 2"), competencies[1].Steps[2].Description!.ToString());
        Assert.Equal(LongText("rank 2"), ranks[1].PublicTitle!.ToString());
        Assert.Equal(LongText("rank description 2"), ranks[1].Description!.ToString());
        Assert.Equal(Seniority(1), seniorities[1]);
    }

    private static string Shorten(string text) => text.Length > 200 ? text.Substring(0, 200) + "..." : text;

    /// <summary>A text of about 500 characters: words, a line break, quotes, a backslash, non-ASCII and a 200-letter word.</summary>
    private static string LongText(string what) =>
        "The " + what + " text: builds \"scalable\" services \\ for naïve cafés, 한국어 팀과 함께 🚀, */ </summary> & more.\nSecond line: "
        + string.Concat(Enumerable.Repeat("a long sentence that keeps going and going, ", 6)) + new string('x', 200) + " end.";

    private static string Seniority(int index) => "Seniority " + index.ToString(CultureInfo.InvariantCulture) + " " + string.Concat(Enumerable.Repeat("with a long name ", 12)).TrimEnd();

    private static (string Path, string Text)[] Ladders(int tracks, int competencies)
    {
        var framework = new StringBuilder();
        framework.Append("framework: long\nname: ").Append(Q(LongText("framework"))).Append('\n');
        framework.Append("seniorities: [").Append(string.Join(", ", Enumerable.Range(0, 3).Select(index => Q(Seniority(index))))).Append("]\n");
        framework.Append("ranks:\n");
        for (var rank = 1; rank <= 3; rank++)
        {
            framework.Append($"  {rank}: {{ public-title: {Q(LongText("rank " + rank))}, description: {Q(LongText("rank description " + rank))} }}\n");
        }

        framework.Append("competencies:\n");
        for (var competency = 1; competency <= competencies; competency++)
        {
            framework.Append($"  competency-number-{competency}:\n    name: {Q(LongText("competency " + competency))}\n    description: {Q(LongText("description " + competency))}\n");
            framework.Append($"    renamed-from: [former-competency-number-{competency}-with-a-long-id]\n    steps:\n");
            for (var step = 1; step <= 3; step++)
            {
                framework.Append($"      - {{ name: Step {step}, description: {Q(LongText("step " + step + " of " + competency))} }}\n");
            }
        }

        framework.Append($"sections:\n  notes: {{ name: {Q(LongText("section"))}, kind: text, description: {Q(LongText("section description"))} }}\n");
        var files = new List<(string Path, string Text)> { ("/ladders/framework.yaml", framework.ToString()) };
        for (var track = 0; track < tracks; track++)
        {
            var abbreviation = "T" + (char)('A' + track / 26) + (char)('A' + track % 26);
            var text = new StringBuilder();
            text.Append($"track: track-number-{track}-with-a-rather-long-identifier\nname: {Q("Track " + track + " " + LongText("track " + track))}\n");
            text.Append($"abbreviation: {abbreviation}\nsummary: {Q(LongText("summary " + track))}\n");
            text.Append($"renamed-from: [former-track-number-{track}-with-a-rather-long-identifier]\n");
            text.Append($"retired:\n  - code: {abbreviation}9\n    since: \"2027.1\"\n    replaced-by: {abbreviation}2\n  - code: {abbreviation}8\n");
            text.Append("levels:\n");
            for (var level = 1; level <= 3; level++)
            {
                text.Append($"  - code: {abbreviation}{level}\n    rank: {level}\n    title: {Q(LongText("title " + level))}\n    summary: {Q(LongText("level summary " + level))}\n");
                text.Append($"    renamed-from: [{abbreviation}0{level}]\n    expectations:\n");
                for (var competency = 1; competency <= competencies; competency++)
                {
                    text.Append($"      competency-number-{competency}: {{ step: Step {Math.Min(level, 3)}, text: {Q(LongText("expectation " + competency + " at level " + level))} }}\n");
                }

                text.Append($"    sections:\n      notes: {Q(LongText("notes " + level))}\n");
            }

            files.Add(($"/ladders/track-{track}.yaml", text.ToString()));
        }

        return files.ToArray();
    }

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="value"/>.</summary>
    private static string Q(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
