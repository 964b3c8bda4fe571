using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Authoring.Validation;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// Charts copied from another level of the same track (CL0029), found whatever form the level is named in: its code,
/// the track's id, name or abbreviation with the level's number, or its title inside a longer text.
/// </summary>
public sealed class ChartMentionTests
{
    private const string SoftwareEngineer =
        "track: software-engineer\n" +
        "name: Software Engineer\n" +
        "abbreviation: SE\n" +
        "levels:\n" +
        "  - code: SE1\n" +
        "    rank: 1\n" +
        "    title: Software Engineer\n" +
        "    chart: { src: /charts/software-engineer-1.png, alt: Radar chart for Senior Software Engineer }\n" +
        "  - code: SE2\n" +
        "    rank: 2\n" +
        "    title: Senior Software Engineer\n" +
        "    chart: { src: /charts/software-engineer-1.png, dark: /charts/SoftwareEngineer1Dark.png, alt: Senior Software Engineer }\n" +
        "  - code: SE3\n" +
        "    rank: 3\n" +
        "    title: Staff Software Engineer\n" +
        "    chart: { src: /charts/softwareengineer_2.png, alt: Radar chart for Senior Software Engineer }\n";

    [Fact]
    public void A_chart_naming_another_level_of_its_track_in_any_common_form_is_reported()
    {
        var references = Validate(SoftwareEngineer)
            .Where(diagnostic => diagnostic.RuleId == LadderRules.ReferenceNamesOther.Id)
            .Select(diagnostic => diagnostic.Message)
            .ToArray();

        Assert.Equal(
            new[]
            {
                "The chart text 'Radar chart for Senior Software Engineer' of level 'SE1' refers to level 'SE2'; point it at this level's own resource",
                "The chart image '/charts/software-engineer-1.png' of level 'SE2' refers to level 'SE1'; point it at this level's own resource",
                "The dark chart image '/charts/SoftwareEngineer1Dark.png' of level 'SE2' refers to level 'SE1'; point it at this level's own resource",
                "The chart image '/charts/softwareengineer_2.png' of level 'SE3' refers to level 'SE2'; point it at this level's own resource",
                "The chart text 'Radar chart for Senior Software Engineer' of level 'SE3' refers to level 'SE2'; point it at this level's own resource",
            },
            references);
    }

    [Fact]
    public void A_chart_naming_its_own_level_in_any_form_is_clean()
    {
        var clean = SoftwareEngineer
            .Replace("alt: Radar chart for Senior Software Engineer }\n  - code: SE2", "alt: Radar chart for Software Engineer }\n  - code: SE2")
            .Replace("/charts/software-engineer-1.png, dark: /charts/SoftwareEngineer1Dark.png", "/charts/se-2.png, dark: /charts/SoftwareEngineer2Dark.png")
            .Replace("/charts/softwareengineer_2.png, alt: Radar chart for Senior Software Engineer", "/charts/softwareengineer_3.png, alt: Staff Software Engineer (SE3)");

        Assert.DoesNotContain(Validate(clean), diagnostic => diagnostic.RuleId == LadderRules.ReferenceNamesOther.Id);
    }

    [Fact]
    public void A_file_name_in_a_chart_text_is_not_read_as_the_abbreviation_of_its_extension()
    {
        var picture = "track: picture\nname: Picture\nabbreviation: PNG\nlevels:\n  - { code: PNG1, rank: 1, title: Picture 1 }\n";
        var backend = TrackYaml.Replace("    title: Backend 1\n", "    title: Backend 1\n    chart: { src: /charts/level-1.png, alt: Chart level-1.png }\n");

        var diagnostics = Validate(backend, ("/ladders/picture.yaml", picture));

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.RuleId == LadderRules.ReferenceNamesOther.Id);
    }

    [Theory]
    [InlineData("/charts/level-3.png", "charts level 3")]
    [InlineData("/charts/TechnicalProgramManager-4-dark.svg", "charts technical program manager 4 dark")]
    [InlineData("technicalprogrammanager_4", "technicalprogrammanager 4")]
    [InlineData("Radar chart (tpm4.png) for TPM4.", "radar chart tpm 4 for tpm 4")]
    [InlineData("XMLParser v1.2", "xml parser v 1 2")]
    public void References_are_split_into_lowercase_words_and_numbers_without_file_extensions(string text, string words)
    {
        Assert.Equal(words, string.Join(" ", ReferenceWords.Split(text)));
    }

    private static System.Collections.Generic.List<LadderDiagnostic> Validate(string track, params (string Path, string Text)[] more)
    {
        var framework = FrameworkYaml.Replace("  3: {}\n", "  3: { public-title: Staff Engineer }\n");
        var parsed = new[] { (FrameworkPath, framework), (TrackPath, track) }.Concat(more).Select(file => LadderParser.Parse(file.Item1, file.Item2)).ToList();
        return parsed.SelectMany(file => file.Diagnostics).Concat(LadderValidator.Validate(parsed).Diagnostics).ToList();
    }
}
