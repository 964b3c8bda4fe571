using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring;
using CareerLadder.Authoring.Emitting;
using CareerLadder.Authoring.Model;
using CareerLadder.Generator.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>Any ladder text is emitted safely (string literals and XML docs) and reaches run time unchanged.</summary>
public sealed class InjectionTests
{
    private static readonly string[] Nasty =
    {
        "\"", "\\", "\"\"\"", "*/", "/*", "</summary>", "<", "&", "&amp;", "{", "}", "{0}", "#if DEBUG", "#error", "\n", "\r\n", "\r",
        "\0", "\uD800", "\uDC00", "\u202E", "\u2066", "\u200B", "\u2028", "\u2029", "\u0085", "\t", "\u007F", "🚀", "한국어",
        "\"); System.Environment.Exit(1); //", "\\u0022", "@\"", "$\"{x}\"", "// comment", "\\n",
    };

    [Fact]
    public void Hostile_texts_round_trip_exactly_through_generated_code()
    {
        var texts = Nasty.Concat(new[] { string.Concat(Nasty) }).ToList();
        Gen.Int[0, Nasty.Length - 1].Array[1, 8].Select(indexes => string.Concat(indexes.Select(index => Nasty[index])))
            .Sample(text => texts.Add(text), seed: "3WWLRblpmaP1", iter: 200, threads: 1);

        var catalog = CompiledLadders.Catalog(Compile(texts), "Injection.Ladders.CareerLadders");
        var levels = CompiledLadders.Tracks(catalog).Single().Levels;

        Assert.Equal(texts.Count, levels.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(texts[i], levels[i].Title.Text);
            Assert.Equal(texts[i], levels[i].Summary!.Text);
            Assert.Equal(texts[i], levels[i].Expectations.Single().Text!.Text);
            Assert.Equal(texts[i], levels[i].Sections.Single().Items.Single().Text.Text);
            Assert.Equal(texts[i], levels[i].Chart!.AltText);
        }
    }

    [Fact]
    public void Hostile_retirement_dates_reach_the_lookup_unchanged_and_keep_the_obsolete_aliases_valid()
    {
        var texts = Nasty.Concat(new[] { string.Concat(Nasty) }).ToList();

        var catalog = CompiledLadders.Catalog(Compile(texts, retiredSince: true), "Injection.Ladders.CareerLadders");

        for (var i = 0; i < texts.Count; i++)
        {
            var resolution = (LevelResolution)catalog.GetMethod("ResolveLevel")!.Invoke(null, new object?[] { "R" + i })!;
            Assert.Equal((LevelCodeStatus.Retired, "L" + i, texts[i]), (resolution.Status, resolution.Level?.Code, resolution.RetiredSince));
            var alias = catalog.Assembly.GetType("Injection.Ladders.TTrack")!.GetProperty("R" + i)!;
            Assert.Same(resolution.Level, alias.GetValue(catalog.GetProperty("T")!.GetValue(null)));
        }
    }

    [Theory]
    [InlineData("class", "Class")]
    [InlineData("3D modelling", "_3DModelling")]
    [InlineData("초급", "초급")]
    [InlineData("🚀 Rocket science", "RocketScience")]
    [InlineData("multiple-teams", "MultipleTeams")]
    public void Step_names_become_valid_identifiers(string step, string identifier)
    {
        var framework = FrameworkYaml.Replace("[Adopts, Specializes, Evangelizes]", $"[Adopts, Specializes, \"{step}\"]");
        var outcome = GeneratorHarness.Run(new[] { (FrameworkPath, framework), (TrackPath, TrackYaml) });

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationDiagnostics);
        Assert.Contains(" " + identifier + " = 3,", outcome.Source("CareerLadders.g.cs"), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("🚀", "CL0006")]
    [InlineData("Specializes!", "CL0017")]
    public void Step_names_that_cannot_be_identifiers_are_diagnostics_not_invalid_code(string step, string ruleId)
    {
        var framework = FrameworkYaml.Replace("[Adopts, Specializes, Evangelizes]", $"[Adopts, Specializes, \"{step}\"]");
        var outcome = GeneratorHarness.Run(new[] { (FrameworkPath, framework), (TrackPath, TrackYaml) });

        Assert.Contains(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Id == ruleId);
        Assert.Empty(outcome.CompilationDiagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Level_codes_that_are_keywords_are_escaped()
    {
        var track = TrackYaml.Replace("abbreviation: BE", "abbreviation: i").Replace("code: BE1", "code: int").Replace("code: BE2", "code: if2");
        var outcome = GeneratorHarness.Run(new[] { (FrameworkPath, FrameworkYaml), (TrackPath, track) });

        Assert.Empty(outcome.CompilationDiagnostics);
        Assert.Contains("public global::CareerLadder.Level @int => Levels[0];", outcome.Source("BackendTrack.g.cs"), System.StringComparison.Ordinal);
    }

    private static Compilation Compile(IReadOnlyList<string> texts, bool retiredSince = false)
    {
        var framework = new CodeFramework("f", "F", null, EquatableArray<string>.Empty, EquatableArray<RankDefinition>.Empty,
            new[] { new CodeCompetency("technology", "Technology", "Technology", null, new[] { new CodeStep("Adopts", "Adopts", null) }.ToEquatableArray()) }.ToEquatableArray(),
            new[] { new CodeSection("notes", "Notes", "Notes", SectionShape.List, null) }.ToEquatableArray());
        var levels = texts.Select((text, index) => new CodeLevel(
            "L" + index, "L" + index, index, CodeText.Plain(text), null, null, CodeText.Plain(text), new ChartDefinition("/c.png", null, text),
            new[] { new CodeExpectation(0, 1, CodeText.Plain(text), null) }.ToEquatableArray(),
            new[] { new CodeSectionValue(0, null, new[] { new CodeItem(CodeText.Plain(text), null, EquatableArray<CodeItem>.Empty) }.ToEquatableArray(), null) }.ToEquatableArray(),
            null));
        var track = new CodeTrack("t", "T", CodeText.Plain("T"), "L", null, EquatableArray<LinkDefinition>.Empty, levels.ToEquatableArray(), EquatableArray<string>.Empty)
        {
            FormerCodes = retiredSince
                ? texts.Select((text, index) => new CodeFormerCode("R" + index, "L" + index, text, Renamed: false) { Target = new CodeLevelReference("L" + index, "T", "L" + index) })
                    .OrderBy(former => former.Code, System.StringComparer.Ordinal).ToEquatableArray()
                : EquatableArray<CodeFormerCode>.Empty,
        };
        var sources = LadderEmitter.EmitAll("Injection.Ladders", new ValidatedLadders(framework, new[] { track }.ToEquatableArray(), EquatableArray<Authoring.Diagnostics.LadderDiagnostic>.Empty));
        var compilation = GeneratorHarness.CreateCompilation()
            .AddSyntaxTrees(sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: source.HintName)));
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        return compilation;
    }
}
