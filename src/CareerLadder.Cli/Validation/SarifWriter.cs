using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CareerLadder.Authoring.Diagnostics;

namespace CareerLadder.Cli.Validation;

/// <summary>
/// Writes a minimal valid SARIF 2.1.0 log: one run whose driver lists every CareerLadder rule (with its help link) and
/// one result per diagnostic with its rule, level, message and region (1-based lines and columns).
/// </summary>
public static class SarifWriter
{
    /// <summary>The SARIF version written.</summary>
    public const string SarifVersion = "2.1.0";

    /// <summary>The schema of the SARIF version written.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Returns the SARIF log.</summary>
    /// <param name="ladders">The loaded ladders.</param>
    public static string Write(LadderSet ladders)
    {
        var rules = LadderRules.All;
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, System.StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonDiagnosticWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", SarifVersion);
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartArray("results");
            foreach (var diagnostic in ladders.Diagnostics)
            {
                WriteResult(json, diagnostic, ruleIndex[diagnostic.RuleId]);
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<LadderRule> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("informationUri", ToolInfo.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", RuleName(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLink);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", SeverityNames.Sarif(rule.Severity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, LadderDiagnostic diagnostic, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", SeverityNames.Sarif(diagnostic.Rule.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        WriteLocation(json, diagnostic.Location, id: null);
        json.WriteEndArray();
        if (diagnostic.AdditionalLocations.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            var id = 0;
            foreach (var location in diagnostic.AdditionalLocations)
            {
                WriteLocation(json, location, id++);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, LadderLocation location, int? id)
    {
        var span = location.Span;
        json.WriteStartObject();
        if (id is { } value)
        {
            json.WriteNumber("id", value);
        }

        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(location.FilePath));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", span.StartLine + 1);
        json.WriteNumber("startColumn", span.StartColumn + 1);
        json.WriteNumber("endLine", span.EndLine + 1);
        json.WriteNumber("endColumn", span.EndColumn + 1);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A relative path as a relative URI reference (forward slashes, spaces and other reserved characters escaped).</summary>
    /// <param name="path">The path shown in diagnostics.</param>
    internal static string ToUri(string path)
    {
        if (Path.IsPathFullyQualified(path))
        {
            return new System.Uri(path).AbsoluteUri;
        }

        var normalized = path.Replace('\\', '/');

        return string.Join("/", normalized.Split('/').Select(System.Uri.EscapeDataString));
    }

    private static string RuleName(string title)
    {
        var builder = new StringBuilder();
        foreach (var word in title.Split(' ', '-', '#'))
        {
            var letters = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (letters.Length > 0)
            {
                builder.Append(char.ToUpperInvariant(letters[0])).Append(letters, 1, letters.Length - 1);
            }
        }

        return builder.ToString();
    }
}
