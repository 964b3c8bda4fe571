using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Validation;
using static CareerLadder.Authoring.Emitting.CodeNames;
using static CareerLadder.Authoring.Emitting.LadderEmitter;

namespace CareerLadder.Authoring.Emitting;

/// <summary>Writes <c>CareerLadders.g.cs</c>: the enums, the catalog with its lookups and the extension methods.</summary>
internal sealed class CatalogWriter
{
    /// <summary>The nested class that holds the tables of <c>Assess</c>.</summary>
    private const string AssessTables = "AssessTables";

    private const string NotNullWhen = "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)]";

    private readonly EmitOptions _options;

    private CatalogWriter(EmitOptions options) => _options = options;

    public static string Write(EmitOptions options, CodeFramework framework, EquatableArray<CodeTrack> tracks) =>
        new CatalogWriter(options).WriteFile(framework, tracks);

    private string Access => _options.AccessibilityKeyword;

    private string Namespace => _options.Namespace;

    private string WriteFile(CodeFramework framework, EquatableArray<CodeTrack> tracks)
    {
        var namespaceName = Namespace;
        var writer = Begin(_options);
        WriteTrackIdEnum(writer, tracks);
        WriteCompetencyEnums(writer, framework);
        WriteSectionIdEnum(writer, framework);
        WriteCatalog(writer, namespaceName, framework, tracks);
        WriteAssessment(writer, tracks);
        WriteExtensions(writer, framework);
        writer.Close();
        return writer.ToString();
    }

    private string Q(string name) => "global::" + Namespace + "." + name;

    private void WriteEnum(SourceWriter writer, string summary, string name, IEnumerable<(string Doc, string Member, int Value)> members, bool isStepEnum = false)
    {
        writer.Doc(Summary(summary));
        writer.Line(GeneratedCodeAttribute);
        if (isStepEnum)
        {
            InteropWriter.WriteStepEnumAttribute(writer, Q(name));
        }

        writer.Line(Access + " enum " + name);
        writer.Open();
        foreach (var (doc, member, value) in members)
        {
            writer.Doc(Summary(doc));
            writer.Line(member + " = " + Identifiers.Number(value) + ",");
        }

        writer.Close();
        writer.Line();
    }

    private void WriteTrackIdEnum(SourceWriter writer, EquatableArray<CodeTrack> tracks) =>
        WriteEnum(writer, "The tracks of the ladder; the value is the track's position in CareerLadders.Tracks.", TrackIdEnum,
            tracks.Select((track, index) => (track.Name.Text + " (" + track.Abbreviation + ")", track.Identifier, index)));

    private void WriteCompetencyEnums(SourceWriter writer, CodeFramework framework)
    {
        WriteEnum(writer, "The competencies of the framework; the value is the competency's index.", CompetencyIdEnum,
            framework.Competencies.Select((competency, index) => (competency.Description is null ? competency.Name : competency.Name + ": " + competency.Description, competency.Identifier, index)));
        foreach (var competency in framework.Competencies)
        {
            WriteEnum(writer, "The steps of " + competency.Name + ", from lowest (1) to highest.", StepEnum(competency),
                competency.Steps.Select((step, index) => (step.Description is null ? step.Name : step.Name + ": " + step.Description, step.Identifier, index + 1)), isStepEnum: true);
        }
    }

    private void WriteSectionIdEnum(SourceWriter writer, CodeFramework framework) =>
        WriteEnum(writer, "The free-form sections levels may carry; the value is the section's index in the framework.", SectionIdEnum,
            framework.Sections.Select((section, index) => (section.Name + " (" + section.Kind.ToString().ToLowerInvariant() + ")", section.Identifier, index)));

    private void WriteCatalog(SourceWriter writer, string namespaceName, CodeFramework framework, EquatableArray<CodeTrack> tracks)
    {
        var frameworkName = framework.Name.Length == 0 ? "the ladder" : framework.Name;
        writer.Doc(Summary("Every track, level and competency of " + frameworkName + ", generated at compile time: no parsing at run time."));
        writer.Doc("<remarks>Each track is built on its first use, by its own class: using one track never builds or compiles the others.</remarks>");
        writer.Line(GeneratedCodeAttribute);
        writer.Line(Access + " static partial class " + Catalog);
        writer.Open();

        // Field and property initializers run in this textual order; the tracks read s_competencies when they are built.
        writer.Line("internal static readonly " + Runtime + "Competency[] s_competencies = new " + Runtime + "Competency[]");
        writer.Open();
        for (var index = 0; index < framework.Competencies.Count; index++)
        {
            var competency = framework.Competencies[index];
            var head = "new " + Runtime + "Competency(" + CSharpText.Literal(competency.Id) + ", " + Identifiers.Number(index) + ", " + Text(competency.Name) + ", " + OptionalText(competency.Description)
                + (competency.FormerIds.Count == 0 ? string.Empty : ", new string[] { " + Join(competency.FormerIds.Select(CSharpText.Literal)) + " }");
            if (competency.Steps.Count == 0)
            {
                writer.Line(head + "),");
                continue;
            }

            writer.Line(head + ",");
            writer.Indent();
            for (var stepIndex = 0; stepIndex < competency.Steps.Count; stepIndex++)
            {
                var step = competency.Steps[stepIndex];
                writer.Line("new " + Runtime + "Step(" + CSharpText.Literal(step.Name) + ", " + Text(step.Name) + ", " + Identifiers.Number(stepIndex + 1) + ", " + OptionalText(step.Description) + ")"
                    + (stepIndex == competency.Steps.Count - 1 ? ")," : ","));
            }

            writer.Outdent();
        }

        writer.Close("};");
        writer.Line();
        writer.Wrapped("private static readonly string[] s_sectionIds = " + EmptyOr("string", framework.Sections.Count, "new string[] { "), framework.Sections.Select(section => CSharpText.Literal(section.Id)).ToList(), framework.Sections.Count == 0 ? ";" : " };");
        writer.Line();

        foreach (var track in tracks)
        {
            writer.Doc(Summary(track.Name.Text + (track.Summary is null ? string.Empty : ": " + track.Summary.Text)));
            writer.Line("public static global::" + namespaceName + "." + TrackClass(track) + " " + track.Identifier + " => global::" + namespaceName + "." + TrackClass(track) + "." + TrackInstance + ";");
            writer.Line();
        }

        writer.Doc(Summary("The framework's name."));
        writer.Line("public static string FrameworkName => " + CSharpText.Literal(framework.Name) + ";");
        writer.Line();
        writer.Doc(Summary("The competencies, indexed by CompetencyId."));
        writer.Line("public static " + ReadOnlyList + Runtime + "Competency> Competencies { get; } = new " + ReadOnlyCollection + Runtime + "Competency>(s_competencies);");
        writer.Line();
        writer.Doc(Summary("The company-wide rank table, ordered by rank."));
        if (framework.Ranks.Count == 0)
        {
            writer.Line("public static " + ReadOnlyList + Runtime + "Rank> Ranks { get; } = new " + ReadOnlyCollection + Runtime + "Rank>(global::System.Array.Empty<" + Runtime + "Rank>());");
        }
        else
        {
            writer.Line("public static " + ReadOnlyList + Runtime + "Rank> Ranks { get; } = new " + ReadOnlyCollection + Runtime + "Rank>(new " + Runtime + "Rank[]");
            writer.Open();
            foreach (var rank in framework.Ranks)
            {
                writer.Line("new " + Runtime + "Rank(" + Identifiers.Number(rank.Value.Value) + ", " + OptionalText(rank.PublicTitle) + ", " + OptionalText(rank.Description) + "),");
            }

            writer.Close("});");
        }

        writer.Line();
        writer.Doc(Summary("The seniorities from lowest to highest, as the framework lists them."));
        writer.Wrapped("public static " + ReadOnlyList + "string> Seniorities { get; } = new " + ReadOnlyCollection + "string>(" + EmptyOr("string", framework.Seniorities.Count, "new string[] { "),
            framework.Seniorities.Select(CSharpText.Literal).ToList(), framework.Seniorities.Count == 0 ? ");" : " });");
        writer.Line();
        writer.Doc(Summary("Every track, ordered by id; TrackId values index this list. A track is built when it is first read."));
        writer.Line("public static " + ReadOnlyList + Runtime + "Track> Tracks { get; } = new " + Runtime + "TrackList(" + Identifiers.Number(tracks.Count) + ", index => GetTrack((" + Q(TrackIdEnum) + ")index));");
        writer.Line();

        WriteLevelIndex(writer, tracks);

        writer.Doc(Summary("Returns the competency with the given id."));
        writer.Doc("<param name=\"competency\">The competency.</param>");
        writer.Line("public static " + Runtime + "Competency GetCompetency(" + Q(CompetencyIdEnum) + " competency) => s_competencies[(int)competency];");
        writer.Line();
        WriteGetTrack(writer, tracks);
        WriteTryGetTrack(writer, tracks);
        WriteTryGetLevel(writer);
        WriteAssess(writer, framework, tracks);
        writer.Doc(Summary("Returns the section id used in the ladder files for a SectionId."));
        writer.Doc("<param name=\"section\">The section.</param>");
        writer.Line("internal static string SectionKey(" + Q(SectionIdEnum) + " section) => s_sectionIds[(int)section];");
        writer.Close();
        writer.Line();
    }

    /// <summary><c>global::System.Array.Empty&lt;T&gt;()</c> when there is nothing to list, else <paramref name="arrayHead"/>.</summary>
    private static string EmptyOr(string elementType, int count, string arrayHead) =>
        count == 0 ? "global::System.Array.Empty<" + elementType + ">()" : arrayHead;

    /// <summary>
    /// Writes <c>s_levels</c>, the codes, level counts and ranks of every level as compact tables (a string and two int
    /// arrays: no code per level) that <c>CareerLadder.LevelIndex</c> interprets, and <c>AtRank</c> over it.
    /// </summary>
    private void WriteLevelIndex(SourceWriter writer, EquatableArray<CodeTrack> tracks)
    {
        writer.Comment("Every level code, track by track: the number of levels of each track, then the rank of each level.");
        writer.Line("internal static readonly " + Runtime + "LevelIndex s_levels = new " + Runtime + "LevelIndex(");
        writer.Indent();
        WriteCodeIndex(writer, tracks.Select(track => (IReadOnlyList<string>)track.Levels.Select(level => level.Code).ToList()).ToList(), ",");
        writer.Wrapped(EmptyOr("int", tracks.Count, "new int[] { "), tracks.Select(track => Identifiers.Number(track.Levels.Count)).ToList(), tracks.Count == 0 ? "," : " },");
        var ranks = tracks.SelectMany(track => track.Levels.Select(level => Identifiers.Number(level.Rank))).ToList();
        writer.Wrapped(EmptyOr("int", ranks.Count, "new int[] { "), ranks, ranks.Count == 0 ? "," : " },");
        WriteFormerCodes(writer, tracks);
        writer.Outdent();
        writer.Line();
        writer.Doc("<summary>Returns the levels of every track at <paramref name=\"rank\"/>, ordered by track id; empty when there is none.</summary>");
        writer.Doc("<param name=\"rank\">The company-wide rank.</param>");
        writer.Line("public static " + ReadOnlyList + Runtime + "Level> AtRank(int rank) => s_levels.AtRank(rank);");
        writer.Line();
        writer.Doc(Summary(
            "Resolves a level code stored with any version of the ladders: a current code, a former code of a renamed level (to that level) or the code of a retired level (to its successor, when the ladder names one). Ignores case."));
        writer.Doc("<param name=\"code\">The stored code.</param>");
        writer.Line("public static " + Runtime + "LevelResolution ResolveLevel(string code) => s_levels.Resolve(code);");
        writer.Line();
        writer.Line("internal static bool HasFormerCodes => s_levels.HasFormerCodes;");
        writer.Line();
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
        writer.Wrapped("new int[] { ", formers.Select(former => Identifiers.Number(Target(former))).ToList(), " },");
        writer.Wrapped("new string[] { ", formers.Select(former => CSharpText.Literal(former.Since)).ToList(), " });");
    }

    /// <summary>
    /// Writes <c>new CodeIndex(...)</c> over <paramref name="groups"/> of keys: one string of keys separated by spaces, a
    /// line per group, or, when a key is empty or holds a space (never in a valid ladder, but a file with errors still
    /// gets code), an array of the keys.
    /// </summary>
    private static void WriteCodeIndex(SourceWriter writer, IReadOnlyList<IReadOnlyList<string>> groups, string tail)
    {
        var keys = groups.SelectMany(group => group).ToList();
        if (keys.Any(key => key.Length == 0 || key.IndexOf(' ') >= 0))
        {
            writer.Wrapped("new " + Runtime + "CodeIndex(new string[] { ", keys.Select(CSharpText.Literal).ToList(), " })" + tail);
            return;
        }

        var lines = groups.Where(group => group.Count > 0).Select(group => string.Join(" ", group)).ToList();
        if (lines.Count <= 1)
        {
            writer.Line("new " + Runtime + "CodeIndex(" + CSharpText.Literal(lines.Count == 0 ? string.Empty : lines[0]) + ", ' ')" + tail);
            return;
        }

        writer.Line("new " + Runtime + "CodeIndex(");
        writer.Indent();
        for (var index = 0; index < lines.Count; index++)
        {
            var last = index == lines.Count - 1;
            writer.Line(CSharpText.Literal(lines[index] + (last ? string.Empty : " ")) + (last ? "," : " +"));
        }

        writer.Line("' ')" + tail);
        writer.Outdent();
    }

    private void WriteGetTrack(SourceWriter writer, EquatableArray<CodeTrack> tracks)
    {
        writer.Doc(Summary("Returns the track with the given id, building it on its first use."));
        writer.Doc("<param name=\"track\">The track.</param>");
        writer.Line("public static " + Runtime + "Track GetTrack(" + Q(TrackIdEnum) + " track)");
        writer.Open();
        writer.Line("switch ((int)track)");
        writer.Open();
        for (var index = 0; index < tracks.Count; index++)
        {
            writer.Line("case " + Identifiers.Number(index) + ": return " + tracks[index].Identifier + ";");
        }

        writer.Line("default: throw new global::System.ArgumentOutOfRangeException(\"track\", track, \"Not a track of the ladder.\");");
        writer.Close();
        writer.Close();
        writer.Line();
    }

    private void WriteTryGetTrack(SourceWriter writer, EquatableArray<CodeTrack> tracks)
    {
        writer.Comment("The id and the abbreviation of every track, in track order: key k belongs to track k / 2.");
        writer.Line("private static readonly " + Runtime + "CodeIndex s_trackKeys =");
        writer.Indent();
        WriteCodeIndex(writer, new IReadOnlyList<string>[] { tracks.SelectMany(track => new[] { track.Id, track.Abbreviation }).ToList() }, ";");
        writer.Outdent();
        writer.Line();
        writer.Doc("<summary>Finds a track by id (<c>technical-program-manager</c>) or abbreviation (<c>TPM</c>), ignoring case, without allocating.</summary>");
        writer.Doc("<param name=\"idOrAbbreviation\">The track id or abbreviation.</param>\n<param name=\"track\">The track, when found.</param>");
        WriteTryGetSignature(writer, "TryGetTrack", "idOrAbbreviation", Runtime + "Track", "track");
        writer.Open();
        writer.Line("var key = s_trackKeys.IndexOf(idOrAbbreviation);");
        if (tracks.Any(track => track.FormerIds.Count > 0))
        {
            writer.Line("if (key < 0)");
            writer.Open();
            writer.Line("var former = s_formerTrackIds.IndexOf(idOrAbbreviation);");
            writer.Line("track = former < 0 ? null : GetTrack((" + Q(TrackIdEnum) + ")s_formerTrackTargets[former]);");
            writer.Line("return former >= 0;");
            writer.Close();
            writer.Line();
        }

        writer.Line("track = key < 0 ? null : GetTrack((" + Q(TrackIdEnum) + ")(key / 2));");
        writer.Line("return key >= 0;");
        writer.Close();
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

        writer.Comment("Former track ids (renamed-from:); former id k belongs to track s_formerTrackTargets[k].");
        writer.Line("private static readonly " + Runtime + "CodeIndex s_formerTrackIds =");
        writer.Indent();
        WriteCodeIndex(writer, new IReadOnlyList<string>[] { formers.Select(former => former.Id).ToList() }, ";");
        writer.Outdent();
        writer.Line();
        writer.Wrapped("private static readonly int[] s_formerTrackTargets = new int[] { ", formers.Select(former => Identifiers.Number(former.Position)).ToList(), " };");
        writer.Line();
    }

    /// <summary><c>public static bool Name(string? key, [NotNullWhen(true)] out T? result)</c>, annotated where the language allows.</summary>
    private void WriteTryGetSignature(SourceWriter writer, string name, string key, string resultType, string result)
    {
        writer.Line("public static bool " + name + "(" + _options.Nullable("string") + " " + key + ",");
        writer.Line("#if NETCOREAPP3_0_OR_GREATER || NETSTANDARD2_1_OR_GREATER");
        writer.Line("    " + NotNullWhen);
        writer.Line("#endif");
        writer.Line("    out " + _options.Nullable(resultType) + " " + result + ")");
    }

    private void WriteTryGetLevel(SourceWriter writer)
    {
        writer.Doc("<summary>Finds a level of any track by code (<c>TPM5</c>), ignoring case, without allocating; builds only that level's track.</summary>");
        writer.Doc("<param name=\"code\">The level code.</param>\n<param name=\"level\">The level, when found.</param>");
        WriteTryGetSignature(writer, "TryGetLevel", "code", Runtime + "Level", "level");
        writer.Line("    => s_levels.TryGetLevel(code, out level);");
        writer.Line();
    }

    private static string Parameter(CodeCompetency competency) =>
        Identifiers.Escape(char.ToLowerInvariant(competency.Identifier[0]) + competency.Identifier.Substring(1));

    /// <summary>
    /// Writes <c>Assess</c>: one parameter per competency (its step enum), the closest level of each track by the sum of
    /// absolute step differences, ties to the lower rank, from precomputed tables and without allocating.
    /// </summary>
    private void WriteAssess(SourceWriter writer, CodeFramework framework, EquatableArray<CodeTrack> tracks)
    {
        var competencies = framework.Competencies;
        var stride = competencies.Count + 1;
        writer.Doc("<summary>\nSelf-assessment: returns, for each track, the level whose steps are closest to the given steps (the smallest sum of\n"
            + "absolute step differences over the competencies, a competency a level does not expect counting as step 0), with\n"
            + "the way to its next level. Ties go to the lower rank; levels that expect no step at all are never matched. Allocates nothing.\n</summary>");
        foreach (var competency in competencies)
        {
            writer.Doc("<param name=\"" + Parameter(competency).TrimStart('@') + "\">The assessed " + CSharpText.Xml(competency.Name) + " step.</param>");
        }

        writer.Doc("<exception cref=\"global::System.ArgumentOutOfRangeException\">A step is not one of its competency's steps.</exception>");
        writer.Line("public static " + Q(Assessment) + " Assess(" + string.Join(", ", competencies.Select(competency => Q(StepEnum(competency)) + " " + Parameter(competency))) + ")");
        writer.Open();
        foreach (var competency in competencies)
        {
            var parameter = Parameter(competency);
            writer.Line("if ((int)" + parameter + " < 1 || (int)" + parameter + " > " + Identifiers.Number(competency.Steps.Count) + ")");
            writer.Open();
            writer.Line("throw new global::System.ArgumentOutOfRangeException(" + CSharpText.Literal(parameter.TrimStart('@')) + ", " + parameter + ", "
                + CSharpText.Literal("Not a step of " + competency.Name + ": expected 1 to " + Identifiers.Number(competency.Steps.Count) + ".") + ");");
            writer.Close();
            writer.Line();
        }

        var steps = string.Concat(competencies.Select(competency => ", (int)" + Parameter(competency)));
        if (tracks.Count == 0)
        {
            writer.Line("return default(" + Q(Assessment) + ");");
        }
        else
        {
            writer.Line("return new " + Q(Assessment) + "(");
            writer.Indent();
            for (var index = 0; index < tracks.Count; index++)
            {
                writer.Line("AssessClosest(" + tracks[index].Identifier + ", " + AssessTables + ".s_assess" + Identifiers.Number(index) + steps + ")" + (index < tracks.Count - 1 ? "," : ");"));
            }

            writer.Outdent();
        }

        writer.Close();
        writer.Line();

        // In a class of their own, so that the catalog's static constructor does not grow with the number of tracks:
        // the tables are built on the first call of Assess.
        writer.Doc(Summary("The tables of Assess, built on its first call."));
        writer.Line("private static class " + AssessTables);
        writer.Open();
        for (var index = 0; index < tracks.Count; index++)
        {
            var rows = tracks[index].Levels
                .Select((level, levelIndex) => (Level: level, Index: levelIndex))
                .Where(pair => pair.Level.Expectations.Count > 0)
                .Select(pair => Identifiers.Number(pair.Index) + string.Concat(competencies.Select((competency, competencyIndex) =>
                    ", " + Identifiers.Number(pair.Level.Expectations.FirstOrDefault(expectation => expectation.CompetencyIndex == competencyIndex)?.StepValue ?? 0))))
                .ToList();
            writer.Comment(tracks[index].Abbreviation + ": rows of (level index, " + string.Join(", ", competencies.Select(competency => competency.Id)) + ") for the levels that expect any step.");
            writer.Line("internal static readonly int[] s_assess" + Identifiers.Number(index) + " = " + (rows.Count == 0 ? "global::System.Array.Empty<int>();" : "new int[]"));
            if (rows.Count > 0)
            {
                writer.Open();
                foreach (var row in rows)
                {
                    writer.Line(row + ",");
                }

                writer.Close("};");
            }
        }

        writer.Close();
        writer.Line();
        writer.Line("private static " + Runtime + "LevelMatch AssessClosest(" + Runtime + "Track track, int[] table" + string.Concat(competencies.Select((_, index) => ", int c" + Identifiers.Number(index))) + ")");
        writer.Open();
        writer.Line("var best = -1;");
        writer.Line("var bestDistance = int.MaxValue;");
        writer.Line("for (var row = 0; row < table.Length; row += " + Identifiers.Number(stride) + ")");
        writer.Open();
        var distance = competencies.Count == 0
            ? "0"
            : string.Join(" + ", competencies.Select((_, index) => "global::System.Math.Abs(table[row + " + Identifiers.Number(index + 1) + "] - c" + Identifiers.Number(index) + ")"));
        writer.Line("var distance = " + distance + ";");
        writer.Line("if (distance < bestDistance)");
        writer.Open();
        writer.Line("best = table[row];");
        writer.Line("bestDistance = distance;");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("return best < 0 ? default(" + Runtime + "LevelMatch) : new " + Runtime + "LevelMatch(track.Levels[best], bestDistance);");
        writer.Close();
        writer.Line();
    }

    private void WriteAssessment(SourceWriter writer, EquatableArray<CodeTrack> tracks)
    {
        writer.Doc(Summary("The result of CareerLadders.Assess: the closest level of each track. A value type: assessing allocates nothing."));
        writer.Line(GeneratedCodeAttribute);
        writer.Line(Access + " readonly struct " + Assessment);
        writer.Open();
        for (var index = 0; index < tracks.Count; index++)
        {
            writer.Line("private readonly " + Runtime + "LevelMatch _track" + Identifiers.Number(index) + ";");
        }

        if (tracks.Count > 0)
        {
            writer.Line();
            writer.Line("internal " + Assessment + "(" + Join(tracks.Select((_, index) => Runtime + "LevelMatch track" + Identifiers.Number(index))) + ")");
            writer.Open();
            for (var index = 0; index < tracks.Count; index++)
            {
                writer.Line("_track" + Identifiers.Number(index) + " = track" + Identifiers.Number(index) + ";");
            }

            writer.Close();
        }
        for (var index = 0; index < tracks.Count; index++)
        {
            writer.Line();
            writer.Doc(Summary("The closest " + tracks[index].Name.Text + " level."));
            writer.Line("public " + Runtime + "LevelMatch " + tracks[index].Identifier + " => _track" + Identifiers.Number(index) + ";");
        }

        writer.Line();
        writer.Doc(Summary("Returns the closest level of the given track."));
        writer.Doc("<param name=\"track\">The track.</param>");
        writer.Line("public " + Runtime + "LevelMatch this[" + Q(TrackIdEnum) + " track]");
        writer.Open();
        writer.Line("get");
        writer.Open();
        writer.Line("switch ((int)track)");
        writer.Open();
        for (var index = 0; index < tracks.Count; index++)
        {
            writer.Line("case " + Identifiers.Number(index) + ": return _track" + Identifiers.Number(index) + ";");
        }

        writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(track), track, \"Not a track of the ladder.\");");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Line();
    }

    private void WriteExtensions(SourceWriter writer, CodeFramework framework)
    {
        var level = Runtime + "Level";
        writer.Block($$"""
            /// <summary>Typed access to levels by the generated enums.</summary>
            {{GeneratedCodeAttribute}}
            {{Access}} static partial class {{Extensions}}
            {
                /// <summary>Returns what <paramref name="level"/> expects on <paramref name="competency"/>, or null when it expects nothing.</summary>
                /// <param name="level">The level.</param>
                /// <param name="competency">The competency.</param>
                public static {{_options.Nullable(Runtime + "Expectation")}} Expectation(this {{level}} level, {{Q(CompetencyIdEnum)}} competency) => level.GetExpectationAt((int)competency);

                /// <summary>Finds the level's value for a section.</summary>
                /// <param name="level">The level.</param>
                /// <param name="section">The section.</param>
                /// <param name="value">The section's content, when the level has it.</param>
                public static bool TryGetSection(this {{level}} level, {{Q(SectionIdEnum)}} section,
                #if NETCOREAPP3_0_OR_GREATER || NETSTANDARD2_1_OR_GREATER
                    {{NotNullWhen}}
                #endif
                    out {{_options.Nullable(Runtime + "Section")}} value) => level.TryGetSection({{Q(Catalog)}}.SectionKey(section), out value);

                /// <summary>Returns the competency a CompetencyId stands for.</summary>
                /// <param name="competency">The competency.</param>
                public static {{Runtime}}Competency ToCompetency(this {{Q(CompetencyIdEnum)}} competency) => {{Q(Catalog)}}.GetCompetency(competency);

                /// <summary>Returns the track a TrackId stands for.</summary>
                /// <param name="track">The track.</param>
                public static {{Runtime}}Track ToTrack(this {{Q(TrackIdEnum)}} track) => {{Q(Catalog)}}.GetTrack(track);
            """);
        writer.Indent();
        for (var index = 0; index < framework.Competencies.Count; index++)
        {
            var competency = framework.Competencies[index];
            var step = Q(StepEnum(competency));
            writer.Block($$"""

                /// <summary>Returns the {{CSharpText.CommentLine(competency.Name)}} step of <paramref name="level"/>, or null when the level does not expect it.</summary>
                /// <param name="level">The level.</param>
                public static {{step}}? Get{{StepEnum(competency)}}(this {{level}} level) =>
                    level.GetExpectationAt({{Identifiers.Number(index)}}) is {{Runtime}}Expectation expectation ? ({{step}})expectation.Step.Value : ({{step}}?)null;
                """);
        }

        writer.Close();
    }
}
