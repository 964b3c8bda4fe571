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
        writer.Line(GeneratedCodeAttribute);
        writer.Line(Access + " static partial class " + Catalog);
        writer.Open();

        // Field and property initializers run in this textual order: competencies first, then the tracks that use them.
        writer.Line("private static readonly " + Runtime + "Competency[] s_competencies = new " + Runtime + "Competency[]");
        writer.Open();
        for (var index = 0; index < framework.Competencies.Count; index++)
        {
            var competency = framework.Competencies[index];
            var steps = competency.Steps.Select((step, stepIndex) =>
                "new " + Runtime + "Step(" + CSharpText.Literal(step.Name) + ", " + Text(step.Name) + ", " + Identifiers.Number(stepIndex + 1) + ", " + OptionalText(step.Description) + ")");
            writer.Line("new " + Runtime + "Competency(" + CSharpText.Literal(competency.Id) + ", " + Identifiers.Number(index) + ", " + Text(competency.Name) + ", " + OptionalText(competency.Description) + (competency.Steps.Count > 0 ? ", " : string.Empty) + Join(steps) + "),");
        }

        writer.Close("};");
        writer.Line();
        writer.Line("private static readonly string[] s_sectionIds = new string[] { " + Join(framework.Sections.Select(section => CSharpText.Literal(section.Id))) + " };");
        writer.Line();

        foreach (var track in tracks)
        {
            writer.Doc(Summary(track.Name.Text + (track.Summary is null ? string.Empty : ": " + track.Summary.Text)));
            writer.Line("public static global::" + namespaceName + "." + TrackClass(track) + " " + track.Identifier + " { get; } = new global::" + namespaceName + "." + TrackClass(track) + "(s_competencies);");
            writer.Line();
        }

        writer.Line("private static readonly " + Runtime + "Track[] s_tracks = new " + Runtime + "Track[] { " + Join(tracks.Select(track => track.Identifier)) + " };");
        writer.Line();

        writer.Doc(Summary("The framework's name."));
        writer.Line("public static string FrameworkName => " + CSharpText.Literal(framework.Name) + ";");
        writer.Line();
        writer.Doc(Summary("The competencies, indexed by CompetencyId."));
        writer.Line("public static " + ReadOnlyList + Runtime + "Competency> Competencies { get; } = new " + ReadOnlyCollection + Runtime + "Competency>(s_competencies);");
        writer.Line();
        writer.Doc(Summary("The company-wide rank table, ordered by rank."));
        writer.Line("public static " + ReadOnlyList + Runtime + "Rank> Ranks { get; } = new " + ReadOnlyCollection + Runtime + "Rank>(new " + Runtime + "Rank[]");
        writer.Open();
        foreach (var rank in framework.Ranks)
        {
            writer.Line("new " + Runtime + "Rank(" + Identifiers.Number(rank.Value.Value) + ", " + OptionalText(rank.PublicTitle) + ", " + OptionalText(rank.Description) + "),");
        }

        writer.Close("});");
        writer.Line();
        writer.Doc(Summary("The seniorities from lowest to highest, as the framework lists them."));
        writer.Line("public static " + ReadOnlyList + "string> Seniorities { get; } = new " + ReadOnlyCollection + "string>(new string[] { " + Join(framework.Seniorities.Select(CSharpText.Literal)) + " });");
        writer.Line();
        writer.Doc(Summary("Every track, ordered by id; TrackId values index this list."));
        writer.Line("public static " + ReadOnlyList + Runtime + "Track> Tracks { get; } = new " + ReadOnlyCollection + Runtime + "Track>(s_tracks);");
        writer.Line();

        WriteRankTables(writer, tracks);

        writer.Doc(Summary("Returns the competency with the given id."));
        writer.Doc("<param name=\"competency\">The competency.</param>");
        writer.Line("public static " + Runtime + "Competency GetCompetency(" + Q(CompetencyIdEnum) + " competency) => s_competencies[(int)competency];");
        writer.Line();
        writer.Doc(Summary("Returns the track with the given id."));
        writer.Doc("<param name=\"track\">The track.</param>");
        writer.Line("public static " + Runtime + "Track GetTrack(" + Q(TrackIdEnum) + " track) => s_tracks[(int)track];");
        writer.Line();
        WriteTryGetTrack(writer);
        WriteTryGetLevel(writer, tracks);
        WriteAssess(writer, framework, tracks);
        writer.Doc(Summary("Returns the section id used in the ladder files for a SectionId."));
        writer.Doc("<param name=\"section\">The section.</param>");
        writer.Line("internal static string SectionKey(" + Q(SectionIdEnum) + " section) => s_sectionIds[(int)section];");
        writer.Close();
        writer.Line();
    }

    private void WriteRankTables(SourceWriter writer, EquatableArray<CodeTrack> tracks)
    {
        var byRank = tracks
            .SelectMany(track => track.Levels.Select(level => (Track: track, Level: level)))
            .GroupBy(pair => pair.Level.Rank)
            .OrderBy(group => group.Key)
            .ToList();
        writer.Line("private static readonly " + ReadOnlyList + Runtime + "Level> s_noLevels = new " + ReadOnlyCollection + Runtime + "Level>(new " + Runtime + "Level[0]);");
        foreach (var group in byRank)
        {
            writer.Line("private static readonly " + ReadOnlyList + Runtime + "Level> s_rank" + RankSuffix(group.Key) + " = new " + ReadOnlyCollection + Runtime + "Level>(new " + Runtime + "Level[] { "
                + Join(group.Select(pair => pair.Track.Identifier + "." + pair.Level.Identifier)) + " });");
        }

        writer.Line();
        writer.Doc("<summary>Returns the levels of every track at <paramref name=\"rank\"/>, ordered by track id; empty when there is none.</summary>");
        writer.Doc("<param name=\"rank\">The company-wide rank.</param>");
        writer.Line("public static " + ReadOnlyList + Runtime + "Level> AtRank(int rank)");
        writer.Open();
        writer.Line("switch (rank)");
        writer.Open();
        foreach (var group in byRank)
        {
            writer.Line("case " + Identifiers.Number(group.Key) + ": return s_rank" + RankSuffix(group.Key) + ";");
        }

        writer.Line("default: return s_noLevels;");
        writer.Close();
        writer.Close();
        writer.Line();
    }

    private static string RankSuffix(int rank) => rank < 0 ? "Minus" + Identifiers.Number(rank).TrimStart('-') : Identifiers.Number(rank);

    private void WriteTryGetTrack(SourceWriter writer)
    {
        writer.Doc("<summary>Finds a track by id (<c>technical-program-manager</c>) or abbreviation (<c>TPM</c>), ignoring case, without allocating.</summary>");
        writer.Doc("<param name=\"idOrAbbreviation\">The track id or abbreviation.</param>\n<param name=\"track\">The track, when found.</param>");
        WriteTryGetSignature(writer, "TryGetTrack", "idOrAbbreviation", Runtime + "Track", "track");
        writer.Open();
        writer.Line("if (!(idOrAbbreviation is null))");
        writer.Open();
        writer.Line("foreach (var candidate in s_tracks)");
        writer.Open();
        writer.Line("if (global::System.String.Equals(candidate.Id, idOrAbbreviation, global::System.StringComparison.OrdinalIgnoreCase)");
        writer.Line("    || global::System.String.Equals(candidate.Abbreviation, idOrAbbreviation, global::System.StringComparison.OrdinalIgnoreCase))");
        writer.Open();
        writer.Line("track = candidate;");
        writer.Line("return true;");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("track = null;");
        writer.Line("return false;");
        writer.Close();
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

    private void WriteTryGetLevel(SourceWriter writer, EquatableArray<CodeTrack> tracks)
    {
        writer.Doc("<summary>Finds a level of any track by code (<c>TPM5</c>), ignoring case, without allocating.</summary>");
        writer.Doc("<param name=\"code\">The level code.</param>\n<param name=\"level\">The level, when found.</param>");
        WriteTryGetSignature(writer, "TryGetLevel", "code", Runtime + "Level", "level");
        writer.Open();
        writer.Line("level = null;");
        writer.Line("if (code is null)");
        writer.Open();
        writer.Line("return false;");
        writer.Close();
        writer.Line();
        var byLength = tracks
            .SelectMany(track => track.Levels.Select(level => (Track: track, Level: level)))
            .GroupBy(pair => pair.Level.Code.Length)
            .OrderBy(group => group.Key)
            .ToList();
        if (byLength.Count > 0)
        {
            // No levels: no switch at all, since an empty one is warning CS1522.
            writer.Line("switch (code.Length)");
            writer.Open();
        }

        foreach (var group in byLength)
        {
            writer.Line("case " + Identifiers.Number(group.Key) + ":");
            writer.Indent();
            if (group.Count() <= LinearLookupLimit)
            {
                WriteCodeComparisons(writer, group);
            }
            else
            {
                // Large catalogs: a case-insensitive hash picks the candidates, so a lookup stays O(1) without allocating.
                writer.Line("switch (CodeHash(code))");
                writer.Open();
                foreach (var bucket in group.GroupBy(pair => CodeHash(pair.Level.Code)).OrderBy(bucket => bucket.Key))
                {
                    writer.Line("case 0x" + bucket.Key.ToString("X8", System.Globalization.CultureInfo.InvariantCulture) + "u:");
                    writer.Indent();
                    WriteCodeComparisons(writer, bucket);
                    writer.Line("break;");
                    writer.Outdent();
                }

                writer.Close();
                writer.Line();
            }

            writer.Line("break;");
            writer.Outdent();
        }

        if (byLength.Count > 0)
        {
            writer.Close();
            writer.Line();
        }

        writer.Line("return false;");
        writer.Close();
        writer.Line();
        if (tracks.SelectMany(track => track.Levels).GroupBy(level => level.Code.Length).Any(group => group.Count() > LinearLookupLimit))
        {
            writer.Doc("<summary>FNV-1a over the code with ASCII letters upper-cased; the generator computes the same values.</summary>");
            writer.Doc("<param name=\"code\">The level code.</param>");
            writer.Line("private static uint CodeHash(string code)");
            writer.Open();
            writer.Line("var hash = 2166136261u;");
            writer.Line("foreach (var character in code)");
            writer.Open();
            writer.Line("var value = (uint)character;");
            writer.Line("hash = unchecked((hash ^ (unchecked(value - 'a') <= 'z' - 'a' ? value - 32u : value)) * 16777619u);");
            writer.Close();
            writer.Line();
            writer.Line("return hash;");
            writer.Close();
            writer.Line();
        }
    }

    /// <summary>Up to this many codes of one length are compared one by one; beyond, the lookup switches on a hash.</summary>
    private const int LinearLookupLimit = 8;

    private static uint CodeHash(string code)
    {
        var hash = 2166136261u;
        foreach (var character in code)
        {
            var value = (uint)character;
            hash = unchecked((hash ^ (unchecked(value - 'a') <= 'z' - 'a' ? value - 32u : value)) * 16777619u);
        }

        return hash;
    }

    private static void WriteCodeComparisons(SourceWriter writer, IEnumerable<(CodeTrack Track, CodeLevel Level)> levels)
    {
        foreach (var (track, level) in levels)
        {
            writer.Line("if (global::System.String.Equals(code, " + CSharpText.Literal(level.Code) + ", global::System.StringComparison.OrdinalIgnoreCase))");
            writer.Open();
            writer.Line("level = " + track.Identifier + "." + level.Identifier + ";");
            writer.Line("return true;");
            writer.Close();
            writer.Line();
        }
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
        writer.Line(tracks.Count == 0 ? "return default(" + Q(Assessment) + ");" : "return new " + Q(Assessment) + "(" + Join(tracks.Select((track, index) => "AssessClosest(" + track.Identifier + ", s_assess" + Identifiers.Number(index) + steps + ")")) + ");");
        writer.Close();
        writer.Line();

        for (var index = 0; index < tracks.Count; index++)
        {
            var rows = tracks[index].Levels
                .Select((level, levelIndex) => (Level: level, Index: levelIndex))
                .Where(pair => pair.Level.Expectations.Count > 0)
                .Select(pair => Identifiers.Number(pair.Index) + string.Concat(competencies.Select((competency, competencyIndex) =>
                    ", " + Identifiers.Number(pair.Level.Expectations.FirstOrDefault(expectation => expectation.CompetencyIndex == competencyIndex)?.StepValue ?? 0))))
                .ToList();
            writer.Comment(tracks[index].Abbreviation + ": rows of (level index, " + string.Join(", ", competencies.Select(competency => competency.Id)) + ") for the levels that expect any step.");
            writer.Line("private static readonly int[] s_assess" + Identifiers.Number(index) + " = " + (rows.Count == 0 ? "new int[0];" : "new int[] { " + Join(rows) + " };"));
        }

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
        writer.Doc(Summary("Typed access to levels by the generated enums."));
        writer.Line(GeneratedCodeAttribute);
        writer.Line(Access + " static partial class " + Extensions);
        writer.Open();
        writer.Doc("<summary>Returns what <paramref name=\"level\"/> expects on <paramref name=\"competency\"/>, or null when it expects nothing.</summary>");
        writer.Doc("<param name=\"level\">The level.</param>\n<param name=\"competency\">The competency.</param>");
        writer.Line("public static " + _options.Nullable(Runtime + "Expectation") + " Expectation(this " + Runtime + "Level level, " + Q(CompetencyIdEnum) + " competency) => level.GetExpectationAt((int)competency);");
        writer.Line();
        writer.Doc(Summary("Finds the level's value for a section."));
        writer.Doc("<param name=\"level\">The level.</param>\n<param name=\"section\">The section.</param>\n<param name=\"value\">The section's content, when the level has it.</param>");
        writer.Line("public static bool TryGetSection(this " + Runtime + "Level level, " + Q(SectionIdEnum) + " section,");
        writer.Line("#if NETCOREAPP3_0_OR_GREATER || NETSTANDARD2_1_OR_GREATER");
        writer.Line("    " + NotNullWhen);
        writer.Line("#endif");
        writer.Line("    out " + _options.Nullable(Runtime + "Section") + " value) => level.TryGetSection(" + Q(Catalog) + ".SectionKey(section), out value);");
        writer.Line();
        writer.Doc(Summary("Returns the competency a CompetencyId stands for."));
        writer.Doc("<param name=\"competency\">The competency.</param>");
        writer.Line("public static " + Runtime + "Competency ToCompetency(this " + Q(CompetencyIdEnum) + " competency) => " + Q(Catalog) + ".GetCompetency(competency);");
        writer.Line();
        writer.Doc(Summary("Returns the track a TrackId stands for."));
        writer.Doc("<param name=\"track\">The track.</param>");
        writer.Line("public static " + Runtime + "Track ToTrack(this " + Q(TrackIdEnum) + " track) => " + Q(Catalog) + ".GetTrack(track);");
        for (var index = 0; index < framework.Competencies.Count; index++)
        {
            var competency = framework.Competencies[index];
            writer.Line();
            writer.Doc("<summary>Returns the " + CSharpText.Xml(competency.Name) + " step of <paramref name=\"level\"/>, or null when the level does not expect it.</summary>");
            writer.Doc("<param name=\"level\">The level.</param>");
            writer.Line("public static " + Q(StepEnum(competency)) + "? Get" + StepEnum(competency) + "(this " + Runtime + "Level level) =>");
            writer.Line("    level.GetExpectationAt(" + Identifiers.Number(index) + ") is " + Runtime + "Expectation expectation ? (" + Q(StepEnum(competency)) + ")expectation.Step.Value : (" + Q(StepEnum(competency)) + "?)null;");
        }

        writer.Close();
    }
}
