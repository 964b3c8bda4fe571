using System.Linq;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// One mistake gives one diagnostic, at the thing to change: a wrong abbreviation is reported at the abbreviation, not
/// at every level code; an <c>extends:</c> cycle at the <c>extends:</c> that closes it, without inheritance errors
/// through the cycle; a group an overlay adds at that group; a level that lists itself in <c>transitions:</c>.
/// </summary>
public sealed class OneMistakeOneDiagnosticTests
{
    private const string Framework =
        "framework: engineering\nname: Engineering\nseniorities: [Junior, Senior]\n" +
        "ranks:\n  1: {}\n  2: {}\n  3: {}\n" +
        "competencies:\n  technology: { name: Technology, steps: [Adopts, Specializes, Evangelizes] }\n" +
        "sections:\n  expected: { name: Is expected to, kind: groups }\n";

    private static Diagnostic Single((string Path, string Text)[] files)
    {
        var outcome = GeneratorHarness.Run(files);
        Assert.Empty(outcome.CompilationDiagnostics);
        return Assert.Single(outcome.GeneratorDiagnostics);
    }

    private static (int Line, int Column) Start(Diagnostic diagnostic) =>
        (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character);

    [Fact]
    public void An_abbreviation_that_prefixes_no_level_code_is_one_CL0027_at_the_abbreviation()
    {
        var track = "track: backend\nname: Backend\nabbreviation: BK\nlevels:\n" +
            "  - { code: BE1, rank: 1, title: Backend 1 }\n  - { code: BE2, rank: 2, title: Backend 2 }\n  - { code: BE3, rank: 3, title: Backend 3 }\n";

        var diagnostic = Single(new[] { ("/ladders/framework.yaml", Framework), ("/ladders/backend.yaml", track) });

        Assert.Equal("CL0027", diagnostic.Id);
        Assert.Equal((2, 14), Start(diagnostic));
        Assert.Contains("'BE1', 'BE2' and 'BE3'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_extends_cycle_is_one_CL0040_at_the_extends_that_closes_it()
    {
        var track = "track: backend\nname: Backend\nabbreviation: BE\nlevels:\n" +
            "  - { code: BE1, rank: 1, title: Backend 1, extends: BE2, expectations: { technology: Adopts } }\n" +
            "  - { code: BE2, rank: 2, title: Backend 2, extends: BE1, expectations: { technology: Specializes } }\n";

        var diagnostic = Single(new[] { ("/ladders/framework.yaml", Framework), ("/ladders/backend.yaml", track) });

        Assert.Equal("CL0040", diagnostic.Id);
        Assert.Equal((5, 53), Start(diagnostic));
    }

    [Fact]
    public void A_group_an_overlay_adds_is_one_CL0037_at_that_group()
    {
        var track = "track: backend\nname: Backend\nabbreviation: BE\nlevels:\n" +
            "  - code: BE1\n    rank: 1\n    title: Backend 1\n    sections:\n      expected:\n        Delivery: [Ships features]\n        Quality: [Writes tests]\n";
        var overlay = "overlay: backend\nculture: de\nlevels:\n  BE1:\n    sections:\n      expected:\n" +
            "        Lieferung: [Liefert Features]\n        Qualität: [Schreibt Tests]\n        Betrieb: [Hat Rufbereitschaft]\n";

        var outcome = GeneratorHarness.Run(new[] { ("/ladders/framework.yaml", Framework), ("/ladders/backend.yaml", track), ("/ladders/backend.de.yaml", overlay) });

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics, candidate => candidate.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CL0037", diagnostic.Id);
        Assert.EndsWith("backend.de.yaml", diagnostic.Location.GetLineSpan().Path, System.StringComparison.Ordinal);
        Assert.Equal((8, 8), Start(diagnostic));
    }

    [Theory]
    [InlineData("[BE1]", 18)]
    [InlineData("[BE2, BE2]", 23)]
    public void A_transition_to_itself_or_repeated_is_one_CL0062_at_the_entry(string transitions, int column)
    {
        var track = "track: backend\nname: Backend\nabbreviation: BE\nlevels:\n" +
            "  - code: BE1\n    rank: 1\n    title: Backend 1\n    transitions: " + transitions + "\n" +
            "  - { code: BE2, rank: 2, title: Backend 2 }\n";

        var diagnostic = Single(new[] { ("/ladders/framework.yaml", Framework), ("/ladders/backend.yaml", track) });

        Assert.Equal("CL0062", diagnostic.Id);
        Assert.Equal((7, column), Start(diagnostic));
    }

    [Fact]
    public void A_translation_of_a_text_the_base_does_not_have_is_one_CL0036_at_its_level()
    {
        var track = "track: backend\nname: Backend\nabbreviation: BE\nlevels:\n  - { code: BE1, rank: 1, title: Backend 1 }\n";
        var overlay = "overlay: backend\nculture: de\nname: Backend\nlevels:\n  BE1: { title: Backend Eins, summary: Lernt das Team kennen }\n";

        var diagnostic = Single(new[] { ("/ladders/framework.yaml", Framework), ("/ladders/backend.yaml", track), ("/ladders/backend.de.yaml", overlay) });

        Assert.Equal("CL0036", diagnostic.Id);
        Assert.Equal((4, 2), Start(diagnostic));
        Assert.Contains("levels/BE1/summary", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }
}
