using System.Collections.Generic;
using System.Linq;
using System;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Naming;
using static CareerLadder.Authoring.Emitting.RuntimeNames;

namespace CareerLadder.Authoring.Emitting;

/// <summary>
/// Writes the catalog's level index, <c>s_levels</c>: the codes, level counts and ranks of every level as compact tables
/// (a string and two int arrays: no code per level) that <c>CareerLadder.LevelIndex</c> interprets, and the members
/// that read it (<c>AtRank</c>, <c>ResolveLevel</c>).
/// </summary>
internal static class LevelIndexWriter
{
    public static void Write(SourceWriter writer, EquatableArray<CodeTrack> tracks)
    {
        writer.Comment("Every level code, track by track: the number of levels of each track, then the rank of each level.");
        writer.Line("internal static readonly " + Metadata + "LevelIndex s_levels = new " + Metadata + "LevelIndex(");
        using (writer.Indented())
        {
            WriteCodeIndex(writer, tracks.Select(track => (IReadOnlyList<string>)track.Levels.Select(level => level.Code).ToList()).ToList(), ",");
            writer.Array(string.Empty, "int", tracks.Select(track => Identifiers.Number(track.Levels.Count)).ToList(), ",");
            writer.Array(string.Empty, "int", tracks.SelectMany(track => track.Levels.Select(level => Identifiers.Number(level.Rank))).ToList(), ",");
            WriteFormerCodes(writer, tracks);
        }

        writer.Template($$"""

            /// <summary>Returns the levels of every track at <paramref name="rank"/>, ordered by track id; empty when there is none.</summary>
            /// <param name="rank">The company-wide rank.</param>
            public static {{ReadOnlyList}}{{Runtime}}Level> AtRank(int rank) => s_levels.AtRank(rank);

            /// <summary>Resolves a level code stored with any version of the ladders: a current code, a former code of a renamed level (to that level) or
            /// the code of a retired level (to its successor, when the ladder names one). Ignores case.</summary>
            /// <param name="code">The stored code.</param>
            public static {{Runtime}}LevelResolution ResolveLevel(string code) => s_levels.Resolve(code);

            internal static bool HasFormerCodes => s_levels.HasFormerCodes;

            """);
    }

    /// <summary>
    /// Writes <c>new CodeIndex(...)</c> over <paramref name="groups"/> of keys: one string of keys separated by spaces, a
    /// line per group (a group too long for a line cut into parts), or, when a key is empty or holds a space (never in a
    /// valid ladder, but a file with errors still gets code), an array of the keys.
    /// </summary>
    public static void WriteCodeIndex(SourceWriter writer, IReadOnlyList<IReadOnlyList<string>> groups, string tail)
    {
        var keys = groups.SelectMany(group => group).ToList();
        if (keys.Any(key => key.Length == 0 || key.IndexOf(' ') >= 0))
        {
            writer.Wrapped("new " + Metadata + "CodeIndex(new string[] { ", keys.Select(CodeExpression.String).ToList(), " })" + tail);
            return;
        }

        var lines = groups.Where(group => group.Count > 0).Select(group => string.Join(" ", group)).ToList();
        if (lines.Count <= 1)
        {
            writer.Expression(string.Empty, CodeExpression.New(Metadata + "CodeIndex", CodeExpression.String(lines.Count == 0 ? string.Empty : lines[0]), CodeExpression.Code("' '")), tail);
            return;
        }

        writer.Line("new " + Metadata + "CodeIndex(");
        using (writer.Indented())
        {
            for (var index = 0; index < lines.Count; index++)
            {
                var last = index == lines.Count - 1;
                writer.Expression(string.Empty, CodeExpression.String(lines[index] + (last ? string.Empty : " ")), last ? "," : " +");
            }

            writer.Line("' ')" + tail);
        }
    }

    /// <summary>
    /// Ends the <c>LevelIndex</c> arguments with the codes of earlier versions, when the ladders declare any: the former
    /// codes, the position of the level each resolves to (<c>-2 - position</c> for a rename, <c>-1</c> for a retired level
    /// without a successor) and when each was retired.
    /// </summary>
    private static void WriteFormerCodes(SourceWriter writer, EquatableArray<CodeTrack> tracks)
    {
        var formers = tracks.SelectMany(track => track.FormerCodes).ToList();
        if (formers.Count == 0)
        {
            writer.Line("Tracks);");
            return;
        }

        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in tracks.SelectMany(track => track.Levels).Select(level => level.Code))
        {
            if (!positions.ContainsKey(code))
            {
                positions.Add(code, positions.Count);
            }
        }

        int Target(CodeFormerCode former) =>
            former.Successor is { } successor && positions.TryGetValue(successor, out var position) ? (former.Renamed ? -2 - position : position) : -1;

        writer.Line("Tracks,");
        writer.Comment("Codes of earlier versions: the level each resolves to (-2 - position for a rename, -1 for a retired level without successor), then when it was retired.");
        WriteCodeIndex(writer, new IReadOnlyList<string>[] { formers.Select(former => former.Code).ToList() }, ",");
        writer.Array(string.Empty, "int", formers.Select(former => Identifiers.Number(Target(former))).ToList(), ",");
        writer.Array(string.Empty, "string", formers.Select(former => CodeExpression.String(former.Since)).ToList(), ");");
    }
}
