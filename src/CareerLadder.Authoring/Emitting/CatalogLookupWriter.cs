using System.Collections.Generic;
using System.Linq;
using System;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Naming;
using static CareerLadder.Authoring.Emitting.RuntimeNames;
using static CareerLadder.Authoring.Naming.CodeNames;

namespace CareerLadder.Authoring.Emitting;

/// <summary>
/// Writes the catalog's lookups: from a <c>TrackId</c> to its track and back, from a track id, abbreviation or former id
/// to its track, from a level code to its level, and the switches over the stable enum numbers they use.
/// </summary>
internal static class CatalogLookupWriter
{
    /// <summary>
    /// Writes a method that maps an enum value to what belongs to it (a position, a key) with a switch: the values are
    /// stable numbers (<see cref="Evolution.EnumNumbers"/>), not positions.
    /// </summary>
    public static void WriteNumberSwitch(SourceWriter writer, string comment, string signature, string parameter, IReadOnlyList<int> numbers,
        Func<int, string> result, string otherwise)
    {
        writer.Comment(comment);
        using (writer.Block(signature))
        using (writer.Block("switch ((int)" + parameter + ")"))
        {
            for (var index = 0; index < numbers.Count; index++)
            {
                writer.Line("case " + Identifiers.Number(numbers[index]) + ": return " + result(index) + ";");
            }

            writer.Line("default: return " + otherwise + ";");
        }
    }

    /// <summary>
    /// Writes a lookup by enum value, <c>GetTrack</c> or <c>GetCompetency</c>: it throws for a value that names nothing, and
    /// the position it reads at comes from a switch over the stable numbers (<see cref="WriteNumberSwitch"/>).
    /// </summary>
    public static void WriteGetById(SourceWriter writer, string parameter, string summary, string signature, string enumType, string indexMethod, string indexSummary,
        IReadOnlyList<int> numbers, string result)
    {
        writer.Template($$"""
            /// <summary>{{summary}}</summary>
            /// <param name="{{parameter}}">The {{parameter}}.</param>
            public static {{signature}}({{enumType}} {{parameter}})
            {
                var index = {{indexMethod}}({{parameter}});
                if (index < 0)
                {
                    throw new global::System.ArgumentOutOfRangeException("{{parameter}}", {{parameter}}, "Not a {{parameter}} of the ladder.");
                }

                return {{result}};
            }

            """);
        WriteNumberSwitch(writer, indexSummary, "internal static int " + indexMethod + "(" + enumType + " " + parameter + ")", parameter, numbers, Identifiers.Number, "-1");
        writer.Line();
    }

    /// <summary>Writes <c>GetTrack</c>, <c>TrackIndex</c>, <c>GetTrackId</c>, <c>GetCompetencyId</c>, <c>TrackAt</c> and <c>TryGetTrack</c>.</summary>
    public static void WriteTrackLookups(SourceWriter writer, CatalogContext context)
    {
        WriteGetById(writer, "track", "Returns the track with the given id, building it on its first use.", Runtime + "Track GetTrack", context.TrackIdType,
            "TrackIndex", "The position of a track in Tracks; -1 for a value that names none.", context.TrackNumbers, "TrackAt(index)");
        WriteIdOf(writer, context);
        writer.Template($$"""
            // The track at a position, read from its class: Tracks calls this method group (no lambda, no closure class)
            // and a first lookup compiles this switch and the one track's class, nothing else of the catalog.
            """);
        using (writer.Block("private static " + Runtime + "Track TrackAt(int index)"))
        using (writer.Block("switch (index)"))
        {
            for (var index = 0; index < context.Tracks.Count; index++)
            {
                writer.Expression("case " + Identifiers.Number(index) + ": return ", CodeExpression.Code(context.Qualified(TrackClass(context.Tracks[index])) + "." + TrackInstance), ";");
            }

            writer.Line("default: throw new global::System.ArgumentOutOfRangeException(\"index\", index, \"Not a track position.\");");
        }

        writer.Line();
        WriteTryGetTrack(writer, context);
    }

    /// <summary>Writes <c>TryGetLevel</c>, which reads the level index.</summary>
    public static void WriteTryGetLevel(SourceWriter writer, CatalogContext context)
    {
        writer.Template($$"""
            /// <summary>Finds a level of any track by code (<c>TPM5</c>), ignoring case, without allocating; builds only that level's track.</summary>
            /// <param name="code">The level code.</param>
            /// <param name="level">The level, when found.</param>
            """);
        WriteTryGetSignature(writer, context.Options, "TryGetLevel", "code", Runtime + "Level", "level");
        writer.Template($$"""
                => s_levels.TryGetLevel(code, out level);

            """);
    }

    /// <summary>
    /// Writes <c>GetTrackId</c> and <c>GetCompetencyId</c>, from a runtime object back to its enum value, over the enum
    /// numbers in position order.
    /// </summary>
    private static void WriteIdOf(SourceWriter writer, CatalogContext context)
    {
        writer.Array("private static readonly int[] s_trackNumbers = ", "int", context.TrackNumbers.Select(Identifiers.Number).ToList(), ";");
        writer.Array("private static readonly int[] s_competencyNumbers = ", "int", context.CompetencyNumbers.Select(Identifiers.Number).ToList(), ";");
        writer.Template($$"""

            /// <summary>Returns the TrackId of one of this catalog's tracks.</summary>
            /// <param name="track">A track of this catalog.</param>
            /// <exception cref="global::System.ArgumentException">The track belongs to another catalog.</exception>
            public static {{context.TrackIdType}} GetTrackId({{Runtime}}Track track)
            {
                if (track == null)
                {
                    throw new global::System.ArgumentNullException("track");
                }

                var key = s_trackKeys.IndexOf(track.Id);
                for (var index = key >= 0 && key % 2 == 0 ? key / 2 : 0; index < s_trackNumbers.Length; index++)
                {
                    if (ReferenceEquals(TrackAt(index), track))
                    {
                        return ({{context.TrackIdType}})s_trackNumbers[index];
                    }
                }

                throw new global::System.ArgumentException("Not a track of this catalog.", "track");
            }

            /// <summary>Returns the CompetencyId of one of this catalog's competencies.</summary>
            /// <param name="competency">A competency of this catalog.</param>
            /// <exception cref="global::System.ArgumentException">The competency belongs to another catalog.</exception>
            public static {{context.CompetencyIdType}} GetCompetencyId({{Runtime}}Competency competency)
            {
                if (competency == null)
                {
                    throw new global::System.ArgumentNullException("competency");
                }

                var index = competency.Index;
                if (index < 0 || index >= s_competencies.Length || !ReferenceEquals(s_competencies[index], competency))
                {
                    throw new global::System.ArgumentException("Not a competency of this catalog.", "competency");
                }

                return ({{context.CompetencyIdType}})s_competencyNumbers[index];
            }

            """);
    }

    private static void WriteTryGetTrack(SourceWriter writer, CatalogContext context)
    {
        var tracks = context.Tracks;
        writer.Line("// The id and the abbreviation of every track, in track order: key k belongs to track k / 2.");
        writer.Line("private static readonly " + Metadata + "CodeIndex s_trackKeys =");
        using (writer.Indented())
        {
            LevelIndexWriter.WriteCodeIndex(writer, new IReadOnlyList<string>[] { tracks.SelectMany(track => new[] { track.Id, track.Abbreviation }).ToList() }, ";");
        }

        writer.Template($$"""

            /// <summary>Finds a track by id (<c>technical-program-manager</c>) or abbreviation (<c>TPM</c>), ignoring case, without allocating.</summary>
            /// <param name="idOrAbbreviation">The track id or abbreviation.</param>
            /// <param name="track">The track, when found.</param>
            """);
        WriteTryGetSignature(writer, context.Options, "TryGetTrack", "idOrAbbreviation", Runtime + "Track", "track");
        using (writer.Block())
        {
            writer.Line("var key = s_trackKeys.IndexOf(idOrAbbreviation);");
            if (tracks.Any(track => track.FormerIds.Count > 0))
            {
                writer.Template($$"""
                    if (key < 0)
                    {
                        var former = s_formerTrackIds.IndexOf(idOrAbbreviation);
                        track = former < 0 ? null : TrackAt(s_formerTrackTargets[former]);
                        return former >= 0;
                    }

                    """);
            }

            writer.Template($$"""
                track = key < 0 ? null : TrackAt(key / 2);
                return key >= 0;
                """);
        }

        writer.Line();
        WriteFormerTrackIds(writer, tracks);
    }

    /// <summary>The ids tracks had in earlier versions (<c>renamed-from:</c>) and the track each resolves to, when there are any.</summary>
    private static void WriteFormerTrackIds(SourceWriter writer, EquatableArray<CodeTrack> tracks)
    {
        var formers = tracks.SelectMany((track, position) => track.FormerIds.Select(id => (Id: id, Position: position))).ToList();
        if (formers.Count == 0)
        {
            return;
        }

        writer.Line("// Former track ids (renamed-from:); former id k belongs to track s_formerTrackTargets[k].");
        writer.Line("private static readonly " + Metadata + "CodeIndex s_formerTrackIds =");
        using (writer.Indented())
        {
            LevelIndexWriter.WriteCodeIndex(writer, new IReadOnlyList<string>[] { formers.Select(former => former.Id).ToList() }, ";");
        }

        writer.Line();
        writer.Array("private static readonly int[] s_formerTrackTargets = ", "int", formers.Select(former => Identifiers.Number(former.Position)).ToList(), ";");
        writer.Line();
    }

    /// <summary><c>public static bool Name(string? key, [NotNullWhen(true)] out T? result)</c>, annotated where the language allows.</summary>
    private static void WriteTryGetSignature(SourceWriter writer, EmitOptions options, string name, string key, string resultType, string result) =>
        writer.Template($$"""
            public static bool {{name}}({{options.Nullable("string")}} {{key}},
            #if NETCOREAPP3_0_OR_GREATER || NETSTANDARD2_1_OR_GREATER
                {{NotNullWhen}}
            #endif
                out {{options.Nullable(resultType)}} {{result}})
            """);
}
