using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Generator.Tests.Infrastructure;
using Json.Schema;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerLadder.Generator.Tests;

/// <summary>The JSON Schemas editors use for completion and errors: valid ladders pass, and they know every parser key.</summary>
public sealed class SchemaTests
{
    private static readonly string SchemaDirectory = Path.Combine(GeneratorHarness.RepositoryRoot, "src", "CareerLadder", "schemas");

    public static TheoryData<string> WellFormedFiles()
    {
        var data = new TheoryData<string>();
        var roots = new[]
        {
            Path.Combine(GeneratorHarness.RepositoryRoot, "ladders"),
            Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "CareerLadder.Generator.Tests", "Fixtures", "Snapshot"),
            Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "CareerLadder.Generator.Tests", "Fixtures", "Seeds"),
        };
        foreach (var file in roots.SelectMany(root => Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)).OrderBy(path => path, StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(GeneratorHarness.RepositoryRoot, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WellFormedFiles))]
    public void Well_formed_ladder_files_validate_against_their_schema(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot, relativePath));
        var json = ToJson(text);
        var kind = json.TryGetProperty("framework", out _) ? "framework" : json.TryGetProperty("overlay", out _) ? "overlay" : "track";

        var result = Schema(kind).Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });

        var errors = (result.Details ?? new List<EvaluationResults>())
            .Where(detail => detail.Errors is not null)
            .SelectMany(detail => detail.Errors!.Select(error => detail.InstanceLocation + " " + error.Value));
        Assert.True(result.IsValid, relativePath + ": " + string.Join("; ", errors));
    }

    [Fact]
    public void Repository_ladders_point_editors_at_their_schema()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(GeneratorHarness.RepositoryRoot, "ladders"), "*.yaml"))
        {
            var kind = Path.GetFileName(file) == "framework.yaml" ? "framework" : file.EndsWith(".ko.yaml", StringComparison.Ordinal) ? "overlay" : "track";
            Assert.StartsWith($"# yaml-language-server: $schema=../src/CareerLadder/schemas/{kind}.schema.json", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Schema_rejects_an_unknown_key_and_a_wrong_section_kind()
    {
        var track = ToJson("track: a\nname: A\nabbreviation: A\nlevels:\n  - { code: A1, rank: 1, title: t, senority: x }\n");
        var framework = ToJson("framework: f\nname: F\ncompetencies: {}\nsections:\n  s: { name: S, kind: table }\n");

        Assert.False(Schema("track").Evaluate(track).IsValid);
        Assert.False(Schema("framework").Evaluate(framework).IsValid);
    }

    [Theory]
    [InlineData("framework", "", nameof(LadderKeys.Framework))]
    [InlineData("framework", "/properties/ranks/additionalProperties", nameof(LadderKeys.Rank))]
    [InlineData("framework", "/properties/competencies/additionalProperties", nameof(LadderKeys.Competency))]
    [InlineData("framework", "/properties/competencies/additionalProperties/properties/steps/items/oneOf/1", nameof(LadderKeys.Step))]
    [InlineData("framework", "/properties/sections/additionalProperties", nameof(LadderKeys.Section))]
    [InlineData("track", "", nameof(LadderKeys.Track))]
    [InlineData("track", "/properties/links/items", nameof(LadderKeys.Link))]
    [InlineData("track", "/properties/retired/items", nameof(LadderKeys.Retired))]
    [InlineData("track", "/properties/levels/items", nameof(LadderKeys.Level))]
    [InlineData("track", "/properties/levels/items/properties/chart/oneOf/1", nameof(LadderKeys.Chart))]
    [InlineData("track", "/properties/levels/items/properties/expectations/additionalProperties/oneOf/1", nameof(LadderKeys.Expectation))]
    [InlineData("track", "/$defs/item/oneOf/1", nameof(LadderKeys.Item))]
    [InlineData("overlay", "", nameof(LadderKeys.Overlay))]
    [InlineData("overlay", "/properties/levels/additionalProperties", nameof(LadderKeys.LevelOverlay))]
    [InlineData("overlay", "/properties/levels/additionalProperties/properties/expectations/additionalProperties/oneOf/1", nameof(LadderKeys.Expectation))]
    public void Schema_and_parser_accept_the_same_keys(string kind, string pointer, string keysName)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaDirectory, kind + ".schema.json")))!;
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = int.TryParse(part, out var index) ? node[index]! : node[part]!;
        }

        var schemaKeys = node["properties"]!.AsObject().Select(property => property.Key).OrderBy(key => key, StringComparer.Ordinal);
        var parserKeys = ((string[])typeof(LadderKeys).GetField(keysName)!.GetValue(null)!).OrderBy(key => key, StringComparer.Ordinal);
        Assert.Equal(parserKeys, schemaKeys);
        Assert.All(node["properties"]!.AsObject(), property => Assert.False(string.IsNullOrEmpty((string?)property.Value!["description"]) && property.Value["$ref"] is null, $"{kind}{pointer}/{property.Key} has no description."));
    }

    private static readonly Dictionary<string, JsonSchema> Schemas = new[] { "framework", "track", "overlay" }
        .ToDictionary(kind => kind, kind => JsonSchema.FromText(File.ReadAllText(Path.Combine(SchemaDirectory, kind + ".schema.json"))));

    private static JsonSchema Schema(string kind) => Schemas[kind];

    /// <summary>YAML to JSON the way the YAML language server sees it: plain scalars that look like integers are integers.</summary>
    private static JsonElement ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return JsonSerializer.SerializeToElement(ToNode(stream.Documents[0].RootNode));
    }

    private static JsonNode? ToNode(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(entry => KeyValuePair.Create(((YamlScalarNode)entry.Key).Value!, ToNode(entry.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToNode).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" } => null,
        YamlScalarNode { Style: ScalarStyle.Plain } scalar when long.TryParse(scalar.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } scalar => JsonValue.Create(scalar.Value == "true"),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException("Unexpected YAML node " + node.NodeType),
    };
}
