using System.Linq;
using CareerLadder.Authoring.Naming;
using static CareerLadder.Authoring.Emitting.LadderEmitter;
using static CareerLadder.Authoring.Emitting.RuntimeNames;
using static CareerLadder.Authoring.Naming.CodeNames;

namespace CareerLadder.Authoring.Emitting;

/// <summary>
/// Writes self-assessment: <c>CareerLadders.Assess</c> with its tables, its input <c>AssessedSteps</c> and its result
/// <c>LadderAssessment</c>. <c>Assess</c> finds the closest level of each track to the assessed steps by the sum of
/// absolute step differences over the assessed competencies, ties to the lower rank, from precomputed tables and
/// without allocating. Taking one value with a property per competency (never a parameter per competency) keeps
/// existing calls valid, compiled or in source, when a later version of the ladders adds a competency.
/// </summary>
internal static class AssessmentWriter
{
    /// <summary>The nested class that holds the tables of <c>Assess</c>.</summary>
    private const string AssessTables = "AssessTables";

    /// <summary>Writes <c>Assess</c> and its helpers, inside the catalog class.</summary>
    public static void WriteAssess(SourceWriter writer, CatalogContext context)
    {
        var competencies = context.Framework.Competencies;
        var tracks = context.Tracks;
        writer.Template($$"""
            /// <summary>
            /// Self-assessment: returns, for each track, the level whose steps are closest to the assessed steps (the smallest sum
            /// of absolute step differences over the assessed competencies, a competency a level does not expect counting as step 0),
            /// with the way to its next level. A competency left unassessed (null) does not count; with none assessed, no level
            /// matches. Ties go to the lower rank; levels that expect no step at all are never matched. Allocates nothing.
            /// </summary>
            /// <param name="steps">The assessed steps.</param>
            /// <exception cref="global::System.ArgumentOutOfRangeException">A step is not one of its competency's steps.</exception>
            """);
        writer.Wrapped("public static " + context.AssessmentType + " Assess(", new[] { context.AssessedStepsType + " steps" }, ")", tailOnLastLine: true);
        using (writer.Block())
        {
            for (var index = 0; index < competencies.Count; index++)
            {
                var competency = competencies[index];
                var count = Identifiers.Number(competency.Steps.Count);
                writer.Expression("var " + Step(index) + " = ", CodeExpression.Call("AssessedStep(", new[]
                {
                    CodeExpression.Code("(int?)steps." + competency.Identifier),
                    CodeExpression.Code(count),
                    CodeExpression.String("Not a step of " + competency.Name + ": expected 1 to " + count + "."),
                }, ")"), ";");
            }

            var steps = Enumerable.Range(0, competencies.Count).Select(Step).ToList();
            if (tracks.Count == 0 || competencies.Count == 0)
            {
                writer.Line("return default(" + context.AssessmentType + ");");
            }
            else
            {
                writer.Wrapped("if (", steps.Select(step => step + " == 0").ToList(), ")", " &&", tailOnLastLine: true);
                using (writer.Block())
                {
                    writer.Line("return default(" + context.AssessmentType + ");");
                }

                writer.Line();
                writer.Line("return new " + context.AssessmentType + "(");
                using (writer.Indented())
                {
                    for (var index = 0; index < tracks.Count; index++)
                    {
                        var arguments = new[] { tracks[index].Identifier, AssessTables + ".s_assess" + Identifiers.Number(index) }.Concat(steps).ToList();
                        writer.Wrapped("AssessClosest(", arguments, ")" + (index < tracks.Count - 1 ? "," : ");"), tailOnLastLine: true);
                    }
                }
            }
        }

        writer.Template($$"""

            // An assessed step checked against its competency's steps; 0 when the competency was not assessed.
            private static int AssessedStep(int? step, int steps, string message)
            {
                if (step == null)
                {
                    return 0;
                }

                if (step < 1 || step > steps)
                {
                    throw new global::System.ArgumentOutOfRangeException("steps", step, message);
                }

                return step.Value;
            }

            """);
        WriteAssessTables(writer, context);
        WriteAssessClosest(writer, competencies.Count);
    }

    /// <summary>Writes <c>AssessedSteps</c>, the input of <c>Assess</c>: one nullable step property per competency.</summary>
    public static void WriteAssessedSteps(SourceWriter writer, CatalogContext context)
    {
        writer.Template($$"""
            /// <summary>
            /// The steps a person is assessed at, for CareerLadders.Assess: one optional step per competency. A competency left
            /// null is not assessed and does not count; a later version of the ladders only adds properties.
            /// </summary>
            {{GeneratedCodeAttribute}}
            """);
        using (writer.Block(context.Access + " partial struct " + AssessedSteps))
        {
            var competencies = context.Framework.Competencies;
            for (var index = 0; index < competencies.Count; index++)
            {
                if (index > 0)
                {
                    writer.Line();
                }

                writer.Doc(Summary("The assessed " + competencies[index].Name + " step; null when not assessed."));
                writer.Line("public " + context.Qualified(StepEnum(competencies[index])) + "? " + competencies[index].Identifier + " { get; set; }");
            }
        }

        writer.Line();
    }

    /// <summary>Writes <c>LadderAssessment</c>, the result of <c>Assess</c>: the closest level of each track, by property and by indexer.</summary>
    public static void WriteAssessment(SourceWriter writer, CatalogContext context)
    {
        var tracks = context.Tracks;
        writer.Template($$"""
            /// <summary>The result of CareerLadders.Assess: the closest level of each track. A value type: assessing allocates nothing.</summary>
            {{GeneratedCodeAttribute}}
            """);
        using (writer.Block(context.Access + " readonly struct " + Assessment))
        {
            for (var index = 0; index < tracks.Count; index++)
            {
                writer.Line("private readonly " + Runtime + "LevelMatch _track" + Identifiers.Number(index) + ";");
            }

            if (tracks.Count > 0)
            {
                writer.Line();
                writer.Wrapped("internal " + Assessment + "(", tracks.Select((_, index) => Runtime + "LevelMatch track" + Identifiers.Number(index)).ToList(), ")", tailOnLastLine: true);
                using (writer.Block())
                {
                    for (var index = 0; index < tracks.Count; index++)
                    {
                        writer.Line("_track" + Identifiers.Number(index) + " = track" + Identifiers.Number(index) + ";");
                    }
                }
            }

            for (var index = 0; index < tracks.Count; index++)
            {
                writer.Line();
                writer.Doc(Summary("The closest " + tracks[index].Name.Text + " level."));
                writer.Line("public " + Runtime + "LevelMatch " + tracks[index].Identifier + " => _track" + Identifiers.Number(index) + ";");
            }

            writer.Template($$"""

                /// <summary>Returns the closest level of the given track.</summary>
                /// <param name="track">The track.</param>
                """);
            using (writer.Block("public " + Runtime + "LevelMatch this[" + context.TrackIdType + " track]"))
            using (writer.Block("get"))
            using (writer.Block("switch ((int)track)"))
            {
                for (var index = 0; index < tracks.Count; index++)
                {
                    writer.Line("case " + Identifiers.Number(context.TrackNumbers[index]) + ": return _track" + Identifiers.Number(index) + ";");
                }

                writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(track), track, \"Not a track of the ladder.\");");
            }

            writer.Template($$"""

                /// <summary>Returns the closest level of the given track, one of CareerLadders.Tracks.</summary>
                /// <param name="track">The track.</param>
                /// <exception cref="global::System.ArgumentException">The track belongs to another catalog.</exception>
                public {{Runtime}}LevelMatch this[{{Runtime}}Track track] =>
                    this[{{context.CatalogType}}.GetTrackId(track)];
                """);
        }

        writer.Line();
    }

    /// <summary>
    /// Writes the tables of <c>Assess</c>, in a class of their own so that the catalog's static constructor does not grow
    /// with the number of tracks: the tables are built on the first call of <c>Assess</c>.
    /// </summary>
    private static void WriteAssessTables(SourceWriter writer, CatalogContext context)
    {
        var competencies = context.Framework.Competencies;
        writer.Line("/// <summary>The tables of Assess, built on its first call.</summary>");
        using (writer.Block("private static class " + AssessTables))
        {
            for (var index = 0; index < context.Tracks.Count; index++)
            {
                var track = context.Tracks[index];
                var rows = track.Levels
                    .Select((level, levelIndex) => (Level: level, Index: levelIndex))
                    .Where(pair => pair.Level.Expectations.Count > 0)
                    .Select(pair => Identifiers.Number(pair.Index) + string.Concat(competencies.Select((competency, competencyIndex) =>
                        ", " + Identifiers.Number(pair.Level.Expectations.FirstOrDefault(expectation => expectation.CompetencyIndex == competencyIndex)?.StepValue ?? 0))))
                    .ToList();
                writer.Comment(track.Abbreviation + ": rows of (level index, " + string.Join(", ", competencies.Select(competency => competency.Id)) + ") for the levels that expect any step.");
                var declaration = "internal static readonly int[] s_assess" + Identifiers.Number(index) + " = ";
                if (rows.Count == 0)
                {
                    writer.Line(declaration + "global::System.Array.Empty<int>();");
                    continue;
                }

                using (writer.Block(declaration + "new int[]", "};"))
                {
                    foreach (var row in rows)
                    {
                        writer.Line(row + ",");
                    }
                }
            }
        }

        writer.Line();
    }

    /// <summary>Writes <c>AssessClosest</c>: the row of a table nearest to the assessed steps <c>c0</c>, <c>c1</c>...</summary>
    private static void WriteAssessClosest(SourceWriter writer, int competencies)
    {
        var indexes = Enumerable.Range(0, competencies).ToList();
        var distance = competencies == 0
            ? new[] { "0" }.ToList()
            : indexes.Select(index => "(" + Step(index) + " == 0 ? 0 : global::System.Math.Abs(table[row + " + Identifiers.Number(index + 1) + "] - " + Step(index) + "))").ToList();
        writer.Wrapped("private static " + Runtime + "LevelMatch AssessClosest(",
            new[] { Runtime + "Track track", "int[] table" }.Concat(indexes.Select(index => "int " + Step(index))).ToList(), ")", tailOnLastLine: true);
        using (writer.Block())
        {
            writer.Line("var best = -1;");
            writer.Line("var bestDistance = int.MaxValue;");
            using (writer.Block("for (var row = 0; row < table.Length; row += " + Identifiers.Number(competencies + 1) + ")"))
            {
                writer.Wrapped("var distance = ", distance, ";", " +", tailOnLastLine: true);
                writer.Template($$"""
                    if (distance < bestDistance)
                    {
                        best = table[row];
                        bestDistance = distance;
                    }
                    """);
            }

            writer.Line();
            writer.Line("return best < 0 ? default(" + Runtime + "LevelMatch) : new " + Runtime + "LevelMatch(track.Levels[best], bestDistance);");
        }

        writer.Line();
    }

    /// <summary>The local that holds the assessed step of the competency at <paramref name="index"/>: <c>c0</c>, <c>c1</c>...</summary>
    private static string Step(int index) => "c" + Identifiers.Number(index);
}
