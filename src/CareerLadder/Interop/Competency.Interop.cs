using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using CareerLadder.Serialization;

namespace CareerLadder;

// Level, Track and Competency repeat this shape on purpose: these static members are each type's own public API (binding,
// IParsable); the lookups behind them are one implementation, in LadderCatalogs.
[JsonConverter(typeof(CompetencyJsonConverter))]
[TypeConverter(typeof(CompetencyTypeConverter))]
public sealed partial class Competency : ISpanParsable<Competency>
{
    /// <summary>
    /// Finds a competency of any generated catalog by id (<c>technology</c>) or former id (<c>renamed-from:</c>), ignoring
    /// case and surrounding spaces. Minimal APIs bind <c>/competencies/{competency}</c> through this method.
    /// </summary>
    /// <param name="id">The competency id.</param>
    /// <param name="competency">The competency, when exactly one loaded catalog has the id.</param>
    public static bool TryParse([NotNullWhen(true)] string? id, [NotNullWhen(true)] out Competency? competency) =>
        LadderCatalogs.TryGetCompetency(id.AsSpan().Trim(), out competency);

    /// <inheritdoc cref="TryParse(string?, out Competency?)"/>
    public static bool TryParse(ReadOnlySpan<char> id, [NotNullWhen(true)] out Competency? competency) =>
        LadderCatalogs.TryGetCompetency(id.Trim(), out competency);

    /// <summary>Returns the competency of any generated catalog with the id <paramref name="id"/>, ignoring case.</summary>
    /// <param name="id">The competency id.</param>
    /// <exception cref="FormatException">No loaded catalog (or more than one) has the id; the message quotes at most 40 characters of it.</exception>
    public static Competency Parse(string id) => Parse((id ?? throw new ArgumentNullException(nameof(id))).AsSpan());

    /// <inheritdoc cref="Parse(string)"/>
    public static Competency Parse(ReadOnlySpan<char> id)
    {
        var lookup = LadderCatalogs.FindCompetency(id.Trim(), out var competency);
        return lookup == CodeLookup.Found ? competency! : throw new FormatException(JsonCodes.Unknown("competency id", lookup, JsonCodes.Quote(id)));
    }

    static Competency IParsable<Competency>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Competency>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out Competency result) => TryParse(s, out result);

    static Competency ISpanParsable<Competency>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<Competency>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out Competency result) => TryParse(s, out result);
}
