using System;
using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CareerLadder.Serialization;

/// <summary>Reads codes from JSON without allocating and words the errors, which never echo unbounded input.</summary>
internal static class JsonCodes
{
    /// <summary>The longest code read; longer strings are unknown without being decoded in full.</summary>
    public const int MaxCodeLength = 128;

    /// <summary>How much of a bad value an error message quotes.</summary>
    public const int QuotedLength = 40;

    /// <summary>
    /// Copies the current string token (value or property name) into <paramref name="buffer"/>; returns the number of
    /// characters, or -1 when the value is longer than the buffer.
    /// </summary>
    public static int Copy(ref Utf8JsonReader reader, scoped Span<char> buffer)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        return length > buffer.Length ? -1 : reader.CopyString(buffer);
    }

    /// <summary>Throws unless the token is a string, naming what was expected.</summary>
    public static void ExpectString(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.String && reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException($"Expected {what} as a JSON string, found {reader.TokenType}.");
        }
    }

    /// <summary>The start of the current string token, cut to <see cref="QuotedLength"/> characters with its total length.</summary>
    public static string Quote(ref Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.Slice(0, Math.Min(reader.ValueSequence.Length, QuotedLength * 4)).ToArray() : reader.ValueSpan.Slice(0, Math.Min(reader.ValueSpan.Length, QuotedLength * 4)).ToArray();
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        return Quote(Encoding.UTF8.GetString(raw), length);
    }

    /// <summary>Quotes <paramref name="text"/> cut to <see cref="QuotedLength"/> characters, saying how long it was.</summary>
    public static string Quote(ReadOnlySpan<char> text) => Quote(text, text.Length);

    private static string Quote(ReadOnlySpan<char> text, long length)
    {
        var shown = text.Length > QuotedLength ? text.Slice(0, QuotedLength) : text;
        var builder = new StringBuilder("'", QuotedLength + 40);
        foreach (var character in shown)
        {
            builder.Append(char.IsControl(character) ? '?' : character);
        }

        builder.Append('\'');
        if (length > shown.Length)
        {
            builder.Append("… (").Append(length).Append(" bytes)");
        }

        return builder.ToString();
    }

    /// <summary>The message for a code that no catalog, or more than one, knows.</summary>
    public static string Unknown(string kind, CodeLookup lookup, string quoted) => lookup == CodeLookup.Ambiguous
        ? $"The {kind} {quoted} is defined by more than one loaded ladder catalog; look it up through the generated CareerLadders class of the catalog you mean."
        : $"Unknown {kind} {quoted}: no loaded ladder catalog has it; {LadderCatalogs.DescribeTracks()}.";
}
