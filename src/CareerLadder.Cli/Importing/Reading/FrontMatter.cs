using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CareerLadder.Cli.Importing.Markdown;
using Markdig.Extensions.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerLadder.Cli.Importing.Reading;

/// <summary>A topic of structured front matter: a competency with the criteria of each level.</summary>
/// <param name="Name">The topic's name.</param>
/// <param name="Line">The line of the topic.</param>
/// <param name="Levels">Level number, the line of its entry and its criteria.</param>
internal sealed record FrontMatterTopic(string Name, int Line, IReadOnlyList<(int Level, int Line, IReadOnlyList<string> Criteria)> Levels);

/// <summary>
/// The YAML front matter of a page, as far as the importer uses it: the <c>title:</c>, a <c>level:</c> (or <c>rank:</c>)
/// number for a page that is one level, and <c>topics:</c> with <c>content:</c> entries of <c>level:</c> and
/// <c>criteria:</c> for ladders kept as data (as in progression frameworks published with <c>yaml: true</c>).
/// </summary>
internal sealed class FrontMatter
{
    /// <summary>The <c>title:</c>, if any.</summary>
    public string? Title { get; private init; }

    /// <summary>The <c>level:</c> or <c>rank:</c> number, if any.</summary>
    public int? Level { get; private init; }

    /// <summary>The topics with level criteria.</summary>
    public IReadOnlyList<FrontMatterTopic> Topics { get; private init; } = Array.Empty<FrontMatterTopic>();

    /// <summary>The line of the front matter's first key.</summary>
    public int Line { get; private init; }

    /// <summary>Reads the front matter of a page, or returns null when it has none or it is not a YAML mapping.</summary>
    /// <param name="source">The page.</param>
    /// <param name="log">Where a front matter that is not YAML is reported.</param>
    public static FrontMatter? Read(MarkdownSource source, ImportLog log)
    {
        if (source.Document.OfType<YamlFrontMatterBlock>().FirstOrDefault() is not { } block)
        {
            return null;
        }

        var text = source.SourceOf(block);
        var firstLine = source.LineOf(block) + 1;
        var lines = text.Split('\n').Skip(1).ToList();
        while (lines.Count > 0 && lines[^1].Trim() is "---" or "..." or "")
        {
            lines.RemoveAt(lines.Count - 1);
        }

        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(string.Join("\n", lines)));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
        }
        catch (YamlException exception)
        {
            log.Warn(source.Path, firstLine + (int)exception.Start.Line - 1, ImportWarnings.Ignored, $"The front matter is not valid YAML ({exception.Message}); it is not read");
            return null;
        }

        if (root is null)
        {
            return null;
        }

        return new FrontMatter
        {
            Title = Scalar(root, "title"),
            Level = Number(Scalar(root, "level") ?? Scalar(root, "rank")),
            Topics = ReadTopics(root, firstLine),
            Line = firstLine,
        };
    }

    private static List<FrontMatterTopic> ReadTopics(YamlMappingNode root, int firstLine)
    {
        var topics = new List<FrontMatterTopic>();
        if (Child(root, "topics") is not YamlSequenceNode list)
        {
            return topics;
        }

        foreach (var topic in list.Children.OfType<YamlMappingNode>())
        {
            var name = Scalar(topic, "name") ?? Scalar(topic, "title");
            if (name is null || Child(topic, "content") is not YamlSequenceNode content)
            {
                continue;
            }

            var levels = new List<(int, int, IReadOnlyList<string>)>();
            foreach (var entry in content.Children.OfType<YamlMappingNode>())
            {
                if (Number(Scalar(entry, "level")) is { } level)
                {
                    var criteria = Child(entry, "criteria") is YamlSequenceNode items
                        ? items.Children.OfType<YamlScalarNode>().Select(item => item.Value ?? string.Empty).Where(item => item.Trim().Length > 0).Select(item => item.Trim()).ToList()
                        : new List<string>();
                    levels.Add((level, firstLine + (int)entry.Start.Line - 1, criteria));
                }
            }

            topics.Add(new FrontMatterTopic(name.Trim(), firstLine + (int)topic.Start.Line - 1, levels));
        }

        return topics;
    }

    private static YamlNode? Child(YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode map, string key) => Child(map, key) is YamlScalarNode { Value: { } value } && value.Trim().Length > 0 ? value.Trim() : null;

    private static int? Number(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
