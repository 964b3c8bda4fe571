using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Naming;
using static CareerLadder.Authoring.Emitting.LadderEmitter;
using static CareerLadder.Authoring.Emitting.RuntimeNames;
using static CareerLadder.Authoring.Naming.CodeNames;

namespace CareerLadder.Authoring.Emitting;

/// <summary>
/// Writes the catalog class, <c>CareerLadders</c>: the competencies, a property per track, the rank table and seniorities,
/// then the lookups (<see cref="LevelIndexWriter"/>, <see cref="CatalogLookupWriter"/>) and <c>Assess</c> (<see cref="AssessmentWriter"/>).
/// </summary>
internal static class CatalogClassWriter
{
    public static void Write(SourceWriter writer, CatalogContext context)
    {
        var framework = context.Framework;
        var frameworkName = framework.Name.Length == 0 ? "the ladder" : framework.Name;
        writer.Doc(Summary("Every track, level and competency of " + frameworkName + ", generated at compile time: no parsing at run time."));
        writer.Template($$"""
            /// <remarks>Each track is built on its first use, by its own class: using one track never builds or compiles the others.</remarks>
            {{GeneratedCodeAttribute}}
            """);
        using (writer.Block(context.Access + " static partial class " + Catalog))
        {
            // Field and property initializers run in this textual order; the tracks read s_competencies when they are built.
            using (writer.Block("internal static readonly " + Runtime + "Competency[] s_competencies = new " + Runtime + "Competency[]", "};"))
            {
                for (var index = 0; index < framework.Competencies.Count; index++)
                {
                    WriteCompetency(writer, framework.Competencies[index], index);
                }
            }

            writer.Line();
            WriteTrackProperties(writer, context);
            WriteFrameworkTables(writer, context);
            LevelIndexWriter.Write(writer, context.Tracks);
            CatalogLookupWriter.WriteGetById(writer, "competency", "Returns the competency with the given id.", Runtime + "Competency GetCompetency", context.CompetencyIdType,
                "CompetencyIndex", "The position of a competency in the framework; -1 for a value that names none.", context.CompetencyNumbers, "s_competencies[index]");
            CatalogLookupWriter.WriteTrackLookups(writer, context);
            CatalogLookupWriter.WriteTryGetLevel(writer, context);
            AssessmentWriter.WriteAssess(writer, context);
            CatalogLookupWriter.WriteNumberSwitch(writer, "The section id used in the ladder files for a SectionId; empty for a value that names none.",
                "internal static string SectionKey(" + context.SectionIdType + " section)", "section", context.SectionNumbers,
                index => CodeExpression.String(framework.Sections[index].Id).OneLine, "string.Empty");
        }

        writer.Line();
    }

    /// <summary>
    /// Writes one element of <c>s_competencies</c>: its id, index, name, description and former ids on the first line, its
    /// steps one a line below; when the first line would be too long (long texts), every argument on a line of its own.
    /// </summary>
    private static void WriteCompetency(SourceWriter writer, CodeCompetency competency, int index)
    {
        var arguments = new List<CodeExpression>
        {
            CodeExpression.String(competency.Id), CodeExpression.Code(Identifiers.Number(index)), Text(competency.Name), OptionalText(competency.Description),
        };
        if (competency.FormerIds.Count > 0)
        {
            arguments.Add(CodeExpression.Call("new string[] { ", competency.FormerIds.Select(CodeExpression.String).ToList(), " }"));
        }

        var steps = competency.Steps.Select((step, stepIndex) => CodeExpression.New(
            Runtime + "Step", CodeExpression.String(step.Name), Text(step.Name), CodeExpression.Code(Identifiers.Number(stepIndex + 1)), OptionalText(step.Description))).ToList();
        var head = "new " + Runtime + "Competency(" + string.Join(", ", arguments.Select(argument => argument.OneLine));
        if (!writer.Fits(head + ","))
        {
            writer.Expression(string.Empty, CodeExpression.New(Runtime + "Competency", arguments.Concat(steps).ToArray()), ",");
            return;
        }

        if (steps.Count == 0)
        {
            writer.Line(head + "),");
            return;
        }

        writer.Line(head + ",");
        using (writer.Indented())
        {
            for (var stepIndex = 0; stepIndex < steps.Count; stepIndex++)
            {
                writer.Expression(string.Empty, steps[stepIndex], stepIndex == steps.Count - 1 ? ")," : ",");
            }
        }
    }

    /// <summary>Writes a property per track, each reading the one instance of the track's class.</summary>
    private static void WriteTrackProperties(SourceWriter writer, CatalogContext context)
    {
        foreach (var track in context.Tracks)
        {
            var trackClass = context.Qualified(TrackClass(track));
            writer.Doc(Summary(track.Name.Text + (track.Summary is null ? string.Empty : ": " + track.Summary.Text)));
            writer.Expression("public static " + trackClass + " " + track.Identifier + " => ", CodeExpression.Code(trackClass + "." + TrackInstance), ";");
            writer.Line();
        }
    }

    /// <summary>Writes <c>FrameworkName</c>, <c>Competencies</c>, <c>Ranks</c>, <c>Seniorities</c> and <c>Tracks</c>.</summary>
    private static void WriteFrameworkTables(SourceWriter writer, CatalogContext context)
    {
        var framework = context.Framework;
        writer.Doc(Summary("The framework's name."));
        writer.Expression("public static string FrameworkName => ", CodeExpression.String(framework.Name), ";");
        writer.Template($$"""

            /// <summary>The competencies in the framework's order.</summary>
            public static {{ReadOnlyList}}{{Runtime}}Competency> Competencies { get; } =
                new {{ReadOnlyCollection}}{{Runtime}}Competency>(s_competencies);

            /// <summary>The company-wide rank table, ordered by rank.</summary>
            public static {{ReadOnlyList}}{{Runtime}}Rank> Ranks { get; } =
            """);
        using (writer.Indented())
        {
            if (framework.Ranks.Count == 0)
            {
                writer.Line("new " + ReadOnlyCollection + Runtime + "Rank>(global::System.Array.Empty<" + Runtime + "Rank>());");
            }
            else
            {
                using (writer.Block("new " + ReadOnlyCollection + Runtime + "Rank>(new " + Runtime + "Rank[]", "});"))
                {
                    foreach (var rank in framework.Ranks)
                    {
                        writer.Expression(string.Empty, CodeExpression.New(Runtime + "Rank", CodeExpression.Code(Identifiers.Number(rank.Value.Value)), OptionalText(rank.PublicTitle), OptionalText(rank.Description)), ",");
                    }
                }
            }
        }

        writer.Template($$"""

            /// <summary>The seniorities from lowest to highest, as the framework lists them.</summary>
            public static {{ReadOnlyList}}string> Seniorities { get; } =
            """);
        using (writer.Indented())
        {
            writer.Array("new " + ReadOnlyCollection + "string>(", "string", framework.Seniorities.Select(CodeExpression.String).ToList(), ");");
        }

        writer.Template($$"""

            /// <summary>Every track, ordered by id. A track is built when it is first read.</summary>
            public static {{ReadOnlyList}}{{Runtime}}Track> Tracks { get; } =
                new {{Metadata}}TrackList({{Identifiers.Number(context.Tracks.Count)}}, TrackAt);

            """);
    }

    /// <summary><c>new LocalizedText("...")</c>.</summary>
    private static CodeExpression Text(string value) => CodeExpression.New(Runtime + "LocalizedText", CodeExpression.String(value));

    /// <summary><c>new LocalizedText("...")</c>, or <c>null</c>.</summary>
    private static CodeExpression OptionalText(string? value) => value is null ? CodeExpression.Code("null") : Text(value);
}
