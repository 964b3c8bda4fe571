using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Authoring.Validation;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>The validation step: references across files, duplicates and C# names.</summary>
public sealed class ValidatorTests
{
    private static ValidatedLadders Validate(params (string Path, string Text)[] files) =>
        LadderValidator.Validate(files.Select(file => LadderParser.Parse(file.Path, file.Text)));

    private static IEnumerable<string> Rules(ValidatedLadders ladders) => ladders.Diagnostics.Select(diagnostic => diagnostic.RuleId);

    [Fact]
    public void Clean_ladder_resolves_steps_to_values_and_sections_to_indexes()
    {
        var ladders = Validate(WithTrack(TrackYaml));

        Assert.Empty(ladders.Diagnostics);
        var be2 = ladders.Tracks.Single().Levels[1];
        Assert.Equal(new[] { (0, 2), (1, 2) }, be2.Expectations.Select(expectation => (expectation.CompetencyIndex, expectation.StepValue)));
        Assert.Equal(new[] { 0, 1 }, be2.Sections.Select(section => section.SectionIndex));
        Assert.Equal(new[] { "Team", "MultipleTeams", "Company" }, ladders.Framework.Competencies[1].Steps.Select(step => step.Identifier));
    }

    [Fact]
    public void Track_without_framework_is_CL0013()
    {
        var ladders = Validate((TrackPath, TrackYaml));

        Assert.Equal(new[] { "CL0013" }, Rules(ladders));
        Assert.Single(ladders.Tracks);
    }

    [Fact]
    public void Second_framework_is_CL0014_and_the_first_one_wins()
    {
        var ladders = Validate((FrameworkPath, FrameworkYaml), ("/ladders/z-framework.yaml", FrameworkYaml.Replace("engineering", "other")));

        Assert.Equal(new[] { "CL0014" }, Rules(ladders));
        Assert.Equal("engineering", ladders.Framework.Id);
    }

    [Fact]
    public void Duplicate_track_id_is_CL0015_pointing_at_both_files()
    {
        var ladders = Validate((FrameworkPath, FrameworkYaml), ("/ladders/a.yaml", TrackYaml), ("/ladders/b.yaml", TrackYaml.Replace("BE", "BX")));

        var diagnostic = Assert.Single(ladders.Diagnostics);
        Assert.Equal("CL0015", diagnostic.RuleId);
        Assert.Equal("/ladders/b.yaml", diagnostic.Location.FilePath);
        Assert.Equal("/ladders/a.yaml", Assert.Single(diagnostic.AdditionalLocations).FilePath);
    }

    [Fact]
    public void Level_codes_are_unique_across_tracks_ignoring_case_CL0016()
    {
        var ladders = Validate((FrameworkPath, FrameworkYaml), ("/ladders/a.yaml", TrackYaml), ("/ladders/b.yaml", TrackYaml.Replace("track: backend", "track: other").Replace("code: BE1", "code: OT1").Replace("code: BE2", "code: be1")));

        Assert.Single(Rules(ladders), "CL0016");
    }

    [Theory]
    [InlineData("rank: 2\n", "rank: 9\n", "CL0018")]
    [InlineData("seniority: Senior\n", "seniority: Senoir\n", "CL0012")]
    [InlineData("      years: 3+\n", "      yeers: 3+\n", "CL0010")]
    [InlineData("      duties: [Designs, Reviews]\n", "      duties: just one\n", "CL0011")]
    [InlineData("      influence: Multiple Teams\n", "      influence: Multiple teams\n", "CL0009")]
    [InlineData("  - code: BE2\n", "  - code: Levels\n", "CL0017")]
    public void Reference_and_name_problems_are_reported(string original, string replacement, string ruleId)
    {
        var ladders = Validate(WithTrack(TrackYaml.Replace(original, replacement)));

        Assert.Single(Rules(ladders), ruleId);
    }

    [Fact]
    public void Result_does_not_depend_on_file_order()
    {
        var files = new[] { (FrameworkPath, FrameworkYaml), ("/ladders/b.yaml", TrackYaml), ("/ladders/a.yaml", TrackYaml.Replace("backend", "alpha").Replace("BE", "AL")) };

        Assert.Equal(Validate(files), Validate(files.Reverse().ToArray()));
    }
}
