using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerLadder.Serialization;

/// <summary>
/// Writes a generated step enum (for example <c>TechnologyStep</c>) as its member name and reads a name (ignoring case)
/// or a number back; a value that is not one of the enum's steps is a <see cref="JsonException"/>. The generator puts it
/// on every step enum of a ladder project that targets .NET 8 or later. AOT-safe: no reflection beyond the enum's own.
/// </summary>
/// <typeparam name="TEnum">The step enum.</typeparam>
public sealed class StepEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt32(out var number) && StepEnums.TryFromNumber<TEnum>(number, out var byNumber))
            {
                return byNumber;
            }

            throw new JsonException($"Not a step of {typeof(TEnum).Name}: expected {StepEnums.Describe<TEnum>()}.");
        }

        JsonCodes.ExpectString(ref reader, "a step of " + typeof(TEnum).Name);
        Span<char> buffer = stackalloc char[JsonCodes.MaxCodeLength];
        var length = JsonCodes.Copy(ref reader, buffer);
        if (length >= 0 && StepEnums.TryParse<TEnum>(buffer.Slice(0, length), out var step))
        {
            return step;
        }

        var quoted = length >= 0 ? JsonCodes.Quote(buffer.Slice(0, length)) : JsonCodes.Quote(ref reader);
        throw new JsonException($"{quoted} is not a step of {typeof(TEnum).Name}: expected {StepEnums.Describe<TEnum>()}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Enum.IsDefined(value) ? value.ToString() : throw new JsonException($"{Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)} is not a step of {typeof(TEnum).Name}."));

    /// <inheritdoc/>
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WritePropertyName(value.ToString());
}
