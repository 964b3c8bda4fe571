using System.Linq;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Authoring.Validation;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// A chart path or alt text copied from another level of the same track (CL0029), in the forms pages use: the track's
/// name or id with another level's number (<c>software-engineer-2.png</c> at SE3), or another level's title inside a
/// longer text ("Radar chart for Senior Software Engineer"), also when the own title is part of that title.
/// </summary>
public sealed class ChartCopyTests
{
    [Theory]
    [InlineData("SE3", "/charts/software-engineer-2.png", null, "The chart image '/charts/software-engineer-2.png' of level 'SE3' refers to level 'SE2'")]
    [InlineData("SE2", "/charts/softwareengineer_1.png", null, "The chart image '/charts/softwareengineer_1.png' of level 'SE2' refers to level 'SE1'")]
    [InlineData("SE3", "/charts/Software Engineer 1-dark.svg", null, "The chart image '/charts/Software Engineer 1-dark.svg' of level 'SE3' refers to level 'SE1'")]
    [InlineData("SE3", "/charts/se-3.png", "Radar chart for Senior Software Engineer", "The chart text 'Radar chart for Senior Software Engineer' of level 'SE3' refers to level 'SE2'")]
    [InlineData("SE1", "/charts/se-1.png", "Radar chart for Senior Software Engineer", "The chart text 'Radar chart for Senior Software Engineer' of level 'SE1' refers to level 'SE2'")]
    public void A_chart_naming_another_level_of_the_track_is_CL0029(string code, string src, string? alt, string message)
    {
        var diagnostic = Assert.Single(Validate(code, src, alt), candidate => candidate.RuleId == "CL0029");

        Assert.StartsWith(message, diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SE2", "/charts/software-engineer-2.png", "Radar chart for Senior Software Engineer")]
    [InlineData("SE1", "/charts/software-engineer-1.png", "Software Engineer")]
    [InlineData("SE3", "/charts/software-engineer-3-dark.png", "Staff Software Engineer, level 3")]
    [InlineData("SE2", "/charts/software-engineer-9.png", null)]
    [InlineData("SE2", "/charts/2024/engineering.png", "Engineer chart")]
    public void A_chart_naming_its_own_level_or_no_level_is_clean(string code, string src, string? alt)
    {
        Assert.DoesNotContain(Validate(code, src, alt), candidate => candidate.RuleId == "CL0029");
    }

    private static System.Collections.Generic.List<CareerLadder.Authoring.Diagnostics.LadderDiagnostic> Validate(string code, string src, string? alt)
    {
        var chart = alt is null ? $"    chart: \"{src}\"\n" : $"    chart: {{ src: \"{src}\", alt: \"{alt}\" }}\n";
        var track = "track: software-engineer\nname: Software Engineer\nabbreviation: SE\nlevels:\n"
            + Level("SE1", 1, "Software Engineer", "Adopts", code == "SE1" ? chart : string.Empty)
            + Level("SE2", 2, "Senior Software Engineer", "Specializes", code == "SE2" ? chart : string.Empty)
            + Level("SE3", 3, "Staff Software Engineer", "Evangelizes", code == "SE3" ? chart : string.Empty);
        var parsed = WithTrack(track).Select(file => LadderParser.Parse(file.Path, file.Text)).ToList();
        var diagnostics = parsed.SelectMany(file => file.Diagnostics).Concat(LadderValidator.Validate(parsed).Diagnostics).ToList();
        Assert.All(diagnostics, diagnostic => Assert.Equal("CL0029", diagnostic.RuleId));
        return diagnostics;
    }

    private static string Level(string code, int rank, string title, string step, string chart) =>
        $"  - code: {code}\n    rank: {rank}\n    title: {title}\n{chart}    expectations:\n      technology: {step}\n";
}
