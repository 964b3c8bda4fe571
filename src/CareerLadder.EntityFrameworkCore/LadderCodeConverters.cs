using System;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareerLadder.EntityFrameworkCore;

/// <summary>Stores a <see cref="Level"/> as its code (<c>TPM5</c>) and reads it back as the catalog's own level.</summary>
public sealed class LevelCodeConverter : ValueConverter<Level, string>
{
    /// <summary>Creates the converter.</summary>
    public LevelCodeConverter()
        : base(level => level.Code, code => StoredCodes.Level(code), new ConverterMappingHints(size: StoredCodes.MaxLength))
    {
    }
}

/// <summary>Stores a <see cref="Track"/> as its id and reads it back as the catalog's own track.</summary>
public sealed class TrackIdConverter : ValueConverter<Track, string>
{
    /// <summary>Creates the converter.</summary>
    public TrackIdConverter()
        : base(track => track.Id, id => StoredCodes.Track(id), new ConverterMappingHints(size: StoredCodes.MaxLength))
    {
    }
}

/// <summary>Stores a <see cref="Competency"/> as its id and reads it back as the catalog's own competency.</summary>
public sealed class CompetencyIdConverter : ValueConverter<Competency, string>
{
    /// <summary>Creates the converter.</summary>
    public CompetencyIdConverter()
        : base(competency => competency.Id, id => StoredCodes.Competency(id), new ConverterMappingHints(size: StoredCodes.MaxLength))
    {
    }
}

/// <summary>Turns stored codes back into catalog instances; called by the converters' expressions.</summary>
public static class StoredCodes
{
    /// <summary>The column size the converters suggest.</summary>
    public const int MaxLength = 64;

    /// <summary>Returns the level with the stored <paramref name="code"/>.</summary>
    /// <param name="code">The stored code.</param>
    /// <exception cref="UnknownStoredCodeException">No loaded catalog has the code.</exception>
    public static Level Level(string code) =>
        CareerLadder.Level.TryParse(code, out var level) ? level : throw new UnknownStoredCodeException("level code", code);

    /// <summary>Returns the track with the stored <paramref name="id"/>.</summary>
    /// <param name="id">The stored id.</param>
    /// <exception cref="UnknownStoredCodeException">No loaded catalog has the track.</exception>
    public static Track Track(string id) =>
        CareerLadder.Track.TryParse(id, out var track) ? track : throw new UnknownStoredCodeException("track", id);

    /// <summary>Returns the competency with the stored <paramref name="id"/>.</summary>
    /// <param name="id">The stored id.</param>
    /// <exception cref="UnknownStoredCodeException">No loaded catalog has the competency.</exception>
    public static Competency Competency(string id) =>
        LadderCatalogs.TryGetCompetency(id, out var competency) ? competency : throw new UnknownStoredCodeException("competency", id);
}

/// <summary>
/// A row holds a code that no loaded ladder catalog has, typically a level removed from the ladder after the row was
/// written. Migrate such rows to a current code; the converters never turn them into null.
/// </summary>
public sealed class UnknownStoredCodeException : InvalidOperationException
{
    /// <summary>Creates the exception for the stored <paramref name="code"/>.</summary>
    /// <param name="kind">What the code names, for example <c>level code</c>.</param>
    /// <param name="code">The stored code; the message quotes at most 40 characters of it.</param>
    public UnknownStoredCodeException(string kind, string code)
        : base($"The database holds the {kind} '{Shorten(code)}', which no loaded ladder catalog has (was it removed from the ladder?). "
            + "Migrate the rows to a current code; known tracks: " + DescribeTracks() + ".")
    {
        Code = code;
    }

    /// <summary>The stored code.</summary>
    public string Code { get; }

    private static string Shorten(string code)
    {
        var cut = code.Length > 40 ? code.Substring(0, 40) + "… (" + code.Length + " characters)" : code;
        return cut.Replace('\n', '?').Replace('\r', '?');
    }

    private static string DescribeTracks()
    {
        var names = new System.Collections.Generic.List<string>();
        foreach (var catalog in LadderCatalogs.All)
        {
            foreach (var track in catalog.Tracks)
            {
                names.Add(track.Abbreviation + " (" + track.Id + ")");
            }
        }

        return names.Count == 0 ? "none" : string.Join(", ", names);
    }
}
