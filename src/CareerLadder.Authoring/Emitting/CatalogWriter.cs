using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Evolution;
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
    private readonly IReadOnlyList<int> _trackNumbers;
    private readonly IReadOnlyList<int> _competencyNumbers;
    private readonly IReadOnlyList<int> _sectionNumbers;

    private CatalogWriter(EmitOptions options, CodeFramework framework, EquatableArray<CodeTrack> tracks, EquatableArray<BaselineNumber> pins)
    {
        _options = options;
        _trackNumbers = EnumNumbers.Assign(
            tracks.Select(track => new NumberedItem(track.Id, track.FormerIds)).ToList(), EnumNumbers.PinsOf(pins, EnumNumbers.Track));
        _competencyNumbers = EnumNumbers.Assign(
            framework.Competencies.Select(competency => new NumberedItem(competency.Id, competency.FormerIds)).ToList(), EnumNumbers.PinsOf(pins, EnumNumbers.Competency));
        _sectionNumbers = EnumNumbers.Assign(
            framework.Sections.Select(section => new NumberedItem(section.Id, Array.Empty<string>())).ToList(), EnumNumbers.PinsOf(pins, EnumNumbers.Section));
    }

    public static string Write(EmitOptions options, CodeFramework framework, EquatableArray<CodeTrack> tracks, EquatableArray<BaselineNumber> pins) =>
        new CatalogWriter(options, framework, tracks, pins).WriteFile(framework, tracks);

    private string Access => _options.AccessibilityKeyword;

    private string Namespace => _options.Namespace;

    private string WriteFile(CodeFramework framework, EquatableArray<CodeTrack> tracks)
    {
        var writer = Begin(_options);
        WriteTrackIdEnum(writer, tracks);
        WriteCompetencyEnums(writer, framework);
        WriteSectionIdEnum(writer, framework);
        WriteCatalog(writer, framework, tracks);
        WriteAssessedSteps(writer, framework);
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
        WriteEnum(writer, "The tracks of the ladder. A value keeps naming its track in every later version of the ladders (it may be stored).", TrackIdEnum,
            tracks.Select((track, index) => (track.Name.Text + " (" + track.Abbreviation + ")", track.Identifier, _trackNumbers[index])));

    private void WriteCompetencyEnums(SourceWriter writer, CodeFramework framework)
    {
        WriteEnum(writer, "The competencies of the framework. A value keeps naming its competency in every later version of the ladders (it may be stored).", CompetencyIdEnum,
            framework.Competencies.Select((competency, index) => (competency.Description is null ? competency.Name : competency.Name + ": " + competency.Description, competency.Identifier, _competencyNumbers[index])));
        foreach (var competency in framework.Competencies)
        {
            WriteEnum(writer, "The steps of " + competency.Name + ", from lowest (1) to highest.", StepEnum(competency),
                competency.Steps.Select((step, index) => (step.Description is null ? step.Name : step.Name + ": " + step.Description, step.Identifier, index + 1)), isStepEnum: true);
        }
    }

    private void WriteSectionIdEnum(SourceWriter writer, CodeFramework framework) =>
        WriteEnum(writer, "The free-form sections levels may carry. A value keeps naming its section in every later version of the ladders (it may be stored).", SectionIdEnum,
            framework.Sections.Select((section, index) => (section.Name + " (" + section.Kind.ToString().ToLowerInvariant() + ")", section.Identifier, _sectionNumbers[index])));

    private void WriteCatalog(SourceWriter writer, CodeFramework framework, EquatableArray<CodeTrack> tracks)
    {
        var frameworkName = framework.Name.Length == 0 ? "the ladder" : framework.Name;
        writer.Doc(Summary("Every track, level and competency of " + frameworkName + ", generated at compile time: no parsing at run time."));
        // Field and property initializers run in this textual order; the tracks read s_competencies when they are built.
        writer.Block($$"""
            /// <remarks>Each track is built on its first use, by its own class: using one track never builds or compiles the others.</remarks>
            {{GeneratedCodeAttribute}}
            {{Access}} static partial class {{Catalog}}
            {
                internal static readonly {{Runtime}}Competency[] s_competencies = new {{Runtime}}Competency[]
                {
            """);
        writer.Indent();
        writer.Indent();
        for (var index = 0; index < framework.Competencies.Count; index++)
        {
            WriteCompetency(writer, framework.Competencies[index], index);
        }

        writer.Close("};");
        writer.Line();

        foreach (var track in tracks)
        {
            var trackClass = Q(TrackClass(track));
            writer.Doc(Summary(track.Name.Text + (track.Summary is null ? string.Empty : ": " + track.Summary.Text)));
            writer.Expression("public static " + trackClass + " " + track.Identifier + " => ", CodeExpression.Code(trackClass + "." + TrackInstance), ";");
            writer.Line();
        }

        writer.Doc(Summary("The framework's name."));
        writer.Expression("public static string FrameworkName => ", CodeExpression.String(framework.Name), ";");
        writer.Block($$"""

            /// <summary>The competencies in the framework's order.</summary>
            public static {{ReadOnlyList}}{{Runtime}}Competency> Competencies { get; } =
                new {{ReadOnlyCollection}}{{Runtime}}Competency>(s_competencies);

            /// <summary>The company-wide rank table, ordered by rank.</summary>
            public static {{ReadOnlyList}}{{Runtime}}Rank> Ranks { get; } =
            """);
        writer.Indent();
        if (framework.Ranks.Count == 0)
        {
            writer.Line("new " + ReadOnlyCollection + Runtime + "Rank>(global::System.Array.Empty<" + Runtime + "Rank>());");
        }
        else
        {
            writer.Line("new " + ReadOnlyCollection + Runtime + "Rank>(new " + Runtime + "Rank[]");
            writer.Open();
            foreach (var rank in framework.Ranks)
            {
                writer.Expression(string.Empty, CodeExpression.New(Runtime + "Rank", CodeExpression.Code(Identifiers.Number(rank.Value.Value)), OptionalText(rank.PublicTitle), OptionalText(rank.Description)), ",");
            }

            writer.Close("});");
        }

        writer.Outdent();
        writer.Block($$"""

            /// <summary>The seniorities from lowest to highest, as the framework lists them.</summary>
            public static {{ReadOnlyList}}string> Seniorities { get; } =
            """);
        writer.Indent();
        writer.Wrapped("new " + ReadOnlyCollection + "string>(" + EmptyOr("string", framework.Seniorities.Count, "new string[] { "),
            framework.Seniorities.Select(CodeExpression.String).ToList(), framework.Seniorities.Count == 0 ? ");" : " });");
        writer.Outdent();
        writer.Block($$"""

            /// <summary>Every track, ordered by id. A track is built when it is first read.</summary>
            public static {{ReadOnlyList}}{{Runtime}}Track> Tracks { get; } =
                new {{Metadata}}TrackList({{Identifiers.Number(tracks.Count)}}, TrackAt);

            """);

        WriteLevelIndex(writer, tracks);
        writer.Block($$"""
            /// <summary>Returns the competency with the given id.</summary>
            /// <param name="competency">The competency.</param>
            """);
        writer.Block($$"""
            public static {{Runtime}}Competency GetCompetency({{Q(CompetencyIdEnum)}} competency)
            {
                var index = CompetencyIndex(competency);
                if (index < 0)
                {
                    throw new global::System.ArgumentOutOfRangeException("competency", competency, "Not a competency of the ladder.");
                }

                return s_competencies[index];
            }

            """);
        WriteNumberSwitch(writer, "The position of a competency in the framework; -1 for a value that names none.",
            "internal static int CompetencyIndex(" + Q(CompetencyIdEnum) + " competency)", "competency", _competencyNumbers, Identifiers.Number, "-1");
        writer.Line();
        WriteGetTrack(writer, tracks);
        WriteTryGetTrack(writer, tracks);
        WriteTryGetLevel(writer);
        WriteAssess(writer, framework, tracks);
        WriteNumberSwitch(writer, "The section id used in the ladder files for a SectionId; empty for a value that names none.",
            "internal static string SectionKey(" + Q(SectionIdEnum) + " section)", "section", _sectionNumbers,
            index => CodeExpression.String(framework.Sections[index].Id).OneLine, "string.Empty");
        writer.Close();
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
        writer.Indent();
        for (var stepIndex = 0; stepIndex < steps.Count; stepIndex++)
        {
            writer.Expression(string.Empty, steps[stepIndex], stepIndex == steps.Count - 1 ? ")," : ",");
        }

        writer.Outdent();
    }

    /// <summary><c>new LocalizedText("...")</c>.</summary>
    private static CodeExpression Text(string value) => CodeExpression.New(Runtime + "LocalizedText", CodeExpression.String(value));

    /// <summary><c>new LocalizedText("...")</c>, or <c>null</c>.</summary>
    private static CodeExpression OptionalText(string? value) => value is null ? CodeExpression.Code("null") : Text(value);

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
        writer.Line("internal static readonly " + Metadata + "LevelIndex s_levels = new " + Metadata + "LevelIndex(");
        writer.Indent();
        WriteCodeIndex(writer, tracks.Select(track => (IReadOnlyList<string>)track.Levels.Select(level => level.Code).ToList()).ToList(), ",");
        writer.Wrapped(EmptyOr("int", tracks.Count, "new int[] { "), tracks.Select(track => Identifiers.Number(track.Levels.Count)).ToList(), tracks.Count == 0 ? "," : " },");
        var ranks = tracks.SelectMany(track => track.Levels.Select(level => Identifiers.Number(level.Rank))).ToList();
        writer.Wrapped(EmptyOr("int", ranks.Count, "new int[] { "), ranks, ranks.Count == 0 ? "," : " },");
        WriteFormerCodes(writer, tracks);
        writer.Outdent();
        writer.Block($$"""

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
        writer.Wrapped("new string[] { ", formers.Select(former => CodeExpression.String(former.Since)).ToList(), " });");
    }

    /// <summary>
    /// Writes <c>new CodeIndex(...)</c> over <paramref name="groups"/> of keys: one string of keys separated by spaces, a
    /// line per group (a group too long for a line cut into parts), or, when a key is empty or holds a space (never in a
    /// valid ladder, but a file with errors still gets code), an array of the keys.
    /// </summary>
    private static void WriteCodeIndex(SourceWriter writer, IReadOnlyList<IReadOnlyList<string>> groups, string tail)
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
        writer.Indent();
        for (var index = 0; index < lines.Count; index++)
        {
            var last = index == lines.Count - 1;
            writer.Expression(string.Empty, CodeExpression.String(lines[index] + (last ? string.Empty : " ")), last ? "," : " +");
        }

        writer.Line("' ')" + tail);
        writer.Outdent();
    }

    private void WriteGetTrack(SourceWriter writer, EquatableArray<CodeTrack> tracks)
    {
        writer.Block($$"""
            /// <summary>Returns the track with the given id, building it on its first use.</summary>
            /// <param name="track">The track.</param>
            public static {{Runtime}}Track GetTrack({{Q(TrackIdEnum)}} track)
            {
                var index = TrackIndex(track);
                if (index < 0)
                {
                    throw new global::System.ArgumentOutOfRangeException("track", track, "Not a track of the ladder.");
                }

                return TrackAt(index);
            }

            """);
        WriteNumberSwitch(writer, "The position of a track in Tracks; -1 for a value that names none.",
            "internal static int TrackIndex(" + Q(TrackIdEnum) + " track)", "track", _trackNumbers, Identifiers.Number, "-1");
        writer.Line();
        WriteIdOf(writer);
        writer.Block($$"""
            // The track at a position, read from its class: Tracks calls this method group (no lambda, no closure class)
            // and a first lookup compiles this switch and the one track's class, nothing else of the catalog.
            private static {{Runtime}}Track TrackAt(int index)
            {
                switch (index)
                {
            """);
        writer.Indent();
        writer.Indent();
        for (var index = 0; index < tracks.Count; index++)
        {
            writer.Expression("case " + Identifiers.Number(index) + ": return ", CodeExpression.Code(Q(TrackClass(tracks[index])) + "." + TrackInstance), ";");
        }

        writer.Outdent();
        writer.Outdent();
        writer.Block($$"""
                    default: throw new global::System.ArgumentOutOfRangeException("index", index, "Not a track position.");
                }
            }

            """);
    }

    /// <summary>
    /// Writes a method that maps an enum value to what belongs to it (a position, a key) with a switch: the values are
    /// stable numbers (<see cref="EnumNumbers"/>), not positions.
    /// </summary>
    private static void WriteNumberSwitch(SourceWriter writer, string comment, string signature, string parameter, IReadOnlyList<int> numbers,
        Func<int, string> result, string otherwise)
    {
        writer.Comment(comment);
        writer.Line(signature);
        writer.Open();
        writer.Line("switch ((int)" + parameter + ")");
        writer.Open();
        for (var index = 0; index < numbers.Count; index++)
        {
            writer.Line("case " + Identifiers.Number(numbers[index]) + ": return " + result(index) + ";");
        }

        writer.Line("default: return " + otherwise + ";");
        writer.Close();
        writer.Close();
    }

    /// <summary>
    /// Writes <c>GetTrackId</c> and <c>GetCompetencyId</c>, from a runtime object back to its enum value, over the enum
    /// numbers in position order.
    /// </summary>
    private void WriteIdOf(SourceWriter writer)
    {
        writer.Wrapped("private static readonly int[] s_trackNumbers = " + EmptyOr("int", _trackNumbers.Count, "new int[] { "),
            _trackNumbers.Select(Identifiers.Number).ToList(), _trackNumbers.Count == 0 ? ";" : " };");
        writer.Wrapped("private static readonly int[] s_competencyNumbers = " + EmptyOr("int", _competencyNumbers.Count, "new int[] { "),
            _competencyNumbers.Select(Identifiers.Number).ToList(), _competencyNumbers.Count == 0 ? ";" : " };");
        writer.Block($$"""

            /// <summary>Returns the TrackId of one of this catalog's tracks.</summary>
            /// <param name="track">A track of this catalog.</param>
            /// <exception cref="global::System.ArgumentException">The track belongs to another catalog.</exception>
            public static {{Q(TrackIdEnum)}} GetTrackId({{Runtime}}Track track)
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
                        return ({{Q(TrackIdEnum)}})s_trackNumbers[index];
                    }
                }

                throw new global::System.ArgumentException("Not a track of this catalog.", "track");
            }

            /// <summary>Returns the CompetencyId of one of this catalog's competencies.</summary>
            /// <param name="competency">A competency of this catalog.</param>
            /// <exception cref="global::System.ArgumentException">The competency belongs to another catalog.</exception>
            public static {{Q(CompetencyIdEnum)}} GetCompetencyId({{Runtime}}Competency competency)
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

                return ({{Q(CompetencyIdEnum)}})s_competencyNumbers[index];
            }

            """);
    }

    private void WriteTryGetTrack(SourceWriter writer, EquatableArray<CodeTrack> tracks)
    {
        writer.Block($$"""
            // The id and the abbreviation of every track, in track order: key k belongs to track k / 2.
            private static readonly {{Metadata}}CodeIndex s_trackKeys =
            """);
        writer.Indent();
        WriteCodeIndex(writer, new IReadOnlyList<string>[] { tracks.SelectMany(track => new[] { track.Id, track.Abbreviation }).ToList() }, ";");
        writer.Outdent();
        writer.Block($$"""

            /// <summary>Finds a track by id (<c>technical-program-manager</c>) or abbreviation (<c>TPM</c>), ignoring case, without allocating.</summary>
            /// <param name="idOrAbbreviation">The track id or abbreviation.</param>
            /// <param name="track">The track, when found.</param>
            """);
        WriteTryGetSignature(writer, "TryGetTrack", "idOrAbbreviation", Runtime + "Track", "track");
        writer.Block($$"""
            {
                var key = s_trackKeys.IndexOf(idOrAbbreviation);
            """);
        if (tracks.Any(track => track.FormerIds.Count > 0))
        {
            writer.Block($$"""
                    if (key < 0)
                    {
                        var former = s_formerTrackIds.IndexOf(idOrAbbreviation);
                        track = former < 0 ? null : TrackAt(s_formerTrackTargets[former]);
                        return former >= 0;
                    }

                """);
        }

        writer.Block($$"""
                track = key < 0 ? null : TrackAt(key / 2);
                return key >= 0;
            }

            """);
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

        writer.Block($$"""
            // Former track ids (renamed-from:); former id k belongs to track s_formerTrackTargets[k].
            private static readonly {{Metadata}}CodeIndex s_formerTrackIds =
            """);
        writer.Indent();
        WriteCodeIndex(writer, new IReadOnlyList<string>[] { formers.Select(former => former.Id).ToList() }, ";");
        writer.Outdent();
        writer.Line();
        writer.Wrapped("private static readonly int[] s_formerTrackTargets = new int[] { ", formers.Select(former => Identifiers.Number(former.Position)).ToList(), " };");
        writer.Line();
    }

    /// <summary><c>public static bool Name(string? key, [NotNullWhen(true)] out T? result)</c>, annotated where the language allows.</summary>
    private void WriteTryGetSignature(SourceWriter writer, string name, string key, string resultType, string result) =>
        writer.Block($$"""
            public static bool {{name}}({{_options.Nullable("string")}} {{key}},
            #if NETCOREAPP3_0_OR_GREATER || NETSTANDARD2_1_OR_GREATER
                {{NotNullWhen}}
            #endif
                out {{_options.Nullable(resultType)}} {{result}})
            """);

    private void WriteTryGetLevel(SourceWriter writer)
    {
        writer.Block($$"""
            /// <summary>Finds a level of any track by code (<c>TPM5</c>), ignoring case, without allocating; builds only that level's track.</summary>
            /// <param name="code">The level code.</param>
            /// <param name="level">The level, when found.</param>
            """);
        WriteTryGetSignature(writer, "TryGetLevel", "code", Runtime + "Level", "level");
        writer.Block($$"""
                => s_levels.TryGetLevel(code, out level);

            """);
    }

    /// <summary>
    /// Writes <c>Assess</c>: the closest level of each track to an <c>AssessedSteps</c> by the sum of absolute step
    /// differences over the assessed competencies, ties to the lower rank, from precomputed tables and without allocating.
    /// Taking one value with a property per competency (never a parameter per competency) keeps existing calls valid,
    /// compiled or in source, when a later version of the ladders adds a competency.
    /// </summary>
    private void WriteAssess(SourceWriter writer, CodeFramework framework, EquatableArray<CodeTrack> tracks)
    {
        var competencies = framework.Competencies;
        writer.Block($$"""
            /// <summary>
            /// Self-assessment: returns, for each track, the level whose steps are closest to the assessed steps (the smallest sum
            /// of absolute step differences over the assessed competencies, a competency a level does not expect counting as step 0),
            /// with the way to its next level. A competency left unassessed (null) does not count; with none assessed, no level
            /// matches. Ties go to the lower rank; levels that expect no step at all are never matched. Allocates nothing.
            /// </summary>
            /// <param name="steps">The assessed steps.</param>
            /// <exception cref="global::System.ArgumentOutOfRangeException">A step is not one of its competency's steps.</exception>
            """);
        writer.Wrapped("public static " + Q(Assessment) + " Assess(", new[] { Q(AssessedSteps) + " steps" }, ")", tailOnLastLine: true);
        writer.Open();
        for (var index = 0; index < competencies.Count; index++)
        {
            var competency = competencies[index];
            writer.Expression("var c" + Identifiers.Number(index) + " = ", CodeExpression.Call("AssessedStep(", new[]
            {
                CodeExpression.Code("(int?)steps." + competency.Identifier),
                CodeExpression.Code(Identifiers.Number(competency.Steps.Count)),
                CodeExpression.String("Not a step of " + competency.Name + ": expected 1 to " + Identifiers.Number(competency.Steps.Count) + "."),
            }, ")"), ";");
        }

        var steps = Enumerable.Range(0, competencies.Count).Select(index => "c" + Identifiers.Number(index)).ToList();
        if (tracks.Count == 0 || competencies.Count == 0)
        {
            writer.Line("return default(" + Q(Assessment) + ");");
        }
        else
        {
            writer.Wrapped("if (", steps.Select(step => step + " == 0").ToList(), ")", " &&", tailOnLastLine: true);
            writer.Block($$"""
                {
                    return default({{Q(Assessment)}});
                }

                """);
            writer.Line("return new " + Q(Assessment) + "(");
            writer.Indent();
            for (var index = 0; index < tracks.Count; index++)
            {
                writer.Wrapped("AssessClosest(", new[] { tracks[index].Identifier, AssessTables + ".s_assess" + Identifiers.Number(index) }.Concat(steps).ToList(), ")" + (index < tracks.Count - 1 ? "," : ");"), tailOnLastLine: true);
            }

            writer.Outdent();
        }

        writer.Close();
        writer.Block($$"""

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
        WriteAssessTables(writer, competencies, tracks);
        WriteAssessClosest(writer, competencies.Count);
    }

    /// <summary>Writes <c>AssessedSteps</c>, the input of <c>Assess</c>: one nullable step property per competency.</summary>
    private void WriteAssessedSteps(SourceWriter writer, CodeFramework framework)
    {
        writer.Block($$"""
            /// <summary>
            /// The steps a person is assessed at, for CareerLadders.Assess: one optional step per competency. A competency left
            /// null is not assessed and does not count; a later version of the ladders only adds properties.
            /// </summary>
            {{GeneratedCodeAttribute}}
            {{Access}} partial struct {{AssessedSteps}}
            {
            """);
        writer.Indent();
        for (var index = 0; index < framework.Competencies.Count; index++)
        {
            var competency = framework.Competencies[index];
            if (index > 0)
            {
                writer.Line();
            }

            writer.Doc(Summary("The assessed " + competency.Name + " step; null when not assessed."));
            writer.Line("public " + Q(StepEnum(competency)) + "? " + competency.Identifier + " { get; set; }");
        }

        writer.Close();
        writer.Line();
    }

    /// <summary>
    /// Writes the tables of <c>Assess</c>, in a class of their own so that the catalog's static constructor does not grow
    /// with the number of tracks: the tables are built on the first call of <c>Assess</c>.
    /// </summary>
    private static void WriteAssessTables(SourceWriter writer, EquatableArray<CodeCompetency> competencies, EquatableArray<CodeTrack> tracks)
    {
        writer.Block($$"""
            /// <summary>The tables of Assess, built on its first call.</summary>
            private static class {{AssessTables}}
            {
            """);
        writer.Indent();
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
    }

    /// <summary>Writes <c>AssessClosest</c>: the row of a table nearest to the assessed steps <c>c0</c>, <c>c1</c>...</summary>
    private static void WriteAssessClosest(SourceWriter writer, int competencies)
    {
        var indexes = Enumerable.Range(0, competencies).ToList();
        writer.Wrapped("private static " + Runtime + "LevelMatch AssessClosest(",
            new[] { Runtime + "Track track", "int[] table" }.Concat(indexes.Select(index => "int c" + Identifiers.Number(index))).ToList(), ")", tailOnLastLine: true);
        writer.Block($$"""
            {
                var best = -1;
                var bestDistance = int.MaxValue;
                for (var row = 0; row < table.Length; row += {{Identifiers.Number(competencies + 1)}})
                {
            """);
        writer.Indent();
        writer.Indent();
        writer.Wrapped("var distance = ", competencies == 0
            ? new[] { "0" }
            : indexes.Select(index => "(c" + Identifiers.Number(index) + " == 0 ? 0 : global::System.Math.Abs(table[row + " + Identifiers.Number(index + 1) + "] - c" + Identifiers.Number(index) + "))").ToList(), ";", " +", tailOnLastLine: true);
        writer.Outdent();
        writer.Outdent();
        writer.Block($$"""
                    if (distance < bestDistance)
                    {
                        best = table[row];
                        bestDistance = distance;
                    }
                }

                return best < 0 ? default({{Runtime}}LevelMatch) : new {{Runtime}}LevelMatch(track.Levels[best], bestDistance);
            }

            """);
    }

    private void WriteAssessment(SourceWriter writer, EquatableArray<CodeTrack> tracks)
    {
        writer.Block($$"""
            /// <summary>The result of CareerLadders.Assess: the closest level of each track. A value type: assessing allocates nothing.</summary>
            {{GeneratedCodeAttribute}}
            {{Access}} readonly struct {{Assessment}}
            {
            """);
        writer.Indent();
        for (var index = 0; index < tracks.Count; index++)
        {
            writer.Line("private readonly " + Runtime + "LevelMatch _track" + Identifiers.Number(index) + ";");
        }

        if (tracks.Count > 0)
        {
            writer.Line();
            writer.Wrapped("internal " + Assessment + "(", tracks.Select((_, index) => Runtime + "LevelMatch track" + Identifiers.Number(index)).ToList(), ")", tailOnLastLine: true);
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

        writer.Block($$"""

            /// <summary>Returns the closest level of the given track.</summary>
            /// <param name="track">The track.</param>
            public {{Runtime}}LevelMatch this[{{Q(TrackIdEnum)}} track]
            {
                get
                {
                    switch ((int)track)
                    {
            """);
        writer.Indent();
        writer.Indent();
        writer.Indent();
        for (var index = 0; index < tracks.Count; index++)
        {
            writer.Line("case " + Identifiers.Number(_trackNumbers[index]) + ": return _track" + Identifiers.Number(index) + ";");
        }

        writer.Outdent();
        writer.Outdent();
        writer.Outdent();
        writer.Block($$"""
                        default: throw new global::System.ArgumentOutOfRangeException(nameof(track), track, "Not a track of the ladder.");
                    }
                }
            }

            /// <summary>Returns the closest level of the given track, one of CareerLadders.Tracks.</summary>
            /// <param name="track">The track.</param>
            /// <exception cref="global::System.ArgumentException">The track belongs to another catalog.</exception>
            public {{Runtime}}LevelMatch this[{{Runtime}}Track track] =>
                this[{{Q(Catalog)}}.GetTrackId(track)];
            """);
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
                public static {{_options.Nullable(Runtime + "Expectation")}} Expectation(
                    this {{level}} level, {{Q(CompetencyIdEnum)}} competency)
                    => level.GetExpectationAt({{Q(Catalog)}}.CompetencyIndex(competency));

                /// <summary>Finds the level's value for a section.</summary>
                /// <param name="level">The level.</param>
                /// <param name="section">The section.</param>
                /// <param name="value">The section's content, when the level has it.</param>
                public static bool TryGetSection(this {{level}} level, {{Q(SectionIdEnum)}} section,
                #if NETCOREAPP3_0_OR_GREATER || NETSTANDARD2_1_OR_GREATER
                    {{NotNullWhen}}
                #endif
            """);
        writer.Indent();
        writer.Indent();
        writer.Expression("out " + _options.Nullable(Runtime + "Section") + " value) => ", CodeExpression.Code("level.TryGetSection(" + Q(Catalog) + ".SectionKey(section), out value)"), ";");
        writer.Outdent();
        writer.Outdent();
        writer.Block($$"""

                /// <summary>Returns the competency a CompetencyId stands for.</summary>
                /// <param name="competency">The competency.</param>
                public static {{Runtime}}Competency ToCompetency(this {{Q(CompetencyIdEnum)}} competency)
                    => {{Q(Catalog)}}.GetCompetency(competency);

                /// <summary>Returns the track a TrackId stands for.</summary>
                /// <param name="track">The track.</param>
                public static {{Runtime}}Track ToTrack(this {{Q(TrackIdEnum)}} track)
                    => {{Q(Catalog)}}.GetTrack(track);

                /// <summary>Returns the TrackId of one of the catalog's tracks: the value to store for it.</summary>
                /// <param name="track">The track.</param>
                public static {{Q(TrackIdEnum)}} ToTrackId(this {{Runtime}}Track track)
                    => {{Q(Catalog)}}.GetTrackId(track);

                /// <summary>Returns the CompetencyId of one of the catalog's competencies: the value to store for it.</summary>
                /// <param name="competency">The competency.</param>
                public static {{Q(CompetencyIdEnum)}} ToCompetencyId(this {{Runtime}}Competency competency)
                    => {{Q(Catalog)}}.GetCompetencyId(competency);
            """);
        writer.Indent();
        for (var index = 0; index < framework.Competencies.Count; index++)
        {
            var competency = framework.Competencies[index];
            var step = Q(StepEnum(competency));
            writer.Line();
            writer.Doc("<summary>Returns the " + CSharpText.CommentLine(competency.Name) + " step of <paramref name=\"level\"/>, or null when the level does not expect it.</summary>");
            writer.Line("/// <param name=\"level\">The level.</param>");
            writer.Wrapped("public static " + step + "? Get" + StepEnum(competency) + "(", new[] { "this " + level + " level" }, ") =>", tailOnLastLine: true);
            writer.Block($$"""
                    level.GetExpectationAt({{Identifiers.Number(index)}}) is {{Runtime}}Expectation expectation
                        ? ({{step}})expectation.Step.Value
                        : ({{step}}?)null;
                """);
        }

        writer.Close();
    }
}
