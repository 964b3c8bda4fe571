using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using CareerLadder.Serialization;

namespace CareerLadder;

// Level, Track and Competency repeat this shape on purpose: these static members are each type's own public API (binding,
// IParsable); the lookups behind them are one implementation, in LadderCatalogs.
[JsonConverter(typeof(TrackJsonConverter))]
[TypeConverter(typeof(TrackTypeConverter))]
public abstract partial class Track : ISpanParsable<Track>
{
    /// <summary>
    /// Finds a track of any generated catalog by id (<c>technical-program-manager</c>) or abbreviation (<c>TPM</c>), ignoring case and surrounding spaces, without
    /// allocating. Minimal APIs bind <c>/tracks/{track}</c> to a <see cref="Track"/> through this method.
    /// </summary>
    /// <param name="code">The track id or abbreviation.</param>
    /// <param name="track">The track, when exactly one loaded catalog has it.</param>
    public static bool TryParse([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Track? track) =>
        LadderCatalogs.TryGetTrack(code.AsSpan().Trim(), out track);

    /// <inheritdoc cref="TryParse(string?, out Track?)"/>
    public static bool TryParse(ReadOnlySpan<char> code, [NotNullWhen(true)] out Track? track) =>
        LadderCatalogs.TryGetTrack(code.Trim(), out track);

    /// <summary>Returns the track of any generated catalog with the id or abbreviation <paramref name="code"/>, ignoring case.</summary>
    /// <param name="code">The track id or abbreviation.</param>
    /// <exception cref="FormatException">No loaded catalog (or more than one) has the code; the message quotes at most 40 characters of it.</exception>
    public static Track Parse(string code) => Parse((code ?? throw new ArgumentNullException(nameof(code))).AsSpan());

    /// <inheritdoc cref="Parse(string)"/>
    public static Track Parse(ReadOnlySpan<char> code)
    {
        var lookup = LadderCatalogs.FindTrack(code.Trim(), out var track);
        return lookup == CodeLookup.Found ? track! : throw new FormatException(JsonCodes.Unknown("track", lookup, JsonCodes.Quote(code)));
    }

    static Track IParsable<Track>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Track>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out Track result) => TryParse(s, out result);

    static Track ISpanParsable<Track>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<Track>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out Track result) => TryParse(s, out result);
}
