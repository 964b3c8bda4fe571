using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using CareerLadder.Authoring.Emitting;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Authoring.Validation;
using CareerLadder.Generator.Tests.Infrastructure;

namespace CareerLadder.Benchmarks;

/// <summary>
/// Input shapes that could cost quadratic time or memory, each at 1× and 10× its size: parse,
/// validate and emit, as the generator does. Linear cost shows as a ×10 ratio (or less) from 1× to 10×.
/// Run with: dotnet run -c Release --project tests/CareerLadder.Benchmarks -- --costs
/// </summary>
[MemoryDiagnoser]
public class PathologicalInputBenchmarks
{
    /// <summary>The 10× inputs of two shapes are larger than the default 1 MB per file: raised so that they are parsed, not rejected.</summary>
    private static readonly LadderLimits Limits = LadderLimits.Default with { MaxFileLength = 64 * 1024 * 1024 };

    private (string Path, string Text)[] _files = Array.Empty<(string, string)>();

    /// <summary>The pathological input shapes.</summary>
    public enum Shape
    {
        /// <summary>10 levels whose codes are 10,000 (100,000 at 10×) characters long, each with an unknown transition to a code as long.</summary>
        LongNames,

        /// <summary>300 (3,000) levels, each with a transition to an unknown level.</summary>
        UnknownTransitions,

        /// <summary>1,050 (10,500) valid levels with distinct content, for the duplicate-content rule.</summary>
        DistinctLevels,

        /// <summary>30 (300) tracks whose chart paths and texts do not name their track.</summary>
        ChartsWithoutTrackName,

        /// <summary>1,100 (11,000) levels, each extending the next.</summary>
        ExtendsChain,

        /// <summary>30 (300) levels extending one level with a 300-item list.</summary>
        InheritedList,
    }

    [Params(Shape.LongNames, Shape.UnknownTransitions, Shape.DistinctLevels, Shape.ChartsWithoutTrackName, Shape.ExtendsChain, Shape.InheritedList)]
    public Shape Input { get; set; }

    /// <summary>1 or 10: the size multiplier.</summary>
    [Params(1, 10)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup() => _files = Files(Input, Scale);

    /// <summary>Parse every file, validate them together and emit every track: the generator's work without Roslyn.</summary>
    [Benchmark]
    public int ParseValidateEmit()
    {
        var parsed = _files.Select(file => LadderParser.Parse(file.Path, file.Text, Limits)).ToList();
        var validated = LadderValidator.Validate(parsed, Limits);
        return LadderEmitter.EmitAll("Bench.Ladders", validated).Sum(file => file.Text.Length)
            + validated.Diagnostics.Sum(diagnostic => diagnostic.Message.Length);
    }

    /// <summary>The files of one shape at one scale: the scale-test framework plus track files.</summary>
    public static (string Path, string Text)[] Files(Shape shape, int scale)
    {
        var tracks = shape switch
        {
            Shape.LongNames => new[] { LongNames(10, 10_000 * scale) },
            Shape.UnknownTransitions => new[] { Levels(300 * scale, i => "    transitions: [ZZZ" + i + "]\n") },
            Shape.DistinctLevels => new[] { Levels(1_050 * scale, i => "    sections: { responsibilities: [Duty " + i + "] }\n") },
            Shape.ChartsWithoutTrackName => Enumerable.Range(0, 30 * scale).Select(ChartTrack).ToArray(),
            Shape.ExtendsChain => new[] { Levels(1_100 * scale, i => i < 1_100 * scale ? "    extends: BE" + (i + 1) + "\n" : string.Empty) },
            Shape.InheritedList => new[] { InheritedList(30 * scale, 300) },
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };
        return new[] { ("/ladders/" + ScaleLadders.FrameworkFileName, ScaleLadders.FrameworkYaml) }
            .Concat(tracks.Select((text, index) => ("/ladders/track-" + index + ".yaml", text)))
            .ToArray();
    }

    private static string Head(string id = "backend", string name = "Backend", string abbreviation = "BE") =>
        "track: " + id + "\nname: " + name + "\nabbreviation: " + abbreviation + "\nlevels:\n";

    private static string Levels(int count, Func<int, string> extra)
    {
        var yaml = new StringBuilder(Head());
        for (var i = 1; i <= count; i++)
        {
            yaml.Append("  - code: BE").Append(i).Append("\n    rank: ").Append(1 + ((i - 1) % 10)).Append("\n    title: Backend ").Append(i).Append('\n').Append(extra(i));
        }

        return yaml.ToString();
    }

    private static string LongNames(int count, int length)
    {
        var yaml = new StringBuilder(Head());
        for (var i = 1; i <= count; i++)
        {
            var code = "BE" + i + new string('x', length);
            yaml.Append("  - code: ").Append(code).Append("\n    rank: ").Append(i).Append("\n    title: Backend ").Append(i)
                .Append("\n    transitions: [BE").Append(i).Append(new string('y', length)).Append("]\n");
        }

        return yaml.ToString();
    }

    private static string ChartTrack(int index)
    {
        var abbreviation = ScaleLadders.Abbreviation(index);
        var yaml = new StringBuilder(Head("track-" + abbreviation.ToLowerInvariant(), "Track " + abbreviation, abbreviation));
        for (var level = 1; level <= 10; level++)
        {
            yaml.Append("  - code: ").Append(abbreviation).Append(level).Append("\n    rank: ").Append(level).Append("\n    title: Track ").Append(abbreviation).Append(' ').Append(level)
                .Append("\n    chart: { src: /charts/level-").Append(level).Append(".png, alt: Radar chart of level ").Append(level).Append(" }\n");
        }

        return yaml.ToString();
    }

    private static string InheritedList(int levels, int items)
    {
        var yaml = new StringBuilder(Head());
        yaml.Append("  - code: BE1\n    rank: 1\n    title: Backend 1\n    sections:\n      responsibilities:\n");
        for (var item = 1; item <= items; item++)
        {
            yaml.Append("        - Responsibility number ").Append(item).Append('\n');
        }

        for (var i = 2; i <= levels + 1; i++)
        {
            yaml.Append("  - code: BE").Append(i).Append("\n    rank: 1\n    title: Backend ").Append(i).Append("\n    extends: BE1\n");
        }

        return yaml.ToString();
    }
}
