using CareerLadder.Authoring.Naming;
using static CareerLadder.Authoring.Emitting.LadderEmitter;
using static CareerLadder.Authoring.Emitting.RuntimeNames;
using static CareerLadder.Authoring.Naming.CodeNames;

namespace CareerLadder.Authoring.Emitting;

/// <summary>Writes <c>LadderExtensions</c>: typed access to levels by the generated enums, and conversions between the enums and the runtime objects.</summary>
internal static class ExtensionsWriter
{
    public static void Write(SourceWriter writer, CatalogContext context)
    {
        var level = Runtime + "Level";
        var catalog = context.CatalogType;
        writer.Template($$"""
            /// <summary>Typed access to levels by the generated enums.</summary>
            {{GeneratedCodeAttribute}}
            """);
        using (writer.Block(context.Access + " static partial class " + Extensions))
        {
            writer.Template($$"""
                /// <summary>Returns what <paramref name="level"/> expects on <paramref name="competency"/>, or null when it expects nothing.</summary>
                /// <param name="level">The level.</param>
                /// <param name="competency">The competency.</param>
                public static {{context.Options.Nullable(Runtime + "Expectation")}} Expectation(
                    this {{level}} level, {{context.CompetencyIdType}} competency)
                    => level.GetExpectationAt({{catalog}}.CompetencyIndex(competency));

                /// <summary>Finds the level's value for a section.</summary>
                /// <param name="level">The level.</param>
                /// <param name="section">The section.</param>
                /// <param name="value">The section's content, when the level has it.</param>
                public static bool TryGetSection(this {{level}} level, {{context.SectionIdType}} section,
                #if NETCOREAPP3_0_OR_GREATER || NETSTANDARD2_1_OR_GREATER
                    {{NotNullWhen}}
                #endif
                """);
            using (writer.Indented())
            {
                writer.Expression("out " + context.Options.Nullable(Runtime + "Section") + " value) => ", CodeExpression.Code("level.TryGetSection(" + catalog + ".SectionKey(section), out value)"), ";");
            }

            writer.Template($$"""

                /// <summary>Returns the competency a CompetencyId stands for.</summary>
                /// <param name="competency">The competency.</param>
                public static {{Runtime}}Competency ToCompetency(this {{context.CompetencyIdType}} competency)
                    => {{catalog}}.GetCompetency(competency);

                /// <summary>Returns the track a TrackId stands for.</summary>
                /// <param name="track">The track.</param>
                public static {{Runtime}}Track ToTrack(this {{context.TrackIdType}} track)
                    => {{catalog}}.GetTrack(track);

                /// <summary>Returns the TrackId of one of the catalog's tracks: the value to store for it.</summary>
                /// <param name="track">The track.</param>
                public static {{context.TrackIdType}} ToTrackId(this {{Runtime}}Track track)
                    => {{catalog}}.GetTrackId(track);

                /// <summary>Returns the CompetencyId of one of the catalog's competencies: the value to store for it.</summary>
                /// <param name="competency">The competency.</param>
                public static {{context.CompetencyIdType}} ToCompetencyId(this {{Runtime}}Competency competency)
                    => {{catalog}}.GetCompetencyId(competency);
                """);
            var competencies = context.Framework.Competencies;
            for (var index = 0; index < competencies.Count; index++)
            {
                var competency = competencies[index];
                var step = context.Qualified(StepEnum(competency));
                writer.Line();
                writer.Doc("<summary>Returns the " + CSharpText.CommentLine(competency.Name) + " step of <paramref name=\"level\"/>, or null when the level does not expect it.</summary>");
                writer.Line("/// <param name=\"level\">The level.</param>");
                writer.Wrapped("public static " + step + "? Get" + StepEnum(competency) + "(", new[] { "this " + level + " level" }, ") =>", tailOnLastLine: true);
                writer.Template($$"""
                        level.GetExpectationAt({{Identifiers.Number(index)}}) is {{Runtime}}Expectation expectation
                            ? ({{step}})expectation.Step.Value
                            : ({{step}}?)null;
                    """);
            }
        }
    }
}
