using System.Globalization;
using System.Linq;
using CareerLadder.Generator.Tests.Infrastructure;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>Generated code for <c>extends:</c> chains and localization overlays, checked at run time.</summary>
public sealed class InheritanceAndOverlayTests
{
    private const string Chain =
        "track: platform\nname: Platform\nabbreviation: PL\nlevels:\n" +
        "  - code: PL2\n    rank: 2\n    title: Platform 2\n    extends: BE2\n    sections:\n      +duties: [Runs the platform]\n" +
        "  - code: PL3\n    rank: 3\n    title: Platform 3\n    extends: PL2\n    expectations:\n      technology: Evangelizes\n";

    private const string Lead =
        "track: lead\nname: Lead\nabbreviation: LD\nlevels:\n" +
        "  - code: LD3\n    rank: 3\n    title: Lead 3\n    extends: PL3\n    sections:\n      years: 8+\n";

    private const string Korean =
        "overlay: backend\nculture: ko\nname: 백엔드\nlevels:\n  BE2:\n    title: 백엔드 2\n    expectations:\n      technology: 무언가를 안다\n    sections:\n      duties: [설계, 리뷰]\n";

    private static System.Type Compile(params (string Path, string Text)[] extra)
    {
        var outcome = GeneratorHarness.Run(WithTrack(TrackYaml).Concat(extra));
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        return CompiledLadders.Catalog(outcome.Output, "Consumer.Ladders.CareerLadders");
    }

    [Fact]
    public void A_chain_of_three_extends_inherits_overrides_and_appends()
    {
        var catalog = Compile(("/ladders/platform.yaml", Chain), ("/ladders/lead.yaml", Lead));
        var lead = CompiledLadders.Level(catalog, "LD3");

        Assert.Equal(new[] { "PL3", "PL2", "BE2" }, new[] { lead.Extends!.Code, lead.Extends.Extends!.Code, lead.Extends.Extends.Extends!.Code });
        Assert.Null(lead.Extends.Extends.Extends.Extends);
        Assert.Equal(("Evangelizes", "PL3"), (lead.GetExpectation("technology")!.Step.Id, lead.GetExpectation("technology")!.InheritedFrom));
        Assert.Equal(("Multiple Teams", "BE2"), (lead.GetExpectation("influence")!.Step.Id, lead.GetExpectation("influence")!.InheritedFrom));
        Assert.Equal(("knows things", "BE2"), (CompiledLadders.Level(catalog, "PL2").GetExpectation("technology")!.Text!.Text, CompiledLadders.Level(catalog, "PL2").GetExpectation("technology")!.InheritedFrom));

        Assert.True(lead.TryGetSection("years", out var years));
        Assert.Equal(("8+", (string?)null), (years!.Text!.Text, years.InheritedFrom));
        Assert.True(lead.TryGetSection("duties", out var duties));
        Assert.Equal(new[] { "Designs", "Reviews", "Runs the platform" }, duties!.Items.Select(item => item.Text.Text));
        Assert.Equal("PL2", duties.InheritedFrom);
        Assert.True(CompiledLadders.Level(catalog, "PL2").TryGetSection("duties", out var ownAppend));
        Assert.Null(ownAppend!.InheritedFrom);
    }

    [Theory]
    [InlineData("ko", "백엔드 2")]
    [InlineData("ko-KR", "백엔드 2")]
    [InlineData("en-US", "Backend 2")]
    [InlineData("", "Backend 2")]
    public void Overlay_translations_follow_culture_fallback(string culture, string expectedTitle)
    {
        var catalog = Compile(("/ladders/track.ko.yaml", Korean));
        var level = CompiledLadders.Level(catalog, "BE2");
        var cultureInfo = CultureInfo.GetCultureInfo(culture);

        Assert.Equal(expectedTitle, level.Title.Get(cultureInfo));
        Assert.Equal(new[] { "ko" }, level.Track.Cultures);
        Assert.Equal(culture.StartsWith("ko", System.StringComparison.Ordinal) ? "무언가를 안다" : "knows things", level.GetExpectation("technology")!.Text!.Get(cultureInfo));
        Assert.True(level.TryGetSection("years", out var years));
        Assert.Equal("3+", years!.Text!.Get(cultureInfo));
        Assert.True(level.TryGetSection("duties", out var duties));
        Assert.Equal(culture.StartsWith("ko", System.StringComparison.Ordinal) ? "리뷰" : "Reviews", duties!.Items[1].Text.Get(cultureInfo));
        Assert.Equal("Backend 1", CompiledLadders.Level(catalog, "BE1").Title.Get(cultureInfo));
    }

    [Fact]
    public void Inherited_texts_keep_the_translations_of_the_level_they_come_from()
    {
        var catalog = Compile(("/ladders/track.ko.yaml", Korean), ("/ladders/platform.yaml", Chain));

        var inherited = CompiledLadders.Level(catalog, "PL2").GetExpectation("technology")!;

        Assert.Equal("BE2", inherited.InheritedFrom);
        Assert.Equal("무언가를 안다", inherited.Text!.Get(CultureInfo.GetCultureInfo("ko")));
    }
}
