using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using CareerLadder.Interop.Tests.Ladders;
using CareerLadder.Serialization;
using CareerLadder.TestSupport;
using Json.Schema;
using Xunit;

namespace CareerLadder.Interop.Tests;

/// <summary>"A level in full": LevelDetails, its JSON and the schema shipped in the package agree.</summary>
public sealed class LevelDetailsTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(SchemaPath()));

    [Fact]
    public void Every_repository_level_in_full_matches_the_shipped_schema_with_either_serializer()
    {
        foreach (var level in CareerLadders.Tracks.SelectMany(track => track.Levels))
        {
            var details = LevelDetails.Of(level);
            foreach (var json in new[] { JsonSerializer.Serialize(details), JsonSerializer.Serialize(details, DetailsJsonContext.Default.LevelDetails), JsonSerializer.Serialize(details, new JsonSerializerOptions(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }) })
            {
                var result = Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
                Assert.True(result.IsValid, level.Code + ": " + string.Join("; ", (result.Details ?? new System.Collections.Generic.List<EvaluationResults>()).Where(detail => detail.Errors is not null).SelectMany(detail => detail.Errors!.Select(error => detail.InstanceLocation + " " + error.Value))));
            }
        }
    }

    [Fact]
    public void A_level_in_full_has_no_cycles_and_reads_back_equal()
    {
        var details = LevelDetails.Of(CareerLadders.TechnicalProgramManager.TPM5);

        var json = JsonSerializer.Serialize(details);
        var back = JsonSerializer.Deserialize<LevelDetails>(json)!;

        Assert.StartsWith("{\"code\":\"TPM5\",\"track\":\"technical-program-manager\",\"rank\":5,", json, StringComparison.Ordinal);
        Assert.Contains("\"nextSteps\":[", json, StringComparison.Ordinal);
        Assert.True(json.Length < 20_000, json.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(details.Code, back.Code);
        Assert.Equal(details.Expectations, back.Expectations);
        Assert.Equal(details.NextSteps, back.NextSteps);
    }

    private static string SchemaPath() => RepositoryRoot.Combine("src", "CareerLadder", "schemas", "level-details.schema.json");
}

[JsonSerializable(typeof(LevelDetails))]
internal sealed partial class DetailsJsonContext : JsonSerializerContext
{
}
