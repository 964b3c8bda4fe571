using System.Linq;
using CareerLadder.Authoring;
using CareerLadder.Authoring.Evolution;
using Xunit;

namespace CareerLadder.Cli.Tests;

public sealed class BaselineTextTests
{
    private static LadderBaseline Sample(params string[] steps) => new(
        new EquatableArray<BaselineTrack>(new[]
        {
            new BaselineTrack(
                "backend",
                new EquatableArray<BaselineLevel>(new[] { new BaselineLevel("BE1", 1), new BaselineLevel("BE2", 2) }),
                new EquatableArray<string>(new[] { "server" }),
                new EquatableArray<BaselineFormerCode>(new[] { new BaselineFormerCode("BE0", "BE1", Renamed: true), new BaselineFormerCode("BE3", null, Renamed: false) })),
        }),
        new EquatableArray<BaselineCompetency>(new[] { new BaselineCompetency("influence", new EquatableArray<string>(steps)) }),
        new EquatableArray<string>(new[] { "duties" }));

    [Fact]
    public void Written_baseline_reads_back_equal_even_with_hostile_step_names()
    {
        var baseline = Sample("Team", "Multiple Teams", "back\\slash", "line\nbreak", "tab\there", "\u2028sep\u0001", "trailing ", "é 한국어 🚀");

        var text = BaselineText.Write(baseline);
        var parsed = BaselineText.Parse(text);

        Assert.Empty(parsed.Problems);
        Assert.Equal(baseline, parsed.Baseline);
        Assert.Equal(1 + 4 + 1 + 2 + 3 + 1 + 8 + 1, text.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("level backend BE2 two", 3, "is not a baseline line")]
    [InlineData("level frontend FE1 1", 3, "no earlier 'track frontend' line")]
    [InlineData("level backend BE1 5", 3, "level BE1 appears twice (first at line 3)")]
    [InlineData("step influence 3 Company", 4, "must be step 1")]
    [InlineData("step influence 1 bad\\q", 4, "escape")]
    public void Unreadable_lines_are_reported_with_their_line_and_skipped(string line, int expectedLine, string expected)
    {
        var text = BaselineText.Header + "\ntrack backend\nlevel backend BE1 1\n" + (line.StartsWith("step", System.StringComparison.Ordinal) ? "competency influence\n" : string.Empty) + line + "\n";

        var parsed = BaselineText.Parse(text);

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(expectedLine, problem.Line);
        Assert.Contains(expected, problem.Message, System.StringComparison.Ordinal);
        Assert.Equal(new[] { "BE1" }, parsed.Baseline.Tracks.Single().Levels.Select(level => level.Code));
    }

    [Fact]
    public void A_baseline_of_another_format_version_is_refused_not_guessed()
    {
        var parsed = BaselineText.Parse("#! careerladder-baseline 3\ntrack backend\n");

        Assert.Contains("format this version does not read", Assert.Single(parsed.Problems).Message, System.StringComparison.Ordinal);
        Assert.Empty(parsed.Baseline.Tracks);
    }

    [Theory]
    [InlineData(new[] { "Team", "Multiple Teams", "Company" }, null)]
    [InlineData(new[] { "Team", "Multiple Teams", "Company", "Community" }, IdentityChangeKind.StepsAppended)]
    [InlineData(new[] { "Team", "Company", "Multiple Teams" }, IdentityChangeKind.StepsChanged)]
    [InlineData(new[] { "Team", "Company" }, IdentityChangeKind.StepsChanged)]
    [InlineData(new[] { "Team", "Multiple teams", "Company" }, IdentityChangeKind.StepsChanged)]
    [InlineData(new[] { "Newcomer", "Team", "Multiple Teams", "Company" }, IdentityChangeKind.StepsChanged)]
    public void Steps_may_only_be_appended(string[] now, IdentityChangeKind? expected)
    {
        var changes = BaselineComparison.Compare(Sample("Team", "Multiple Teams", "Company"), Sample(now));

        Assert.Equal(expected is null ? System.Array.Empty<IdentityChangeKind>() : new[] { expected.Value }, changes.Select(change => change.Kind));
        Assert.Equal(expected == IdentityChangeKind.StepsChanged, changes.Any(change => change.IsBreaking));
    }

    [Theory]
    [InlineData(new[] { "Team", "Multiple Teams", "Company" }, IdentityChangeKind.StepsChangeAcknowledged)]
    [InlineData(new[] { "Team", "Company" }, IdentityChangeKind.PreviousStepsMismatch)]
    [InlineData(new[] { "Team", "Multiple teams", "Company" }, IdentityChangeKind.PreviousStepsMismatch)]
    public void A_step_change_is_acknowledged_only_by_the_exact_shipped_steps(string[] previous, IdentityChangeKind expected)
    {
        var now = Sample("Team", "Area", "Multiple Teams", "Company");
        now = now with { Competencies = new EquatableArray<BaselineCompetency>(new[] { now.Competencies[0] with { PreviousSteps = new EquatableArray<string>(previous) } }) };

        var change = Assert.Single(BaselineComparison.Compare(Sample("Team", "Multiple Teams", "Company"), now));

        Assert.Equal(expected, change.Kind);
        Assert.True(change.IsBreaking);
    }

    [Fact]
    public void A_competency_rename_round_trips_and_is_not_breaking_while_the_former_id_is_declared()
    {
        var shipped = Sample("Team");
        var renamed = shipped with
        {
            Competencies = new EquatableArray<BaselineCompetency>(new[] { new BaselineCompetency("impact", new EquatableArray<string>(new[] { "Team" }), new EquatableArray<string>(new[] { "influence" })) }),
        };

        var text = BaselineText.Write(renamed);

        Assert.Contains("former-competency impact influence\n", text, System.StringComparison.Ordinal);
        Assert.Equal(renamed, BaselineText.Parse(text).Baseline);
        Assert.Equal(new[] { (IdentityChangeKind.CompetencyRenamed, false) }, BaselineComparison.Compare(shipped, renamed).Select(change => (change.Kind, change.IsBreaking)));
        var dropped = Assert.Single(BaselineComparison.Compare(renamed, renamed with { Competencies = new EquatableArray<BaselineCompetency>(new[] { new BaselineCompetency("impact", new EquatableArray<string>(new[] { "Team" })) }) }));
        Assert.Equal((IdentityChangeKind.FormerRemoved, "former-competency influence", true), (dropped.Kind, dropped.Key.ToString(), dropped.IsBreaking));
    }
}
