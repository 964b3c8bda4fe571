using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CareerLadder.Generator.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// Every valid YAML spelling of a ladder means the same ladder: the repository's ladders, written again with other
/// quoting, block and folded scalars, flow collections, key order, comments, anchors, merge keys, line breaks, byte order
/// mark, document markers or the <c>.yml</c> extension, generate byte-identical sources and the same diagnostics.
/// </summary>
public sealed class YamlSpellingTests
{
    private static readonly Dictionary<string, string> Properties = new() { ["build_property.RootNamespace"] = "Consumer" };

    private static readonly YamlSpelling[] Spellings =
    {
        new("original text with CRLF", LineBreak: "\r\n", KeepText: true),
        new("original text with BOM and document markers", ByteOrderMark: true, DocumentMarkers: true, KeepText: true),
        new("original text with CR", LineBreak: "\r", KeepText: true),
        new("rewritten plain"),
        new("rewritten with CRLF", LineBreak: "\r\n"),
        new("single quotes", ScalarSpelling.SingleQuoted, QuoteKeys: true),
        new("double quotes", ScalarSpelling.DoubleQuoted, QuoteKeys: true),
        new("literal block scalars", ScalarSpelling.Literal),
        new("folded block scalars", ScalarSpelling.Folded),
        new("flow collections", Flow: true),
        new("flow collections, single quotes and anchors", ScalarSpelling.SingleQuoted, Flow: true, AnchorRepeats: true),
        new("reversed keys", ReverseKeys: true),
        new("comments everywhere", Comments: true),
        new("anchors and aliases for repeated values", AnchorRepeats: true),
        new("merge keys", MergeKeys: true),
        new("yml extension", YmlExtension: true),
        new(
            "everything at once",
            ScalarSpelling.Folded,
            ReverseKeys: true,
            Comments: true,
            AnchorRepeats: true,
            MergeKeys: true,
            LineBreak: "\r\n",
            ByteOrderMark: true,
            DocumentMarkers: true,
            YmlExtension: true),
    };

    private static IReadOnlyList<(string Path, string Text)> RepositoryFiles =>
        GeneratorHarness.LoadDirectory(Path.Combine(GeneratorHarness.RepositoryRoot, "ladders")).ToList();

    public static TheoryData<string> SpellingNames()
    {
        var data = new TheoryData<string>();
        foreach (var spelling in Spellings)
        {
            data.Add(spelling.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SpellingNames))]
    public void A_repository_ladder_spelt_another_way_generates_byte_identical_sources(string name)
    {
        var spelling = Spellings.Single(candidate => candidate.Name == name);
        var expected = GeneratorHarness.Run(RepositoryFiles, Properties);
        var respelt = RepositoryFiles
            .Select(file => (Path: spelling.YmlExtension ? Path.ChangeExtension(file.Path, ".yml") : file.Path, Text: YamlSpellingWriter.Write(file.Text, spelling)))
            .ToList();

        var actual = GeneratorHarness.Run(respelt, Properties);

        Assert.Equal(Diagnostics(expected), Diagnostics(actual));
        Assert.Equal(Sources(expected).Select(source => source.HintName), Sources(actual).Select(source => source.HintName));
        foreach (var (hintName, text) in Sources(expected))
        {
            Assert.Equal(text, Sources(actual).Single(source => source.HintName == hintName).Text);
        }
    }

    [Fact]
    public void The_spellings_really_differ_from_the_original()
    {
        var original = RepositoryFiles.Single(file => file.Path.EndsWith("people-manager.yaml", StringComparison.Ordinal)).Text;

        var spellings = Spellings.Where(spelling => !spelling.YmlExtension || spelling.Comments).ToList();
        var texts = spellings.Select(spelling => YamlSpellingWriter.Write(original, spelling)).ToList();

        Assert.Equal(spellings.Count, texts.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(original, texts);
        Assert.Contains(texts, text => text.Contains("<<:", StringComparison.Ordinal) && text.Contains(": *v", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains(": >-", StringComparison.Ordinal));
    }

    private static string[] Diagnostics(GeneratorOutcome outcome) =>
        outcome.GeneratorDiagnostics.Select(diagnostic => diagnostic.Id + " " + diagnostic.Severity + " " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .Concat(outcome.CompilationDiagnostics.Select(diagnostic => diagnostic.Id))
            .OrderBy(text => text, StringComparer.Ordinal)
            .ToArray();

    private static (string HintName, string Text)[] Sources(GeneratorOutcome outcome) =>
        outcome.Result.Results.Single().GeneratedSources
            .Select(source => (source.HintName, source.SourceText.ToString()))
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .ToArray();
}
