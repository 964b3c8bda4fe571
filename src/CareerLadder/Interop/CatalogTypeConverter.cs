using System;
using System.ComponentModel;
using System.Globalization;

namespace CareerLadder.Serialization;

/// <summary>
/// Converts a catalog item to and from its code for configuration binding, MVC model binding and property grids;
/// the base of the level, track and competency type converters. An unknown code is a <see cref="FormatException"/>
/// whose message quotes at most 40 characters of it.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract class CatalogTypeConverter<T> : TypeConverter
    where T : class
{
    private protected CatalogTypeConverter()
    {
    }

    private protected abstract string Kind { get; }

    private protected abstract string CodeOf(T item);

    private protected abstract CodeLookup Find(ReadOnlySpan<char> code, out T? item);

    /// <inheritdoc/>
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc/>
    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType) => destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

    /// <inheritdoc/>
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
    {
        if (value is not string code)
        {
            return base.ConvertFrom(context, culture, value);
        }

        var lookup = Find(code.AsSpan().Trim(), out var item);
        return lookup == CodeLookup.Found ? item : throw new FormatException(JsonCodes.Unknown(Kind, lookup, JsonCodes.Quote(code.AsSpan())));
    }

    /// <inheritdoc/>
    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is T item ? CodeOf(item) : base.ConvertTo(context, culture, value, destinationType);
}

/// <summary>Converts a <see cref="Level"/> to and from its code.</summary>
public sealed class LevelTypeConverter : CatalogTypeConverter<Level>
{
    private protected override string Kind => "level code";

    private protected override string CodeOf(Level item) => item.Code;

    private protected override CodeLookup Find(ReadOnlySpan<char> code, out Level? item) => LadderCatalogs.FindLevel(code, out item);
}

/// <summary>Converts a <see cref="Track"/> to and from its id (or from its abbreviation).</summary>
public sealed class TrackTypeConverter : CatalogTypeConverter<Track>
{
    private protected override string Kind => "track";

    private protected override string CodeOf(Track item) => item.Id;

    private protected override CodeLookup Find(ReadOnlySpan<char> code, out Track? item) => LadderCatalogs.FindTrack(code, out item);
}

/// <summary>Converts a <see cref="Competency"/> to and from its id.</summary>
public sealed class CompetencyTypeConverter : CatalogTypeConverter<Competency>
{
    private protected override string Kind => "competency";

    private protected override string CodeOf(Competency item) => item.Id;

    private protected override CodeLookup Find(ReadOnlySpan<char> code, out Competency? item) => LadderCatalogs.FindCompetency(code, out item);
}
