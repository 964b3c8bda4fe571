using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using CareerLadder.Authoring.Emitting;
using CareerLadder.Authoring.Naming;
using CareerLadder.Generator.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// Targeted fuzzing of names: ladders whose track ids, abbreviations, level codes, competency ids, step names and
/// section ids are drawn from names known to be dangerous for generated C# (keywords, contextual keywords, members of
/// <c>object</c>/<c>Enum</c>/<c>Track</c>/<c>Level</c> and of the generated types, accessor names, numbers, unicode,
/// very long and newline-terminated names), also as former codes and ids (<c>renamed-from:</c>, <c>retired:</c>).
/// Through the real generator, every such ladder compiles or gets a CL error.
/// 500 cases by default with a fixed seed; CAREERLADDER_FUZZ_ITERATIONS raises it like the other fuzz test.
/// </summary>
public sealed class HostileNameFuzzTests
{
    private const string Seed = "0N4m3sHst1l3";

    /// <summary>The hostile names by kind, with how often a case draws each kind, so that no kind drowns the others.</summary>
    private static readonly (string Kind, int Weight, string[] Names)[] Hostile = HostileNames().ToArray();

    /// <summary>
    /// A valid ladder's names, by position: competency, its three steps, competency, its two steps, section, track,
    /// its three level codes, a second track and its last level code; then the former codes and ids (see
    /// <see cref="FormerPositions"/>): a former code of the first level (<c>renamed-from:</c>), a retired code replaced by
    /// the second level and when it was retired, a retired code without successor, a former id of the first track and of
    /// the first competency. Each case replaces one to three of them.
    /// </summary>
    private static readonly string[] Defaults =
    {
        "technology", "Adopts", "Specializes", "Evangelizes", "influence", "Team", "Company", "notes", "backend", "BE1", "BE2", "BE3", "other", "XY3",
        "BE0", "BE7", "2027.1", "BE8", "old-backend", "tech",
    };

    /// <summary>The positions of <see cref="Defaults"/> that hold former codes, ids and the retirement version.</summary>
    private static readonly int[] FormerPositions = { 14, 15, 16, 17, 18, 19 };

    private readonly ITestOutputHelper _output;

    public HostileNameFuzzTests(ITestOutputHelper output) => _output = output;

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("CAREERLADDER_FUZZ_ITERATIONS"), out var iterations) && iterations > 0 ? iterations : 500;

    [Fact]
    public void Ladders_named_with_hostile_names_compile_or_report_a_CL_error()
    {
        var build = new GeneratedBuild();
        var hostileName = Gen.Frequency(Hostile.Select(kind => (kind.Weight, (IGen<string>)Gen.OneOf(kind.Names))).ToArray());
        var replacement = Gen.Select(Gen.Int[0, Defaults.Length - 1], hostileName, Gen.Int[0, 9], (position, name, dice) => (Position: position, Name: Shape(position, name, dice)));
        var gen = replacement.Array[1, 2].Select(replacements =>
        {
            var names = (string[])Defaults.Clone();
            foreach (var (position, name) in replacements)
            {
                names[position] = name;
            }

            return names;
        });
        var cases = 0;

        gen.Sample(
            names =>
            {
                var files = Ladder(names);
                build.Check(files, string.Join("\n", files.Select(file => file.Path + ":\n" + file.Text)));
                cases++;
            },
            seed: Seed,
            iter: Iterations,
            threads: 1,
            print: names => string.Join(" | ", names.Select(value => CSharpText.Literal(value))));

        _output.WriteLine($"{cases} ladders with hostile names from a pool of {Hostile.Sum(kind => kind.Names.Length)}; {build.Clean} had no CL error and compiled cleanly ({build.DistinctCompiled} distinct outputs compiled).");
        Assert.Equal(Iterations, cases);
        Assert.True(build.Clean > Iterations / 10, "Too few hostile ladders were valid; the fuzzer is not exercising the emitter.");
    }

    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void Every_generated_or_inherited_member_name_in_every_kind_of_name_compiles_or_reports_a_CL_error(LanguageVersion languageVersion)
    {
        var build = new GeneratedBuild(languageVersion);
        var names = Hostile.Where(kind => kind.Weight >= 2).SelectMany(kind => kind.Names).Distinct(StringComparer.Ordinal).ToList();
        var positions = new[] { 0, 1, 7, 8, 9 };

        CheckEveryPlacement(build, names, positions);

        _output.WriteLine($"{names.Count} member names in {positions.Length} kinds of name; {build.Clean} builds had no CL error and compiled cleanly.");
        Assert.True(build.Clean > 0);
    }

    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void Every_keyword_member_and_accessor_name_as_a_former_code_or_id_compiles_or_reports_a_CL_error(LanguageVersion languageVersion)
    {
        var build = new GeneratedBuild(languageVersion);
        var names = Hostile.Where(kind => kind.Weight >= 2 || kind.Kind is "keywords" or "sizes")
            .SelectMany(kind => kind.Names).Distinct(StringComparer.Ordinal).ToList();

        CheckEveryPlacement(build, names, FormerPositions);

        _output.WriteLine($"{names.Count} names in {FormerPositions.Length} kinds of former code or id; {build.Clean} builds had no CL error and compiled cleanly.");
        Assert.True(build.Clean > names.Count, "Too few ladders with hostile former codes were valid; the test is not exercising the emitter.");
    }

    /// <summary>
    /// How a name is written at its position: ids (competencies, section, tracks) mostly in kebab case
    /// (<c>MemberwiseClone</c> → <c>memberwise-clone</c>), codes mostly as drawn, sometimes prefixed with <c>BE</c>;
    /// sometimes lower-cased or as drawn anywhere.
    /// </summary>
    private static string Shape(int position, string name, int dice) => position switch
    {
        0 or 4 or 7 or 8 or 12 or 18 or 19 => dice < 7 ? Kebab(name) : dice < 9 ? name.ToLowerInvariant() : name,
        9 or 10 or 11 or 13 or 14 or 15 or 17 => dice < 7 ? name : "BE" + name,
        _ => dice < 9 ? name : name.ToLowerInvariant(),
    };

    private static string Kebab(string name)
    {
        var builder = new StringBuilder();
        foreach (var character in name)
        {
            if (char.IsUpper(character) && builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }

            builder.Append(character == '_' ? '-' : char.ToLowerInvariant(character));
        }

        return builder.ToString().Trim('-');
    }

    private static (string Path, string Text)[] Ladder(string[] n)
    {
        var framework =
            "framework: engineering\nname: Engineering\nranks:\n  1: {}\n  2: {}\n  3: {}\n" +
            "competencies:\n" +
            $"  {Q(n[0])}:\n    name: First\n    renamed-from: [{Q(n[19])}]\n    steps: [{Q(n[1])}, {Q(n[2])}, {Q(n[3])}]\n" +
            $"  {Q(n[4])}:\n    name: Second\n    steps: [{Q(n[5])}, {Q(n[6])}]\n" +
            $"sections:\n  {Q(n[7])}: {{ name: Notes, kind: text }}\n";
        var history =
            $"renamed-from: [{Q(n[18])}]\nretired:\n" +
            $"  - code: {Q(n[15])}\n    since: {Q(n[16])}\n    replaced-by: {Q(n[10])}\n" +
            $"  - code: {Q(n[17])}\n";
        string Track(string id, string abbreviation, string[] codes, string history, string formerCode) =>
            $"track: {Q(id)}\nname: Hostile\nabbreviation: {Q(abbreviation)}\n{history}levels:\n" +
            $"  - code: {Q(codes[0])}\n{formerCode}    rank: 1\n    title: Hostile 1\n    expectations:\n      {Q(n[0])}: {Q(n[1])}\n      {Q(n[4])}: {Q(n[5])}\n    sections:\n      {Q(n[7])}: one\n" +
            $"  - code: {Q(codes[1])}\n    rank: 2\n    title: Hostile 2\n    expectations:\n      {Q(n[0])}: {Q(n[2])}\n      {Q(n[4])}: {Q(n[6])}\n" +
            $"  - code: {Q(codes[2])}\n    rank: 3\n    title: Hostile 3\n    expectations:\n      {Q(n[0])}: {Q(n[3])}\n      {Q(n[4])}: {Q(n[6])}\n";
        return new[]
        {
            ("/ladders/framework.yaml", framework),
            ("/ladders/first.yaml", Track(n[8], Abbreviation(n[9]), new[] { n[9], n[10], n[11] }, history, $"    renamed-from: [{Q(n[14])}]\n")),
            ("/ladders/second.yaml", Track(n[12], Abbreviation(n[13]), new[] { "XY1", "XY2", n[13] }, string.Empty, string.Empty)),
        };
    }

    /// <summary>The abbreviation a level code starts with (CL0027), so that hostile codes reach the emitter: <c>BE</c> for <c>BE1</c>, <c>s</c> for <c>s_levelOrder</c>.</summary>
    private static string Abbreviation(string code) =>
        code.StartsWith("BE", StringComparison.Ordinal) ? "BE" : code.StartsWith("XY", StringComparison.Ordinal) ? "XY" : code.Length > 0 && char.IsAsciiLetter(code[0]) ? code.Substring(0, 1) : "BE";

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="value"/>.</summary>
    private static string Q(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var character in value)
        {
            switch (character)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    if (character < ' ' || (character >= '\u007F' && character <= '\u009F') || character is '\u2028' or '\u2029' or '\uFEFF')
                    {
                        builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(character);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static IEnumerable<(string Kind, int Weight, string[] Names)> HostileNames()
    {
        var keywords = SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds()).Select(SyntaxFacts.GetText).Where(text => text.Length > 0);
        string[] Members(params Type[] types) => types
            .SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static))
            .Select(member => member.Name)
            .Where(SyntaxFacts.IsValidIdentifier)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var reserved = ReservedNames.Catalog.Names.Concat(ReservedNames.TrackClass.Names);
        var generated = new[]
        {
            "CareerLadders", "LadderExtensions", "LadderAssessment", "TrackId", "CompetencyId", "SectionId", "BackendTrack", "BackendLevel",
            "TechnologyStep", "OtherTrack", "s_rank1", "s_rankMinus1", "s_assess0", "_track0", "track0", "c0", "table", "row", "best", "distance",
            "s_levelOrder", "s_competencies", "s_sectionIds", "s_tracks", "s_noLevels", "SectionKey", "CodeHash", "AtRank", "Assess",
            "s_levels", "s_trackKeys", "s_instance", "index", "key",
            "AssessClosest", "FrameworkName", "GetTrack", "TrackAt", "GetCompetency", "TryGetTrack", "TryGetLevel", "Item", "Expectation", "ToTrack",
        };

        // Names the generated code already gives a member: level properties and TrackId, CompetencyId, SectionId and level
        // enum members of the default ladder, as former codes and ids may take them.
        var current = new[]
        {
            "Backend", "Other", "BE1", "BE2", "BE3", "XY1", "XY3", "Technology", "Influence", "Notes", "Adopts", "Company", "BackendLevel", "OtherLevel",
            "TechnologyStep", "get_BE2", "set_BE3", "get_XY3", "get_Backend", "s_text", "s_table", "s_formerTrackIds", "s_formerTrackTargets", "HasFormerCodes",
            "ResolveLevel", "FormerIds", "old-backend", "tech",
        };
        var accessors = new[] { "get_Item", "set_Item", "get_BE1", "get_Levels", "get_Tracks", "get_XY1", "set_BE1", "op_Equality", "op_Implicit" };
        var numbers = new[] { "2", "007", "-1", "1e3", "0x1F", "\u0663", "_2", "_Invalid2" };
        var unicode = new[] { "한국어", "단계", "é", "\u01C5ungla", "a\u0301", "\u200Bzw", "\u202Eevil", "🚀", "x\u2028y", "\u216B", "Ünïcödé", "ǅ" };
        var sizes = new[] { new string('a', CSharpIdentifier.MaxLength), new string('a', CSharpIdentifier.MaxLength + 1), new string('ä', 200), new string('b', 301), new string('한', 400), new string('c', 1101) };
        var broken = new[] { "BE1\n", "BE\n", "backend\n", "x\r\n", "y\u2028", "\tTab", "", " ", "!!!", "_", "__arglist", "@class", "a-b", "A B", "ab-c", "abc", "AbC", "// comment", "*/", "</summary>", "\"quoted\"" };
        return new[]
        {
            ("keywords", 1, keywords.ToArray()), ("object and Track members", 2, Members(typeof(object), typeof(CareerLadder.Track))),
            ("runtime members", 1, Members(typeof(Enum), typeof(ValueType), typeof(CareerLadder.Level), typeof(CareerLadder.Competency))),
            ("reserved", 1, reserved.ToArray()), ("generated", 3, generated), ("current", 2, current), ("accessors", 2, accessors),
            ("numbers", 1, numbers), ("unicode", 1, unicode), ("sizes", 1, sizes), ("broken", 1, broken),
        };
    }

    /// <summary>Builds the default ladder once for each name in each position (every other name at its default).</summary>
    private static void CheckEveryPlacement(GeneratedBuild build, IReadOnlyList<string> names, IReadOnlyList<int> positions)
    {
        foreach (var name in names)
        {
            foreach (var position in positions)
            {
                var ladder = (string[])Defaults.Clone();
                ladder[position] = Shape(position, name, dice: 0);
                var files = Ladder(ladder);
                build.Check(files, string.Join("\n", files.Select(file => file.Path + ":\n" + file.Text)));
            }
        }
    }
}
