using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CareerLadder.Generator;

/// <summary>
/// Whether and how this project gets generated code, decided once from the MSBuild options, the C# language version
/// and the types the compilation can see. Equatable, so a C# edit that changes none of this re-emits nothing.
/// </summary>
/// <param name="Emit">The options to emit with, or null when nothing is generated.</param>
/// <param name="Problems">Project-level diagnostics: rule id and message argument.</param>
internal sealed record EmitSetup(EmitOptions? Emit, EquatableArray<ProjectProblem> Problems)
{
    /// <summary>The oldest language version the generated code compiles with (nullable annotations only from C# 8.0 on).</summary>
    public const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp7_3;

    public static EmitSetup Decide(bool hasLadderFiles, GeneratorOptions options, LanguageVersion languageVersion, Compilation compilation)
    {
        if (options.Mode == GenerationMode.Disabled)
        {
            return Nothing();
        }

        if (!hasLadderFiles)
        {
            // A project that has CareerLadder only through a ladder library uses the library's types: no code, no warning.
            return options.Mode == GenerationMode.Direct
                ? Nothing(new ProjectProblem(LadderRules.NoLadderFiles.Id, string.Join(", ", options.LadderFiles), FolderHint(options)))
                : Nothing();
        }

        // Only a namespace that is not an identifier falls back to the default (and is reported); every other problem
        // stops generation, because the generated code could not compile.
        var problems = new List<ProjectProblem>();
        var blocking = new List<ProjectProblem>();
        if (options.NamespaceProblem is { } namespaceProblem)
        {
            problems.Add(new ProjectProblem(LadderRules.InvalidNamespace.Id, namespaceProblem));
        }

        if (options.AccessibilityProblem is { } accessibility)
        {
            blocking.Add(new ProjectProblem(LadderRules.UnsupportedProjectSetting.Id,
                "'" + accessibility + "' is not a valid CareerLadderAccessibility: use 'public' (the default) or 'internal'"));
        }

        if (languageVersion < MinimumLanguageVersion)
        {
            blocking.Add(new ProjectProblem(LadderRules.UnsupportedProjectSetting.Id,
                "The generated ladder code needs C# " + MinimumLanguageVersion.ToDisplayString() + " or later, but this project compiles with C# "
                + languageVersion.ToDisplayString() + "; set <LangVersion>" + MinimumLanguageVersion.ToDisplayString() + "</LangVersion> or later"));
        }

        if (TypeNamedLike(compilation, options.Namespace) is { } type)
        {
            blocking.Add(new ProjectProblem(LadderRules.InvalidNamespace.Id,
                "'" + options.Namespace + "' is not a valid C# namespace here: '" + type + "' is a type, so it cannot also be a namespace"));
        }

        if (ReferencedCatalog(compilation, options.Namespace) is { } assembly)
        {
            blocking.Add(new ProjectProblem(LadderRules.NamespaceTaken.Id, options.Namespace, assembly));
        }

        var emit = blocking.Count > 0 ? null : new EmitOptions(options.Namespace, options.Accessibility, NullableAnnotations: languageVersion >= LanguageVersion.CSharp8);
        return new EmitSetup(emit, problems.Concat(blocking).ToEquatableArray());
    }

    private static EmitSetup Nothing(params ProjectProblem[] problems) => new(null, problems.ToEquatableArray());

    private static string FolderHint(GeneratorOptions options)
    {
        var candidates = options.FolderCandidates.Distinct(StringComparer.Ordinal).OrderBy(name => name, StringComparer.Ordinal).ToList();
        var usesDefaultFolder = options.LadderFiles.Any(glob => glob.StartsWith(GeneratorOptions.DefaultFolder + "/", StringComparison.Ordinal));
        if (!usesDefaultFolder)
        {
            return string.Empty;
        }

        var otherCase = candidates.FirstOrDefault(name => name != GeneratorOptions.DefaultFolder);
        if (otherCase is not null && !candidates.Contains(GeneratorOptions.DefaultFolder))
        {
            return " (there is a folder '" + otherCase + "': folder names are case-sensitive here, so rename it to '" + GeneratorOptions.DefaultFolder
                + "' or set CareerLadderFiles to '" + otherCase + "/**/*.yaml')";
        }

        return candidates.Contains(GeneratorOptions.DefaultFolder)
            ? " (the folder '" + GeneratorOptions.DefaultFolder + "' has no .yaml or .yml file whose first key is " + string.Join(", ", CareerLadder.Authoring.Parsing.LadderKeys.Kinds.Select(key => "'" + key + ":'")) + ")"
            : string.Empty;
    }

    /// <summary>The first prefix of <paramref name="namespaceName"/> that names a type, which C# forbids as a namespace.</summary>
    private static string? TypeNamedLike(Compilation compilation, string namespaceName)
    {
        var end = 0;
        while (end < namespaceName.Length)
        {
            var dot = namespaceName.IndexOf('.', end);
            end = dot < 0 ? namespaceName.Length : dot;
            var prefix = namespaceName.Substring(0, end);
            if (!compilation.GetTypesByMetadataName(prefix).IsEmpty)
            {
                return prefix;
            }

            end++;
        }

        return null;
    }

    /// <summary>The referenced assembly whose generated catalog this project can see in <paramref name="namespaceName"/>.</summary>
    private static string? ReferencedCatalog(Compilation compilation, string namespaceName) =>
        compilation.GetTypesByMetadataName(namespaceName + "." + LadderEmitter.CatalogClass)
            .Where(type => !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
            .Where(type => compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
            .Select(type => type.ContainingAssembly.Name)
            .OrderBy(name => name, StringComparer.Ordinal)
            .FirstOrDefault();
}

/// <summary>A project-level diagnostic decided by <see cref="EmitSetup"/>: the rule and its message arguments.</summary>
internal sealed record ProjectProblem(string RuleId, EquatableArray<string> Arguments)
{
    public ProjectProblem(string ruleId, params string[] arguments)
        : this(ruleId, arguments.ToEquatableArray())
    {
    }
}
