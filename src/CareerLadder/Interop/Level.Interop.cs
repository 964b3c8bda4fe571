using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using CareerLadder.Serialization;

namespace CareerLadder;

// Level, Track and Competency repeat this shape on purpose: these static members are each type's own public API (binding,
// IParsable); the lookups behind them are one implementation, in LadderCatalogs.
[JsonConverter(typeof(LevelJsonConverter))]
[TypeConverter(typeof(LevelTypeConverter))]
public sealed partial class Level : ISpanParsable<Level>
{
    /// <summary>
    /// Finds a level of any generated catalog by code (<c>TPM5</c>), ignoring case and surrounding spaces, without
    /// allocating. Minimal APIs bind <c>/levels/{level}</c> to a <see cref="Level"/> through this method.
    /// </summary>
    /// <param name="code">The level code.</param>
    /// <param name="level">The level, when exactly one loaded catalog has the code.</param>
    public static bool TryParse([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Level? level) =>
        LadderCatalogs.TryGetLevel(code.AsSpan().Trim(), out level);

    /// <inheritdoc cref="TryParse(string?, out Level?)"/>
    public static bool TryParse(ReadOnlySpan<char> code, [NotNullWhen(true)] out Level? level) =>
        LadderCatalogs.TryGetLevel(code.Trim(), out level);

    /// <summary>Returns the level of any generated catalog with the code <paramref name="code"/>, ignoring case.</summary>
    /// <param name="code">The level code.</param>
    /// <exception cref="FormatException">No loaded catalog (or more than one) has the code; the message quotes at most 40 characters of it.</exception>
    public static Level Parse(string code) => Parse((code ?? throw new ArgumentNullException(nameof(code))).AsSpan());

    /// <inheritdoc cref="Parse(string)"/>
    public static Level Parse(ReadOnlySpan<char> code)
    {
        var lookup = LadderCatalogs.FindLevel(code.Trim(), out var level);
        return lookup == CodeLookup.Found ? level! : throw new FormatException(JsonCodes.Unknown("level code", lookup, JsonCodes.Quote(code)));
    }

    static Level IParsable<Level>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Level>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out Level result) => TryParse(s, out result);

    static Level ISpanParsable<Level>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<Level>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out Level result) => TryParse(s, out result);
}
