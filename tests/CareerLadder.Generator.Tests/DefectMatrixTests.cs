using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Generator.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// The defect matrix of DIAGNOSTICS.md covers the whole format: every key of the framework, track and overlay schemas
/// has a row, and every cell names existing rules or one of the documented reasons why no rule is needed.
/// </summary>
public sealed class DefectMatrixTests
{
    private static readonly string[] Reasons = { "opt", "none", "free", "ok", "n/a" };

    private static readonly Regex Row = new(@"^\| `(?<key>[^`]+)` \|(?<cells>.*)\|\s*$", RegexOptions.CultureInvariant);

    public static TheoryData<string, string> FileKinds() => new()
    {
        { "Framework", "framework.schema.json" },
        { "Track", "track.schema.json" },
        { "Overlay", "overlay.schema.json" },
    };

    [Theory]
    [MemberData(nameof(FileKinds))]
    public void Every_key_of_the_schema_has_a_row_and_every_cell_names_rules_or_a_reason(string kind, string schemaFile)
    {
        var rows = Matrix(kind);
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot, "src", "CareerLadder", "schemas", schemaFile)))!;

        var keys = SchemaKeys(schema).ToList();

        Assert.NotEmpty(keys);
        Assert.Equal(Array.Empty<string>(), keys.Where(key => !rows.ContainsKey(key)).ToArray());
        var ruleIds = LadderRules.All.Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, cells) in rows)
        {
            Assert.True(cells.Length == 9, $"{kind} row '{key}' has {cells.Length} cells instead of 9.");
            foreach (var cell in cells)
            {
                var valid = Reasons.Contains(cell) || cell.Split(", ").All(ruleIds.Contains);
                Assert.True(valid, $"{kind} row '{key}': '{cell}' is neither a rule id list nor one of {string.Join(", ", Reasons)}.");
            }
        }
    }

    private static Dictionary<string, string[]> Matrix(string kind)
    {
        var reference = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot, "src", "CareerLadder.Generator", "DIAGNOSTICS.md"));
        var matrix = reference.Substring(reference.IndexOf("## Defect matrix", StringComparison.Ordinal));
        matrix = matrix.Substring(0, matrix.IndexOf("\n## ", 3, StringComparison.Ordinal));
        var start = matrix.IndexOf("### " + kind + " file", StringComparison.Ordinal);
        Assert.True(start >= 0, $"DIAGNOSTICS.md has no '### {kind} file' table in its defect matrix.");
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in matrix.Substring(start).Split('\n').Skip(1).SkipWhile(line => !line.StartsWith("|", StringComparison.Ordinal)).TakeWhile(line => line.StartsWith("|", StringComparison.Ordinal)))
        {
            var match = Row.Match(line);
            if (match.Success)
            {
                rows.Add(match.Groups["key"].Value, match.Groups["cells"].Value.Split('|').Select(cell => cell.Trim()).ToArray());
            }
        }

        return rows;
    }

    /// <summary>Every property of the schema as a path: <c>levels[].chart.src</c>, <c>ranks.*.public-title</c>.</summary>
    private static IEnumerable<string> SchemaKeys(JsonNode schema)
    {
        var keys = new List<string>();
        Walk(schema, schema, string.Empty, new HashSet<string>(StringComparer.Ordinal), keys);
        return keys.Distinct(StringComparer.Ordinal);
    }

    private static void Walk(JsonNode root, JsonNode? node, string path, HashSet<string> expanding, List<string> keys)
    {
        if (node is not JsonObject schema)
        {
            return;
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference.Substring(reference.LastIndexOf('/') + 1);
            if (expanding.Add(name))
            {
                Walk(root, root["$defs"]?[name], path, expanding, keys);
                expanding.Remove(name);
            }
        }

        if (schema["properties"] is JsonObject properties)
        {
            foreach (var property in properties)
            {
                var child = path.Length == 0 ? property.Key : path + "." + property.Key;
                keys.Add(child);
                Walk(root, property.Value, child, expanding, keys);
            }
        }

        Walk(root, schema["additionalProperties"], path + ".*", expanding, keys);
        Walk(root, schema["items"], path + "[]", expanding, keys);
        if (schema["patternProperties"] is JsonObject patterns)
        {
            foreach (var pattern in patterns)
            {
                Walk(root, pattern.Value, path + ".*", expanding, keys);
            }
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema[combinator] is JsonArray alternatives)
            {
                foreach (var alternative in alternatives)
                {
                    Walk(root, alternative, path, expanding, keys);
                }
            }
        }
    }
}
