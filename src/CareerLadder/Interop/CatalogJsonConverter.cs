using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerLadder.Serialization;

/// <summary>
/// Writes a catalog item as its code and reads a code back as the catalog's own instance; the base of the level, track
/// and competency converters. Also used for dictionary keys.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract class CatalogJsonConverter<T> : JsonConverter<T>
    where T : class
{
    private protected CatalogJsonConverter()
    {
    }

    private protected abstract string Kind { get; }

    private protected abstract string CodeOf(T item);

    private protected abstract CodeLookup Find(ReadOnlySpan<char> code, out T? item);

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonCodes.ExpectString(ref reader, "a " + Kind);
        Span<char> buffer = stackalloc char[JsonCodes.MaxCodeLength];
        var length = JsonCodes.Copy(ref reader, buffer);
        var lookup = CodeLookup.Unknown;
        T? item = null;
        if (length >= 0)
        {
            lookup = Find(buffer.Slice(0, length), out item);
        }

        if (lookup == CodeLookup.Found && item is not null)
        {
            return item;
        }

        var quoted = length >= 0 ? JsonCodes.Quote(buffer.Slice(0, length)) : JsonCodes.Quote(ref reader);
        throw new JsonException(JsonCodes.Unknown(Kind, lookup, quoted));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(CodeOf(value));

    /// <inheritdoc/>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(CodeOf(value));
}

/// <summary>Writes a <see cref="Level"/> as its code (<c>"TPM5"</c>) and reads a code back as the catalog's level.</summary>
public sealed class LevelJsonConverter : CatalogJsonConverter<Level>
{
    private protected override string Kind => "level code";

    private protected override string CodeOf(Level item) => item.Code;

    private protected override CodeLookup Find(ReadOnlySpan<char> code, out Level? item) => LadderCatalogs.FindLevel(code, out item);
}

/// <summary>Writes a <see cref="Track"/> as its id and reads an id or abbreviation back as the catalog's track.</summary>
public sealed class TrackJsonConverter : CatalogJsonConverter<Track>
{
    private protected override string Kind => "track";

    private protected override string CodeOf(Track item) => item.Id;

    private protected override CodeLookup Find(ReadOnlySpan<char> code, out Track? item) => LadderCatalogs.FindTrack(code, out item);
}

/// <summary>Writes a <see cref="Competency"/> as its id and reads an id back as the catalog's competency.</summary>
public sealed class CompetencyJsonConverter : CatalogJsonConverter<Competency>
{
    private protected override string Kind => "competency";

    private protected override string CodeOf(Competency item) => item.Id;

    private protected override CodeLookup Find(ReadOnlySpan<char> code, out Competency? item) => LadderCatalogs.FindCompetency(code, out item);
}

/// <summary>
/// Writes a generated track class (for example <c>TechnicalProgramManagerTrack</c>) as its id and reads an id or
/// abbreviation back as the catalog's track; the generator puts it on every track class of a .NET 8 or later ladder project.
/// </summary>
/// <typeparam name="TTrack">The generated track class.</typeparam>
public sealed class TrackJsonConverter<TTrack> : CatalogJsonConverter<TTrack>
    where TTrack : Track
{
    private protected override string Kind => "track (" + typeof(TTrack).Name + ")";

    private protected override string CodeOf(TTrack item) => item.Id;

    private protected override CodeLookup Find(ReadOnlySpan<char> code, out TTrack? item)
    {
        var lookup = LadderCatalogs.FindTrack(code, out var track);
        item = track as TTrack;
        return lookup == CodeLookup.Found && item is null ? CodeLookup.Unknown : lookup;
    }
}
