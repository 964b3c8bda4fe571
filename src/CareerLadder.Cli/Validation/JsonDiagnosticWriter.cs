using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CareerLadder.Authoring;
using CareerLadder.Authoring.Diagnostics;

namespace CareerLadder.Cli.Validation;

/// <summary>Writes the diagnostics as one JSON document: the counts, then every diagnostic with its full span.</summary>
public static class JsonDiagnosticWriter
{
    /// <summary>Returns the JSON document.</summary>
    /// <param name="ladders">The loaded ladders.</param>
    public static string Write(LadderSet ladders)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("tool", ToolInfo.Name);
            json.WriteString("version", ToolInfo.Version);
            json.WriteNumber("files", ladders.LadderFileCount);
            json.WriteNumber("errors", ladders.Count(LadderSeverity.Error));
            json.WriteNumber("warnings", ladders.Count(LadderSeverity.Warning));
            json.WriteNumber("infos", ladders.Count(LadderSeverity.Info));
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in ladders.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("id", diagnostic.RuleId);
                json.WriteString("severity", SeverityNames.Compiler(diagnostic.Rule.Severity));
                json.WriteString("title", diagnostic.Rule.Title);
                json.WriteString("message", diagnostic.Message);
                WriteLocation(json, diagnostic.Location);
                json.WriteString("helpUri", diagnostic.Rule.HelpLink);
                json.WriteStartArray("additionalLocations");
                foreach (var location in diagnostic.AdditionalLocations)
                {
                    json.WriteStartObject();
                    WriteLocation(json, location);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    internal static JsonWriterOptions Options => new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    private static void WriteLocation(Utf8JsonWriter json, LadderLocation location)
    {
        SourceSpan span = location.Span;
        json.WriteString("path", location.FilePath);
        json.WriteNumber("startLine", span.StartLine + 1);
        json.WriteNumber("startColumn", span.StartColumn + 1);
        json.WriteNumber("endLine", span.EndLine + 1);
        json.WriteNumber("endColumn", span.EndColumn + 1);
    }
}
