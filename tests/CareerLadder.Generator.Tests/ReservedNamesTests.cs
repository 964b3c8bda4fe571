using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using CareerLadder.Authoring.Emitting;
using CareerLadder.Authoring.Naming;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// <see cref="ReservedNames"/> is the one list of names a ladder name must not become. These tests derive the names
/// from the real types, by reflection over the runtime library and by compiling a generated catalog and enumerating its
/// members, so that a member added to either can never be forgotten in the list again.
/// </summary>
public sealed class ReservedNamesTests
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy;

    private static readonly Lazy<Compilation> Generated = new(CompileCatalog);

    [Fact]
    public void Every_public_or_protected_member_of_the_runtime_Track_is_reserved_for_level_names()
    {
        var names = typeof(CareerLadder.Track).GetMembers(Everything)
            .Where(IsVisibleToDerivedClasses)
            .Select(member => member.Name)
            .Where(SyntaxFacts.IsValidIdentifier)
            .ToList();

        Assert.Contains("Cultures", names);
        Assert.Contains("ReferenceEquals", names);
        AssertReserved(ReservedNames.TrackClass, names, "CareerLadder.Track");
    }

    [Fact]
    public void Every_member_of_the_generated_catalog_and_assessment_is_reserved_for_track_names()
    {
        var compilation = Generated.Value;
        var trackIdentifiers = new[] { "Backend", "Data" };
        foreach (var typeName in new[] { "Consumer.Ladders.CareerLadders", "Consumer.Ladders.LadderAssessment", "Consumer.Ladders.TrackId" })
        {
            var type = compilation.GetTypeByMetadataName(typeName) ?? throw new InvalidOperationException(typeName + " was not generated.");
            var names = MemberNames(type).Where(name => !IsDerivedFrom(name, trackIdentifiers)).ToList();

            AssertReserved(ReservedNames.Catalog, names, typeName);
        }

        Assert.Contains("s_levels", MemberNames(compilation.GetTypeByMetadataName("Consumer.Ladders.CareerLadders")!));
        Assert.Contains("s_trackKeys", MemberNames(compilation.GetTypeByMetadataName("Consumer.Ladders.CareerLadders")!));
    }

    [Fact]
    public void Every_member_of_a_generated_track_class_and_level_enum_is_reserved_for_level_names()
    {
        var compilation = Generated.Value;
        var levelIdentifiers = Enumerable.Range(0, 10).Select(index => "BE" + index.ToString(CultureInfo.InvariantCulture)).ToArray();
        foreach (var typeName in new[] { "Consumer.Ladders.BackendTrack", "Consumer.Ladders.BackendLevel" })
        {
            var type = compilation.GetTypeByMetadataName(typeName) ?? throw new InvalidOperationException(typeName + " was not generated.");
            // The class's own name is reserved per track by the validator (case "level code BackendTrack" in NameHardeningTests).
            var names = MemberNames(type).Where(name => !IsDerivedFrom(name, levelIdentifiers) && name != "BackendTrack").ToList();

            AssertReserved(ReservedNames.TrackClass, names, typeName);
        }
    }

    [Fact]
    public void Every_member_of_a_generated_enum_other_than_its_constants_is_reserved_for_enum_names()
    {
        var compilation = Generated.Value;
        foreach (var typeName in new[] { "Consumer.Ladders.CompetencyId", "Consumer.Ladders.TechnologyStep", "Consumer.Ladders.SectionId" })
        {
            var type = compilation.GetTypeByMetadataName(typeName) ?? throw new InvalidOperationException(typeName + " was not generated.");
            var names = type.GetMembers().Where(member => member is not IFieldSymbol { IsConst: true }).Select(member => member.Name).Where(SyntaxFacts.IsValidIdentifier).ToList();

            AssertReserved(ReservedNames.Enum, names, typeName);
        }
    }

    [Fact]
    public void Enum_constants_may_take_the_name_of_any_inherited_member_so_only_value__is_reserved_for_enums()
    {
        var inherited = typeof(Enum).GetMembers(Everything)
            .Where(IsVisibleToDerivedClasses)
            .Select(member => member.Name)
            .Where(SyntaxFacts.IsValidIdentifier)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("HasFlag", inherited);

        var compilation = GeneratorHarness.CreateCompilation("public enum Probe { " + string.Join(", ", inherited) + " }");

        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        Assert.True(ReservedNames.Enum.IsReserved("value__"));
        Assert.DoesNotContain(inherited, ReservedNames.Enum.IsReserved);
    }

    private static void AssertReserved(ReservedScope scope, IEnumerable<string> names, string source)
    {
        var missing = names.Distinct(StringComparer.Ordinal).Where(name => !scope.IsReserved(name)).OrderBy(name => name, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"Add to ReservedNames ({scope.Description}) the members of {source}: " + string.Join(", ", missing));
    }

    /// <summary>
    /// The name of a class or struct (a member cannot have it, CS0542), its own members (any accessibility, accessor
    /// methods included) and the members it inherits and can see. An enum's inherited members are left out: a constant
    /// may take their names (see the last test).
    /// </summary>
    private static IEnumerable<string> MemberNames(INamedTypeSymbol type)
    {
        var own = type.GetMembers().Select(member => member.Name);
        var inherited = new List<string>();
        if (type.TypeKind != TypeKind.Enum)
        {
            inherited.Add(type.Name);
        }

        for (var baseType = type.TypeKind == TypeKind.Enum ? null : type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            inherited.AddRange(baseType.GetMembers()
                .Where(member => member.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal)
                .Select(member => member.Name));
        }

        return own.Concat(inherited).Where(SyntaxFacts.IsValidIdentifier);
    }

    private static bool IsDerivedFrom(string name, IEnumerable<string> ladderIdentifiers) =>
        ladderIdentifiers.Any(identifier => name == identifier || CSharpIdentifier.AccessorNames(identifier).Contains(name));

    private static bool IsVisibleToDerivedClasses(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily || nested.IsNestedFamORAssem,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(IsVisibleToDerivedClasses),
        EventInfo @event => @event.AddMethod is { } add && IsVisibleToDerivedClasses(add),
        _ => true,
    };

    /// <summary>
    /// Generates and compiles a catalog that has every optional member: two tracks, ten levels of one code length, a
    /// negative rank, competencies and sections.
    /// </summary>
    private static Compilation CompileCatalog()
    {
        var framework = TestLadders.FrameworkYaml.Replace("  3: {}\n", "  -1: {}\n  3: {}\n  4: {}\n  5: {}\n  6: {}\n  7: {}\n  8: {}\n  9: {}\n", StringComparison.Ordinal);
        var backend = new StringBuilder("track: backend\nname: Backend\nabbreviation: BE\nlevels:\n");
        for (var index = 0; index < 10; index++)
        {
            var rank = index == 0 ? -1 : index;
            backend.Append(CultureInfo.InvariantCulture, $"  - code: BE{index}\n    rank: {rank}\n    title: Backend {index}\n    expectations:\n      technology: Adopts\n    sections:\n      years: \"{index}\"\n");
        }

        var data = "track: data\nname: Data\nabbreviation: DA\nlevels:\n  - code: DA1\n    rank: 1\n    title: Data 1\n    expectations:\n      technology: Adopts\n";
        var outcome = GeneratorHarness.Run(new[] { (TestLadders.FrameworkPath, framework), ("/ladders/backend.yaml", backend.ToString()), ("/ladders/data.yaml", data) });
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Empty(outcome.CompilationDiagnostics);
        return outcome.Output;
    }
}
