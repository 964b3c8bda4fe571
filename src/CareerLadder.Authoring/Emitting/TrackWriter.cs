using System.Collections.Generic;
using System.Linq;
using System.Text;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Naming;
using static CareerLadder.Authoring.Emitting.LadderEmitter;
using static CareerLadder.Authoring.Emitting.RuntimeNames;
using static CareerLadder.Authoring.Naming.CodeNames;

namespace CareerLadder.Authoring.Emitting;

/// <summary>Writes one track's file: its level enum and its class with a property per level.</summary>
internal static class TrackWriter
{
    public static string Write(EmitOptions options, CodeFramework framework, CodeTrack track)
    {
        var writer = NewFile(options);
        using (writer.Block("namespace " + options.Namespace))
        {
            EnumWriter.Write(writer, options.AccessibilityKeyword, LevelEnum(track), "The levels of the " + track.Name.Text + " track; the value is the level's company-wide rank.",
                track.Levels.Select(level => (level.Code + " - " + level.Title.Text, level.Identifier, level.Rank)));
            WriteTrackClass(writer, options, framework, track);
        }

        return writer.ToString();
    }

    private static void WriteTrackClass(SourceWriter writer, EmitOptions options, CodeFramework framework, CodeTrack track)
    {
        var catalog = "global::" + options.Namespace + "." + Catalog;
        var className = TrackClass(track);
        var levelEnum = "global::" + options.Namespace + "." + LevelEnum(track);
        var table = TrackTableBuilder.Build(framework, track);
        var formerIds = track.FormerIds.Count == 0 ? string.Empty : ", new string[] { " + Join(track.FormerIds.Select(CSharpText.Literal)) + " }";
        writer.Doc(Summary(track.Name.Text + " (" + track.Abbreviation + ")" + (track.Summary is null ? "." : ": " + Sentence(track.Summary.Text))));
        writer.Line(GeneratedCodeAttribute);
        InteropWriter.WriteTrackAttribute(writer, "global::" + options.Namespace + "." + className);
        using (writer.Block(options.AccessibilityKeyword + " sealed partial class " + className + " : " + Runtime + "Track"))
        {
            WriteText(writer, table.Strings);
            writer.Line();
            WriteTable(writer, table.Parts());
            writer.Line();
            writer.Template($$"""
                /// <summary>The track, built on its first use (the explicit static constructor keeps it from being built earlier).</summary>
                internal static readonly {{className}} {{TrackInstance}} = new {{className}}();

                static {{className}}() { }

                private {{className}}()
                    : base(
                        new {{Metadata}}TrackTable(s_text, s_table),
                        {{catalog}}.s_competencies,
                """);
            using (writer.Indented())
            using (writer.Indented())
            {
                if (writer.Fits(catalog + ".s_levels" + formerIds + ")"))
                {
                    writer.Line(catalog + ".s_levels" + formerIds + ")");
                }
                else
                {
                    // Long former ids take lines of their own.
                    writer.Line(catalog + ".s_levels,");
                    writer.Wrapped("new string[] { ", track.FormerIds.Select(CodeExpression.String).ToList(), " })");
                }
            }

            writer.Line("{");
            writer.Line("}");
            for (var index = 0; index < track.Levels.Count; index++)
            {
                var level = track.Levels[index];
                writer.Line();
                writer.Doc(LevelDoc(framework, level));
                writer.Line("public " + Runtime + "Level " + level.Identifier + " => Levels[" + Identifiers.Number(index) + "];");
            }

            FormerCodeAliases.Write(writer, options.Namespace, className, track);
            writer.Line();
            writer.Template($$"""
                /// <summary>Returns the level of this track with the given code.</summary>
                /// <param name="level">The level.</param>
                public {{Runtime}}Level this[{{levelEnum}} level]
                {
                    get
                    {
                        var index = global::System.Array.IndexOf(s_levelOrder, level);
                        return index >= 0 ? Levels[index] : throw new global::System.ArgumentOutOfRangeException(nameof(level), level, "Not a level of this track.");
                    }
                }

                """);
            WriteLevelOrder(writer, levelEnum, track);
        }
    }

    /// <summary>Writes <c>s_levelOrder</c>, the level enum's values in level order; with long names, the declaration and the array each take a line.</summary>
    private static void WriteLevelOrder(SourceWriter writer, string levelEnum, CodeTrack track)
    {
        var declaration = "private static readonly " + levelEnum + "[] s_levelOrder = ";
        var levelOrder = track.Levels.Select(level => levelEnum + "." + level.Identifier).ToList();
        var arrayHead = track.Levels.Count == 0 ? "global::System.Array.Empty<" + levelEnum + ">()" : "new " + levelEnum + "[] { ";
        if (writer.Fits(declaration + arrayHead))
        {
            writer.Array(declaration, levelEnum, levelOrder, ";");
            return;
        }

        writer.Line(declaration.TrimEnd());
        using (writer.Indented())
        {
            writer.Array(string.Empty, levelEnum, levelOrder, ";");
        }
    }

    /// <summary>
    /// Writes <c>s_text</c>: every string of the track, one after the other, one string a line (long ones cut into parts
    /// joined with <c>+</c>), in elements of at most <see cref="LinesPerElement"/> lines: the compiler joins the parts of an
    /// element, and its cost grows faster than linearly with their number, so a long chain would make a large track slow
    /// to compile. The runtime joins the elements.
    /// </summary>
    private static void WriteText(SourceWriter writer, IReadOnlyList<string> strings)
    {
        writer.Line("// Every string of the track, one after the other; the table below starts with their lengths.");
        var parts = strings.Where(value => value.Length > 0).SelectMany(value => CSharpText.LiteralParts(value, LiteralWidth)).ToList();
        if (parts.Count == 0)
        {
            writer.Line("private static readonly string[] s_text = global::System.Array.Empty<string>();");
            return;
        }

        using (writer.Block("private static readonly string[] s_text =", "};"))
        {
            for (var index = 0; index < parts.Count; index++)
            {
                var endOfElement = index == parts.Count - 1 || (index + 1) % LinesPerElement == 0;
                writer.Line(parts[index] + (endOfElement ? "," : " +"));
            }
        }
    }

    /// <summary>The most string literals one element of <c>s_text</c> joins.</summary>
    private const int LinesPerElement = 64;

    internal static string LevelReference(string namespaceName, CodeLevelReference level) =>
        "global::" + namespaceName + "." + Catalog + "." + level.TrackIdentifier + "." + level.Identifier;

    /// <summary>The longest string literal <see cref="WriteText"/> writes on one line, escapes included.</summary>
    private const int LiteralWidth = 120;

    /// <summary>The longest row of numbers <see cref="WriteTable"/> writes on one line.</summary>
    private const int NumbersWidth = 120;

    /// <summary>Writes <c>s_table</c>, the numbers <c>CareerLadder.TrackTable</c> reads: a comment per part, a row a line.</summary>
    private static void WriteTable(SourceWriter writer, IReadOnlyList<TrackTableBuilder.Part> parts)
    {
        writer.Line("// The track as data, read by global::CareerLadder.Metadata.TrackTable (whose documentation gives the format); -1 is null.");
        using (writer.Block("private static readonly int[] s_table =", "};"))
        {
            foreach (var part in parts)
            {
                writer.Comment(part.Comment);
                if (part.Count is { } count)
                {
                    writer.Line(Identifiers.Number(count) + ",");
                }

                foreach (var (comment, numbers) in part.Rows)
                {
                    if (comment is not null)
                    {
                        writer.Comment(comment);
                    }

                    var line = new StringBuilder();
                    foreach (var number in numbers)
                    {
                        var text = Identifiers.Number(number) + ",";
                        if (line.Length > 0 && line.Length + 1 + text.Length > NumbersWidth)
                        {
                            writer.Line(line.ToString());
                            line.Clear();
                        }

                        line.Append(line.Length > 0 ? " " : string.Empty).Append(text);
                    }

                    if (line.Length > 0)
                    {
                        writer.Line(line.ToString());
                    }
                }
            }
        }
    }

    private static string LevelDoc(CodeFramework framework, CodeLevel level)
    {
        var doc = new StringBuilder();
        var facts = "rank " + Identifiers.Number(level.Rank)
            + (level.Seniority is null ? string.Empty : ", " + level.Seniority)
            + (level.PublicTitle is null ? string.Empty : ", public title " + level.PublicTitle.Text)
            + (level.Extends is null ? string.Empty : ", extends " + level.Extends.Code)
            + (level.Transitions.Count == 0 ? string.Empty : ", leads to " + string.Join(", ", level.Transitions.Select(transition => transition.Code)));
        doc.Append(Summary(level.Code + " - " + level.Title.Text + " (" + facts + ")." + (level.Summary is null ? string.Empty : " " + Sentence(level.Summary.Text))));
        if (level.Expectations.Count > 0)
        {
            doc.Append("\n<remarks>\n<list type=\"bullet\">");
            foreach (var expectation in level.Expectations)
            {
                var competency = framework.Competencies[expectation.CompetencyIndex];
                var step = competency.Steps[expectation.StepValue - 1];
                // An inherited expectation points to the level it comes from instead of repeating its sentence.
                var detail = expectation.InheritedFrom is { } origin ? ", as in " + origin : expectation.Text is null ? string.Empty : ": " + expectation.Text.Text;
                doc.Append("\n<item><description>")
                    .Append(CSharpText.Xml(competency.Name + " - " + step.Name + detail))
                    .Append("</description></item>");
            }

            doc.Append("\n</list>\n</remarks>");
        }

        return doc.ToString();
    }
}
