using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CareerLadder.Benchmarks;

/// <summary>
/// The alternative a user would write without the generator: read the ladder YAML at start-up with YamlDotNet into
/// plain objects, then index the levels by code. Every key of the benchmark ladders is mapped (unknown keys fail, as
/// they do in the generator); nothing is validated beyond what YamlDotNet checks.
/// </summary>
public static class YamlLadderLoader
{
    /// <summary>Loads <c>framework.yaml</c> and every other <c>*.yaml</c> file of <paramref name="directory"/> as a track.</summary>
    /// <param name="directory">The ladder folder.</param>
    public static LoadedLadders Load(string directory)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(HyphenatedNamingConvention.Instance)
            .Build();

        FrameworkDocument? framework = null;
        var tracks = new List<TrackDocument>();
        var paths = Directory.GetFiles(directory, "*.yaml");
        Array.Sort(paths, StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var text = File.ReadAllText(path);
            if (string.Equals(Path.GetFileName(path), "framework.yaml", StringComparison.OrdinalIgnoreCase))
            {
                framework = deserializer.Deserialize<FrameworkDocument>(text);
            }
            else
            {
                tracks.Add(deserializer.Deserialize<TrackDocument>(text));
            }
        }

        var levels = new Dictionary<string, LevelDocument>(StringComparer.OrdinalIgnoreCase);
        foreach (var track in tracks)
        {
            foreach (var level in track.Levels)
            {
                level.Track = track;
                levels.Add(level.Code, level);
            }
        }

        return new LoadedLadders(framework ?? throw new InvalidDataException("No framework.yaml in " + directory), tracks, levels);
    }

    /// <summary>Loads the ladders and looks one level up: what a service does at start-up and on its first request.</summary>
    /// <param name="directory">The ladder folder.</param>
    /// <param name="code">A level code.</param>
    public static int LoadAndFind(string directory, string code)
    {
        var ladders = Load(directory);
        return ladders.Tracks.Count + (ladders.Levels.TryGetValue(code, out var level) ? level.Rank : -1);
    }
}

/// <summary>Everything loaded.</summary>
public sealed class LoadedLadders
{
    public LoadedLadders(FrameworkDocument framework, IReadOnlyList<TrackDocument> tracks, IReadOnlyDictionary<string, LevelDocument> levels)
    {
        Framework = framework;
        Tracks = tracks;
        Levels = levels;
    }

    public FrameworkDocument Framework { get; }

    public IReadOnlyList<TrackDocument> Tracks { get; }

    public IReadOnlyDictionary<string, LevelDocument> Levels { get; }
}

public sealed class FrameworkDocument
{
    public string Framework { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public List<string> Seniorities { get; set; } = new();

    public Dictionary<int, RankDocument> Ranks { get; set; } = new();

    public Dictionary<string, CompetencyDocument> Competencies { get; set; } = new();

    public Dictionary<string, SectionDefinitionDocument> Sections { get; set; } = new();
}

public sealed class RankDocument
{
    public string? PublicTitle { get; set; }

    public string? Description { get; set; }
}

public sealed class CompetencyDocument
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public List<string> Steps { get; set; } = new();
}

public sealed class SectionDefinitionDocument
{
    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";

    public string? Description { get; set; }
}

public sealed class TrackDocument
{
    public string Track { get; set; } = "";

    public string Name { get; set; } = "";

    public string Abbreviation { get; set; } = "";

    public string? Summary { get; set; }

    public List<LevelDocument> Levels { get; set; } = new();
}

public sealed class LevelDocument
{
    public string Code { get; set; } = "";

    public int Rank { get; set; }

    public string Title { get; set; } = "";

    public string? Seniority { get; set; }

    public string? PublicTitle { get; set; }

    public string? Summary { get; set; }

    public Dictionary<string, ExpectationDocument> Expectations { get; set; } = new();

    /// <summary>Text sections are strings, list sections lists of strings: YamlDotNet gives object graphs.</summary>
    public Dictionary<string, object> Sections { get; set; } = new();

    [YamlIgnore]
    public TrackDocument? Track { get; set; }
}

public sealed class ExpectationDocument
{
    public string Step { get; set; } = "";

    public string? Text { get; set; }
}
