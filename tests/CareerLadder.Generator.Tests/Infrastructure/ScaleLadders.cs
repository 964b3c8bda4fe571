using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CareerLadder.Generator.Tests.Infrastructure;

/// <summary>
/// Generates valid ladder sets of any size for the scale tests and the benchmarks (this file is linked into
/// tests/CareerLadder.Benchmarks): one framework file plus <c>n</c> track files of 10 levels × 5 competencies each,
/// every expectation in long form with its own sentence, and two sections per level.
/// </summary>
internal static class ScaleLadders
{
    public const int LevelsPerTrack = 10;

    public const string FrameworkFileName = "framework.yaml";

    public static readonly string[] Competencies = { "technology", "system", "people", "process", "influence" };

    private static readonly string[][] Steps =
    {
        new[] { "Adopts", "Specializes", "Evangelizes", "Masters", "Creates" },
        new[] { "Enhances", "Designs", "Owns", "Evolves", "Leads" },
        new[] { "Learns", "Supports", "Mentors", "Coordinates", "Manages" },
        new[] { "Follows", "Enforces", "Challenges", "Adjusts", "Defines" },
        new[] { "Subsystem", "Team", "Multiple Teams", "Company", "Community" },
    };

    public static string FrameworkYaml
    {
        get
        {
            var yaml = new StringBuilder()
                .Append("framework: engineering\n")
                .Append("name: Engineering\n")
                .Append("description: Generated framework for scale tests and benchmarks.\n")
                .Append("seniorities: [Junior, Mid-level, Senior]\n")
                .Append("ranks:\n");
            for (var rank = 1; rank <= LevelsPerTrack; rank++)
            {
                yaml.Append("  ").Append(Number(rank)).Append(": { public-title: Engineer ").Append(Number(rank)).Append(" }\n");
            }

            yaml.Append("competencies:\n");
            for (var c = 0; c < Competencies.Length; c++)
            {
                var name = char.ToUpperInvariant(Competencies[c][0]) + Competencies[c].Substring(1);
                yaml.Append("  ").Append(Competencies[c]).Append(":\n")
                    .Append("    name: ").Append(name).Append('\n')
                    .Append("    steps: [").Append(string.Join(", ", Steps[c])).Append("]\n");
            }

            yaml.Append("sections:\n")
                .Append("  years-of-experience: { name: Years of experience (guideline), kind: text }\n")
                .Append("  responsibilities: { name: Responsibilities, kind: list }\n");
            return yaml.ToString();
        }
    }

    /// <summary>The abbreviation of track <paramref name="index"/>: three letters, AAA, AAB, ... (17,576 tracks at most).</summary>
    public static string Abbreviation(int index)
    {
        if (index < 0 || index >= 26 * 26 * 26)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return new string(new[] { (char)('A' + (index / 676)), (char)('A' + (index / 26 % 26)), (char)('A' + (index % 26)) });
    }

    /// <summary>The level codes of track <paramref name="index"/>, lowest first: AAB1 .. AAB10.</summary>
    public static IEnumerable<string> LevelCodes(int index)
    {
        for (var level = 1; level <= LevelsPerTrack; level++)
        {
            yield return Abbreviation(index) + Number(level);
        }
    }

    public static string TrackFileName(int index) => "track-" + Abbreviation(index).ToLowerInvariant() + ".yaml";

    /// <summary>
    /// Track <paramref name="index"/>: id track-aab, name "Track Aab", abbreviation AAB, levels AAB1..AAB10, and a chart
    /// per level in the given <paramref name="charts"/> style.
    /// </summary>
    public static string TrackYaml(int index, ChartStyle charts = ChartStyle.None)
    {
        var abbreviation = Abbreviation(index);
        var name = "Track " + abbreviation[0] + abbreviation.Substring(1).ToLowerInvariant();
        var yaml = new StringBuilder(8192)
            .Append("track: track-").Append(abbreviation.ToLowerInvariant()).Append('\n')
            .Append("name: ").Append(name).Append('\n')
            .Append("abbreviation: ").Append(abbreviation).Append('\n')
            .Append("summary: Generated track ").Append(abbreviation).Append(" with ").Append(Number(LevelsPerTrack)).Append(" levels.\n")
            .Append("levels:\n");
        for (var level = 1; level <= LevelsPerTrack; level++)
        {
            var code = abbreviation + Number(level);
            var seniority = level <= 3 ? "Junior" : level <= 6 ? "Mid-level" : "Senior";
            yaml.Append("  - code: ").Append(code).Append('\n')
                .Append("    rank: ").Append(Number(level)).Append('\n')
                .Append("    title: ").Append(name).Append(' ').Append(Number(level)).Append('\n')
                .Append("    seniority: ").Append(seniority).Append('\n')
                .Append("    summary: Level ").Append(Number(level)).Append(" of the ").Append(name).Append(" track.\n")
                .Append(charts switch
                {
                    ChartStyle.Named => "    chart: { src: /charts/track-" + abbreviation.ToLowerInvariant() + "-" + Number(level) + ".png, alt: " + name + " " + Number(level) + " }\n",
                    ChartStyle.Generic => "    chart: { src: /charts/level-" + Number(level) + ".png, alt: Level " + Number(level) + " chart }\n",
                    _ => string.Empty,
                })
                .Append("    expectations:\n");
            for (var c = 0; c < Competencies.Length; c++)
            {
                var step = Steps[c][(level - 1) / 2];
                yaml.Append("      ").Append(Competencies[c]).Append(":\n")
                    .Append("        step: ").Append(step).Append('\n')
                    .Append("        text: at level ").Append(Number(level)).Append(", ").Append(step.ToLowerInvariant())
                    .Append(" on ").Append(Competencies[c]).Append(" across the work of the team\n");
            }

            yaml.Append("    sections:\n")
                .Append("      years-of-experience: ").Append(Number(level)).Append("+\n")
                .Append("      responsibilities:\n")
                .Append("        - Delivers the work expected at level ").Append(Number(level)).Append('\n')
                .Append("        - Reviews the work of peers at level ").Append(Number(level)).Append('\n');
        }

        return yaml.ToString();
    }

    /// <summary>The framework plus <paramref name="trackCount"/> tracks, as (path, text) under <paramref name="directory"/>.</summary>
    public static (string Path, string Text)[] Files(int trackCount, string directory = "/ladders", ChartStyle charts = ChartStyle.None)
    {
        var files = new (string Path, string Text)[trackCount + 1];
        files[0] = (directory + "/" + FrameworkFileName, FrameworkYaml);
        for (var index = 0; index < trackCount; index++)
        {
            files[index + 1] = (directory + "/" + TrackFileName(index), TrackYaml(index, charts));
        }

        return files;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>How the generated ladders point at chart images (the generator benchmarks measure both styles).</summary>
public enum ChartStyle
{
    /// <summary>No chart.</summary>
    None,

    /// <summary>Paths and alt texts that name their own track and level: <c>/charts/track-aab-5.png</c>, "Track Aab 5".</summary>
    Named,

    /// <summary>Paths and alt texts that name no track: <c>/charts/level-5.png</c>, "Level 5 chart".</summary>
    Generic,
}
