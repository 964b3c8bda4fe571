using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// The layers of CareerLadder.Authoring depend in one direction: Naming (identifiers, reserved names, scopes, the names
/// of the generated types) is used by both Validation and Emitting, which use nothing of each other, so a change to how
/// code is written never reaches how ladders are checked, and the other way round. Read from the sources: a file may
/// neither import nor qualify a forbidden layer's namespace, nor name one of its types.
/// </summary>
public sealed class AuthoringLayerTests
{
    /// <summary>For each checked layer (a folder and namespace of CareerLadder.Authoring), the layers it must not use.</summary>
    public static TheoryData<string, string[]> Layers => new()
    {
        { "Naming", new[] { "Parsing", "Yaml", "Validation", "Evolution", "Emitting" } },
        { "Validation", new[] { "Emitting" } },
        { "Emitting", new[] { "Parsing", "Yaml", "Validation" } },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_layer_uses_nothing_of_the_layers_it_must_not_depend_on(string layer, string[] forbidden)
    {
        var uses = new List<string>();
        foreach (var (path, root) in Sources(layer))
        {
            var namespaces = root.DescendantNodes().OfType<UsingDirectiveSyntax>().Select(directive => directive.Name!.ToString())
                .Concat(root.DescendantNodes().OfType<QualifiedNameSyntax>().Where(name => name.Parent is not QualifiedNameSyntax).Select(name => name.ToString()))
                .Concat(root.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Where(access => access.Expression is IdentifierNameSyntax).Select(access => access.ToString()));
            var typeNames = root.DescendantNodes().OfType<IdentifierNameSyntax>().Where(IsLeftmost).Select(name => name.Identifier.ValueText).ToHashSet(StringComparer.Ordinal);
            foreach (var other in forbidden)
            {
                uses.AddRange(namespaces
                    .Where(name => name.Contains("Authoring." + other, StringComparison.Ordinal) || name.StartsWith(other + ".", StringComparison.Ordinal))
                    .Select(name => path + ": " + name));
                uses.AddRange(TypesDeclaredIn(other).Where(typeNames.Contains).Select(type => path + ": " + other + "." + type));
            }
        }

        Assert.True(uses.Count == 0, layer + " uses what it must not:\n" + string.Join("\n", uses.Distinct()));
    }

    [Fact]
    public void The_checked_layers_exist_and_declare_types()
    {
        foreach (var layer in new[] { "Naming", "Validation", "Emitting", "Parsing", "Yaml", "Evolution" })
        {
            Assert.NotEmpty(TypesDeclaredIn(layer));
        }
    }

    /// <summary>An identifier that starts a name (a type, a local), not one after a dot (a member).</summary>
    private static bool IsLeftmost(IdentifierNameSyntax name) => name.Parent switch
    {
        MemberAccessExpressionSyntax access => access.Expression == name,
        QualifiedNameSyntax qualified => qualified.Left == name,
        _ => true,
    };

    private static IEnumerable<string> TypesDeclaredIn(string layer) =>
        Sources(layer).SelectMany(source => source.Root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Select(type => type.Identifier.ValueText)
            .Concat(source.Root.DescendantNodes().OfType<DelegateDeclarationSyntax>().Select(type => type.Identifier.ValueText)))
            .Distinct(StringComparer.Ordinal);

    private static IEnumerable<(string Path, SyntaxNode Root)> Sources(string layer) =>
        Directory.EnumerateFiles(CareerLadder.TestSupport.RepositoryRoot.Combine("src", "CareerLadder.Authoring", layer), "*.cs", SearchOption.AllDirectories)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot()));
}
