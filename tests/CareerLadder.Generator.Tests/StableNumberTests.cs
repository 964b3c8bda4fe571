using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CareerLadder.Authoring;
using CareerLadder.Authoring.Evolution;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// The values of <c>TrackId</c>, <c>CompetencyId</c> and <c>SectionId</c> are identities a service may store or compile in:
/// an additive change of the ladders never changes them, a shipped baseline pins them, and a pinned number is never
/// handed to another item.
/// </summary>
public sealed class StableNumberTests
{
    private static readonly string Framework = File.ReadAllText(GeneratorHarness.FixturePath("Rules", "framework.yaml"));
    private static readonly string Track = File.ReadAllText(GeneratorHarness.FixturePath("Rules", "CL0080", "track.yaml"));

    [Fact]
    public void Adding_a_first_track_a_first_competency_and_a_first_section_keeps_every_value()
    {
        var v1 = EnumValues(Version1());
        var v2 = EnumValues(Version2());

        Assert.Equal(3, v1.Count);
        foreach (var (enumName, members) in v1)
        {
            foreach (var (member, value) in members)
            {
                Assert.True(v2[enumName].TryGetValue(member, out var now), $"{enumName}.{member} is gone in v2");
                Assert.True(value == now, $"{enumName}.{member} was {value} and is {now} in v2");
            }
        }

        Assert.Contains("AaaAnalyst", v2["TrackId"].Keys);
        Assert.Contains("Craft", v2["CompetencyId"].Keys);
        Assert.Contains("Aaa", v2["SectionId"].Keys);
    }

    [Fact]
    public void Moving_a_competency_within_the_framework_keeps_its_value()
    {
        var moved = Framework.Replace(
            "  technology:\n    name: Technology\n    steps: [Adopts, Specializes, Evangelizes]\n  influence:\n    name: Influence\n    steps: [Team, Multiple Teams, Company]\n",
            "  influence:\n    name: Influence\n    steps: [Team, Multiple Teams, Company]\n  technology:\n    name: Technology\n    steps: [Adopts, Specializes, Evangelizes]\n");
        Assert.NotEqual(Framework, moved);

        Assert.Equal(EnumValues(Version1())["CompetencyId"], EnumValues(new[] { ("/ladders/framework.yaml", moved), ("/ladders/backend.yaml", Track) })["CompetencyId"]);
    }

    [Fact]
    public void The_baseline_pins_numbers_and_a_new_item_never_takes_a_pinned_one()
    {
        // A service that stored the positions of an older generator keeps them by writing them into the baseline; the
        // number of a track that is gone (an error of its own, CL0076, which does not stop the code) stays taken.
        var baseline = "#! careerladder-baseline 2\n"
            + "track backend 0\nlevel backend BE1 1\nlevel backend BE2 2\n"
            + "track gone " + EnumNumbers.Derive("aaa-analyst") + "\n"
            + "competency influence 7\ncompetency technology 3\nsection duties 1\nsection years 0\n";
        var files = Version2().Append(("/ladders/" + BaselineText.FileName, baseline)).ToArray();

        var values = EnumValues(files, allowDiagnostics: true);

        Assert.Equal(0, values["TrackId"]["Backend"]);
        Assert.Equal(7, values["CompetencyId"]["Influence"]);
        Assert.Equal(3, values["CompetencyId"]["Technology"]);
        Assert.Equal(0, values["SectionId"]["Years"]);
        Assert.Equal(1, values["SectionId"]["Duties"]);
        Assert.NotEqual(EnumNumbers.Derive("aaa-analyst"), values["TrackId"]["AaaAnalyst"]);
        Assert.Equal(EnumNumbers.Derive("craft"), values["CompetencyId"]["Craft"]);
    }

    [Fact]
    public void A_renamed_track_keeps_the_number_its_former_id_has_in_the_baseline()
    {
        var baseline = "#! careerladder-baseline 2\ntrack backend 42\nlevel backend BE1 1\nlevel backend BE2 2\n";
        var renamed = Track.Replace("track: backend\n", "track: server\nrenamed-from: [backend]\n");

        var values = EnumValues(new[] { ("/ladders/framework.yaml", Framework), ("/ladders/backend.yaml", renamed), ("/ladders/" + BaselineText.FileName, baseline) }, allowDiagnostics: true);

        Assert.Equal(42, values["TrackId"]["Server"]);
    }

    [Fact]
    public void Derived_numbers_are_positive_fixed_and_probe_past_a_taken_number()
    {
        Assert.Equal(EnumNumbers.Derive("backend"), EnumNumbers.Derive("backend"));
        Assert.InRange(EnumNumbers.Derive(string.Empty), 1, int.MaxValue);
        // FNV-1a of "a" is 0xE40C292C; the top bit is dropped.
        Assert.Equal(0x640C292C, EnumNumbers.Derive("a"));

        var pins = new Dictionary<string, int> { ["old"] = EnumNumbers.Derive("new") };
        var numbers = EnumNumbers.Assign(new[] { new NumberedItem("new", Array.Empty<string>()), new NumberedItem("renamed", new[] { "old" }) }, pins);

        Assert.Equal(EnumNumbers.Derive("new#1"), numbers[0]);
        Assert.Equal(EnumNumbers.Derive("new"), numbers[1]);
    }

    [Fact]
    public void Baseline_numbers_round_trip_and_a_number_given_twice_is_a_problem()
    {
        var baseline = new LadderBaseline(
            new[] { new BaselineTrack("backend", new[] { new BaselineLevel("BE1", 1) }.ToEquatableArray()) }.ToEquatableArray(),
            new[] { new BaselineCompetency("technology", new[] { "Adopts" }.ToEquatableArray()) }.ToEquatableArray(),
            new[] { "years" }.ToEquatableArray());
        var numbered = EnumNumbers.WithNumbers(baseline, shipped: null);

        var read = BaselineText.Parse(BaselineText.Write(numbered));

        Assert.Empty(read.Problems);
        Assert.Equal(numbered, read.Baseline);
        Assert.Equal(EnumNumbers.Derive("backend"), read.Baseline.Numbers.Single(number => number.Kind == EnumNumbers.Track).Number);
        var clash = BaselineText.Parse("#! careerladder-baseline 2\ntrack a 5\ntrack b 5\n");
        Assert.Contains("which track 'a' already has", Assert.Single(clash.Problems).Message, StringComparison.Ordinal);
        Assert.Empty(BaselineText.Parse("#! careerladder-baseline 1\ntrack a\nsection s\n").Problems);
    }

    private static (string Path, string Text)[] Version1() =>
        new[] { ("/ladders/framework.yaml", Framework), ("/ladders/backend.yaml", Track) };

    /// <summary>Version 1 plus a track whose id sorts first, a competency at the top of the framework and a section at the top.</summary>
    private static (string Path, string Text)[] Version2()
    {
        var framework = Framework
            .Replace("competencies:\n", "competencies:\n  craft:\n    name: Craft\n    steps: [Learns, Leads]\n")
            .Replace("sections:\n", "sections:\n  aaa: { name: Aaa, kind: text }\n");
        var track = Track.Replace("    expectations:\n", "    expectations:\n      craft: Learns\n");
        var analyst = "track: aaa-analyst\nname: Analyst\nabbreviation: AA\nlevels:\n  - code: AA1\n    rank: 1\n    title: Analyst 1\n    seniority: Junior\n"
            + "    expectations:\n      craft: Learns\n      technology: Adopts\n      influence: Team\n";
        Assert.NotEqual(Framework, framework);
        Assert.NotEqual(Track, track);
        return new[] { ("/ladders/framework.yaml", framework), ("/ladders/backend.yaml", track), ("/ladders/aaa-analyst.yaml", analyst) };
    }

    private static Dictionary<string, Dictionary<string, long>> EnumValues((string Path, string Text)[] files, bool allowDiagnostics = false)
    {
        var outcome = GeneratorHarness.Run(files);
        if (!allowDiagnostics)
        {
            Assert.Empty(outcome.GeneratorDiagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        }

        Assert.Empty(outcome.CompilationDiagnostics);
        var assembly = CompiledLadders.Catalog(outcome.Output, "Consumer.Ladders.CareerLadders").Assembly;
        return new[] { "TrackId", "CompetencyId", "SectionId" }.ToDictionary(
            name => name,
            name =>
            {
                var type = assembly.GetType("Consumer.Ladders." + name, throwOnError: true)!;
                return Enum.GetNames(type).ToDictionary(member => member, member => Convert.ToInt64(Enum.Parse(type, member), System.Globalization.CultureInfo.InvariantCulture));
            });
    }
}
