using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerLadder.Cli.Importing;

/// <summary>
/// Says what replacing a ladder file of the output directory with the imported YAML would change: levels added, removed
/// or changed (by code, with the keys that differ), and top-level keys added, removed or changed. The user reads it to
/// decide whether <c>--force</c> is safe, for example when a hand-written <c>transitions:</c> would be lost.
/// </summary>
internal static class ExistingFileChanges
{
    /// <summary>The changes, in reading order; empty when the two texts are the same.</summary>
    /// <param name="existing">The file as it is.</param>
    /// <param name="imported">The YAML the import would write.</param>
    public static IReadOnlyList<string> Describe(string existing, string imported)
    {
        if (existing.Replace("\r\n", "\n", StringComparison.Ordinal) == imported)
        {
            return Array.Empty<string>();
        }

        if (Root(existing) is not { } before || Root(imported) is not { } after)
        {
            return new[] { "its text differs" };
        }

        var changes = new List<string>();
        var levelsBefore = Levels(before);
        var levelsAfter = Levels(after);
        foreach (var (code, level) in levelsAfter)
        {
            if (levelsBefore.TryGetValue(code, out var old) && !Same(old, level))
            {
                changes.Add($"level {code} changes ({string.Join(", ", DifferentKeys(old, level))})");
            }
        }

        changes.AddRange(levelsAfter.Keys.Where(code => !levelsBefore.ContainsKey(code)).Select(code => $"level {code} would be added"));
        changes.AddRange(levelsBefore.Keys.Where(code => !levelsAfter.ContainsKey(code)).Select(code => $"level {code} would be removed"));
        foreach (var key in DifferentKeys(before, after).Where(key => key != "levels"))
        {
            changes.Add(!Has(after, key) ? $"'{key}' would be removed" : !Has(before, key) ? $"'{key}' would be added" : $"'{key}' changes");
        }

        return changes.Count > 0 ? changes : new[] { "its comments or layout differ" };
    }

    private static YamlMappingNode? Root(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 1 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    /// <summary>The levels by code: a track's list of <c>- code: ...</c> mappings, or an overlay's mapping of codes.</summary>
    private static Dictionary<string, YamlNode> Levels(YamlMappingNode root)
    {
        var levels = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        if (!root.Children.TryGetValue(new YamlScalarNode("levels"), out var node))
        {
            return levels;
        }

        if (node is YamlSequenceNode list)
        {
            foreach (var level in list.Children.OfType<YamlMappingNode>())
            {
                if (level.Children.TryGetValue(new YamlScalarNode("code"), out var code) && code is YamlScalarNode { Value: { } value })
                {
                    levels.TryAdd(value, level);
                }
            }
        }
        else if (node is YamlMappingNode map)
        {
            foreach (var (key, level) in map.Children)
            {
                if (key is YamlScalarNode { Value: { } value })
                {
                    levels.TryAdd(value, level);
                }
            }
        }

        return levels;
    }

    /// <summary>The keys of two mappings whose values differ or that only one has, in the order they appear.</summary>
    private static IEnumerable<string> DifferentKeys(YamlNode before, YamlNode after)
    {
        if (before is not YamlMappingNode old || after is not YamlMappingNode changed)
        {
            return new[] { "value" };
        }

        var keys = changed.Children.Keys.Concat(old.Children.Keys).OfType<YamlScalarNode>().Select(key => key.Value ?? string.Empty).Distinct(StringComparer.Ordinal);
        return keys.Where(key => !Has(old, key) || !Has(changed, key) || !Same(old.Children[new YamlScalarNode(key)], changed.Children[new YamlScalarNode(key)])).ToList();
    }

    private static bool Has(YamlMappingNode map, string key) => map.Children.ContainsKey(new YamlScalarNode(key));

    private static bool Same(YamlNode left, YamlNode right) => (left, right) switch
    {
        (YamlScalarNode a, YamlScalarNode b) => a.Value == b.Value,
        (YamlSequenceNode a, YamlSequenceNode b) => a.Children.Count == b.Children.Count && a.Children.Zip(b.Children).All(pair => Same(pair.First, pair.Second)),
        (YamlMappingNode a, YamlMappingNode b) => a.Children.Count == b.Children.Count
            && a.Children.All(pair => b.Children.TryGetValue(pair.Key, out var other) && Same(pair.Value, other)),
        _ => false,
    };
}
