using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerLadder.Serialization;

/// <summary>
/// Writes a <see cref="Step"/> as <c>{"competency":"technology","id":"Specializes","value":2}</c> (a step id alone is
/// not unique across competencies) and reads it back as the catalog's step, by id or else by value.
/// </summary>
public sealed class StepJsonConverter : JsonConverter<Step>
{
    /// <inheritdoc/>
    public override Step Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a step as a JSON object with \"competency\" and \"id\" or \"value\", found {reader.TokenType}.");
        }

        Competency? competency = null;
        string? id = null;
        int? value = null;
        var competencyConverter = new CompetencyJsonConverter();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "competency":
                    competency = competencyConverter.Read(ref reader, typeof(Competency), options);
                    break;
                case "id":
                    JsonCodes.ExpectString(ref reader, "a step id");
                    id = reader.GetString();
                    break;
                case "value":
                    value = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) ? number : throw new JsonException("A step value is a whole number.");
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (competency is null)
        {
            throw new JsonException("A step needs its \"competency\".");
        }

        if (id is not null)
        {
            return competency.TryGetStep(id, out var step)
                ? step
                : throw new JsonException($"Competency '{competency.Id}' has no step {JsonCodes.Quote(id.AsSpan())}.");
        }

        if (value is { } stepValue)
        {
            return stepValue >= 1 && stepValue <= competency.Steps.Count
                ? competency.Steps[stepValue - 1]
                : throw new JsonException($"Competency '{competency.Id}' has steps 1 to {competency.Steps.Count}, not {stepValue}.");
        }

        throw new JsonException("A step needs its \"id\" or \"value\".");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Step value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("competency", value.Competency.Id);
        writer.WriteString("id", value.Id);
        writer.WriteNumber("value", value.Value);
        writer.WriteEndObject();
    }
}

/// <summary>
/// Writes a <see cref="LocalizedText"/> as its string in <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>
/// and reads a string back as a text without translations. <see cref="LocalizedText.Translations"/> lists them all.
/// </summary>
public sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    /// <inheritdoc/>
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonCodes.ExpectString(ref reader, "a text");
        return new LocalizedText(reader.GetString()!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
