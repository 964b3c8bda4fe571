using System.Collections.Generic;
using System.Linq;
using System.Text;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Authoring.Validation;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// The shapes that could cost quadratic time or memory, checked by what they do: how many candidates a
/// suggestion looks at, how many names a message lists, what the duplicate and chart checks report. Their time is
/// measured by the benchmarks in tests/CareerLadder.Benchmarks (PathologicalInputBenchmarks).
/// </summary>
public sealed class LinearCostTests
{
    [Fact]
    public void Did_you_mean_looks_at_a_bounded_number_of_candidates()
    {
        var pulled = 0;
        IEnumerable<string> Candidates()
        {
            for (var i = 0; i < 100_000; i++)
            {
                pulled++;
                yield return "LEVEL" + i;
            }
        }

        var message = Suggestions.DidYouMean("nothing-like-it", Candidates());

        Assert.True(pulled <= Suggestions.MaxCandidates + 1, pulled + " candidates pulled");
        Assert.EndsWith(" and more.", message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Did_you_mean_compares_only_the_first_characters_of_very_long_names()
    {
        var prefix = new string('a', Suggestions.MaxComparedLength);

        var message = Suggestions.DidYouMean(prefix + new string('x', 100_000), new[] { prefix + new string('y', 100_000), "b" });

        Assert.Equal(" Did you mean '" + prefix + new string('y', 100_000) + "'?", message);
    }

    [Fact]
    public void Three_thousand_unknown_transitions_each_list_at_most_ten_codes_never_their_own()
    {
        var yaml = new StringBuilder("track: backend\nname: Backend\nabbreviation: BE\nlevels:\n");
        for (var i = 1; i <= 3_000; i++)
        {
            yaml.Append("  - code: BE").Append(i).Append("\n    rank: ").Append(i).Append("\n    title: Backend ").Append(i)
                .Append("\n    transitions: [ZZZZZZZZZZZZ").Append(i).Append("]\n");
        }

        var validated = Validate(yaml.ToString());

        var unknown = validated.Where(diagnostic => diagnostic.RuleId == LadderRules.TransitionUnknown.Id).ToList();
        Assert.Equal(3_000, unknown.Count);
        Assert.All(unknown, diagnostic =>
        {
            // Ten codes, never the level that declares the transition.
            var listed = System.Text.RegularExpressions.Regex.Match(diagnostic.Message, @"Expected one of: (.*) and more\.\z").Groups[1].Value.Split(", ");
            Assert.Equal(10, listed.Length);
            Assert.DoesNotContain(diagnostic.Arguments[0], listed);
        });
        Assert.Contains("Expected one of: BE1, BE10, BE100, BE1000, BE1001, BE1002, BE1003, BE1004, BE1005, BE1006 and more.", unknown[1].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_equal_to_an_earlier_one_among_thousands_is_reported_once_against_the_first()
    {
        var yaml = new StringBuilder("track: backend\nname: Backend\nabbreviation: BE\nlevels:\n");
        for (var i = 1; i <= 2_000; i++)
        {
            var content = i == 2_000 || i == 1_500 ? 1 : i;
            yaml.Append("  - code: BE").Append(i).Append("\n    rank: ").Append(i).Append("\n    title: Backend ").Append(i)
                .Append("\n    sections: { duties: [Duty ").Append(content).Append("] }\n");
        }

        var duplicates = Validate(yaml.ToString()).Where(diagnostic => diagnostic.RuleId == LadderRules.DuplicateLevelContent.Id).ToList();

        Assert.Equal(new[] { "BE1500|BE1", "BE2000|BE1" }, duplicates.Select(diagnostic => diagnostic.Arguments[0] + "|" + diagnostic.Arguments[1]));
    }

    [Fact]
    public void The_abbreviation_PNG_is_not_found_in_png_file_names()
    {
        var picture = "track: picture\nname: Picture\nabbreviation: PNG\nlevels:\n  - { code: PNG1, rank: 1, title: Picture 1 }\n";
        var backend = TrackYaml.Replace("    title: Backend 1\n", "    title: Backend 1\n    chart: { src: /charts/level-1.png, alt: Chart }\n");

        var diagnostics = Validate(backend, ("/ladders/picture.yaml", picture));

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.RuleId == LadderRules.ReferenceNamesOther.Id);
    }

    [Fact]
    public void A_chart_naming_another_track_among_hundreds_is_still_found()
    {
        var others = Enumerable.Range(0, 300).Select(Letters).Select(id => ("/ladders/" + id + ".yaml", $"track: {id}\nname: Team {id}\nabbreviation: {id.ToUpperInvariant()}\nlevels:\n  - {{ code: {id.ToUpperInvariant()}1, rank: 1, title: Team {id} 1 }}\n")).ToArray();
        var backend = TrackYaml.Replace("    title: Backend 1\n", "    title: Backend 1\n    chart: { src: /charts/team-" + Letters(250) + "-1.png, alt: Chart }\n");

        var diagnostics = Validate(backend, others);

        var reference = Assert.Single(diagnostics, diagnostic => diagnostic.RuleId == LadderRules.ReferenceNamesOther.Id);
        Assert.Equal("track '" + Letters(250) + "'", reference.Arguments[3]);
    }

    [Fact]
    public void Charts_that_do_not_name_their_track_cost_the_same_look_ups_per_reference_at_100_and_1000_tracks()
    {
        var (small, smallReferences) = ChartLookups(100);
        var (large, largeReferences) = ChartLookups(1_000);

        // The same number of hash look-ups per reference, whatever the number of tracks: no work per track or per pair.
        Assert.Equal(small * largeReferences, large * smallReferences);
        Assert.True(small <= smallReferences * 8, small + " look-ups for " + smallReferences + " references");
    }

    [Fact]
    public void A_thousand_tracks_whose_charts_do_not_name_their_track_get_no_CL0029()
    {
        var tracks = Enumerable.Range(1, 999).Select(index => ("/ladders/" + Letters(index) + ".yaml", NumberedChartsTrack(index))).ToArray();

        var diagnostics = Validate(NumberedChartsTrack(0), tracks);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.RuleId == LadderRules.ReferenceNamesOther.Id);
    }

    [Fact]
    public void A_long_chart_text_against_a_long_level_code_costs_look_ups_in_proportion_to_the_text()
    {
        var code = "BE1" + new string('x', 100_000);
        var index = new MentionIndex(new[] { (ReferenceWords.Join(code), 0), ("backend1", 0) });
        var text = string.Join(" ", Enumerable.Repeat("x be 1", 20_000));

        var words = ReferenceWords.Split(text);
        var mentions = index.Find(words);

        Assert.Empty(mentions);
        Assert.True(index.Lookups <= 4L * text.Length, index.Lookups + " look-ups for " + text.Length + " characters");
    }

    private static (long Lookups, int References) ChartLookups(int trackCount)
    {
        var tracks = Enumerable.Range(0, trackCount).Select(index => LadderParser.Parse("/ladders/" + Letters(index) + ".yaml", NumberedChartsTrack(index)).Track!).ToList();
        var mentions = new TrackMentions(tracks);
        var references = 0;
        foreach (var track in tracks)
        {
            foreach (var chart in track.Levels.Select(level => level.Chart!))
            {
                foreach (var reference in new[] { chart.Source, chart.Dark!, chart.Alt! })
                {
                    Assert.Null(mentions.OtherTrackIn(ReferenceWords.Split(reference), track));
                    references++;
                }
            }
        }

        return (mentions.Lookups, references);
    }

    /// <summary>A track whose charts name only the level's number, as <c>/charts/level-3.png</c>.</summary>
    private static string NumberedChartsTrack(int index)
    {
        var id = Letters(index);
        var yaml = new StringBuilder($"track: {id}\nname: Team {id}\nabbreviation: {id.ToUpperInvariant()}\nlevels:\n");
        for (var level = 1; level <= 3; level++)
        {
            yaml.Append($"  - {{ code: {id.ToUpperInvariant()}{level}, rank: {level}, title: Team {id} {level}, ")
                .Append($"chart: {{ src: /charts/level-{level}.png, dark: /charts/level-{level}-dark.png, alt: Radar chart of level {level} }} }}\n");
        }

        return yaml.ToString();
    }

    private static string Letters(int index) => new(new[] { (char)('a' + (index / 676)), (char)('a' + (index / 26 % 26)), (char)('a' + (index % 26)) });

    [Fact]
    public void Three_thousand_chained_appends_are_cut_by_the_extends_limit_so_the_output_stays_linear()
    {
        var yaml = new StringBuilder("track: backend\nname: Backend\nabbreviation: BE\nlevels:\n");
        for (var i = 1; i <= 3_000; i++)
        {
            yaml.Append("  - code: BE").Append(i).Append("\n    rank: 1\n    title: Backend ").Append(i).Append('\n')
                .Append(i > 1 ? "    extends: BE" + (i - 1) + "\n    +duties: [Duty " + i + "]\n" : "    sections: { duties: [Duty 1] }\n");
        }

        var parsed = WithTrack(yaml.ToString()).Select(file => LadderParser.Parse(file.Path, file.Text)).ToList();
        var validated = LadderValidator.Validate(parsed);

        var items = validated.Tracks.Single().Levels.Sum(level => level.Sections.Sum(section => section.Items.Count));
        Assert.True(items <= 3_000 * (LadderLimits.Default.MaxExtendsDepth + 1), items + " items in the model");
        Assert.Single(validated.Diagnostics, diagnostic => diagnostic.RuleId == "CL0042");
    }

    [Fact]
    public void Output_beyond_the_total_limit_is_one_CL0042_and_no_track_is_generated()
    {
        var parsed = WithTrack(TrackYaml).Concat(new (string Path, string Text)[] { ("/ladders/other.yaml", TrackYaml.Replace("backend", "other").Replace("Backend", "Other").Replace("BE", "OT")) })
            .Select(file => LadderParser.Parse(file.Path, file.Text)).ToList();

        var validated = LadderValidator.Validate(parsed, LadderLimits.Default with { MaxOutputLength = 5_000 });

        var limit = Assert.Single(validated.Diagnostics);
        Assert.Equal("CL0042", limit.RuleId);
        Assert.Contains("CareerLadderMaxOutputLength", limit.Message, System.StringComparison.Ordinal);
        Assert.Empty(validated.Tracks);
    }

    [Fact]
    public void The_output_estimate_is_within_a_factor_of_two_of_the_generated_code_of_the_repository_ladders()
    {
        var parsed = Infrastructure.GeneratorHarness.LoadDirectory(System.IO.Path.Combine(Infrastructure.GeneratorHarness.RepositoryRoot, "ladders"))
            .Select(file => LadderParser.Parse(file.Path, file.Text)).ToList();
        var validated = LadderValidator.Validate(parsed);

        Assert.NotEmpty(validated.Tracks);
        Assert.All(validated.Tracks, track =>
        {
            var generated = CareerLadder.Authoring.Emitting.LadderEmitter.EmitTrack(new CareerLadder.Authoring.Emitting.EmitOptions("Ladders"), validated.Framework, track).Text.Length;
            var estimate = OutputBudget.Estimate(track);
            Assert.InRange(estimate, generated / 2, generated * 2);
        });
    }

    private static List<LadderDiagnostic> Validate(string track, params (string Path, string Text)[] more)
    {
        var parsed = WithTrack(track).Concat(more).Select(file => LadderParser.Parse(file.Path, file.Text)).ToList();
        return parsed.SelectMany(file => file.Diagnostics).Concat(LadderValidator.Validate(parsed).Diagnostics).ToList();
    }
}
