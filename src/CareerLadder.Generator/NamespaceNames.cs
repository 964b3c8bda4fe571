using System;
using Microsoft.CodeAnalysis.CSharp;

namespace CareerLadder.Generator;

/// <summary>Chooses the namespace of the generated types and explains why a configured one cannot be used.</summary>
internal static class NamespaceNames
{
    /// <summary>The last part of the default namespace, <c>$(RootNamespace).Ladders</c>.</summary>
    public const string DefaultSuffix = "Ladders";

    /// <summary>
    /// Returns the namespace to generate into and, when the configured or derived one is not valid C#, the problem
    /// (the argument of CL0019). A root namespace that already ends in <c>.Ladders</c> is used as it is.
    /// </summary>
    public static (string Namespace, string? Problem) Choose(string? configured, string? rootNamespace, string? assemblyName)
    {
        var root = rootNamespace ?? assemblyName;
        var rootProblem = root is null ? null : Problem(root);
        var fallback = root is null || rootProblem is not null ? DefaultSuffix : WithSuffix(root);
        if (configured is not null)
        {
            return Problem(configured) is { } problem
                ? (fallback, Describe(configured, "CareerLadderNamespace", problem))
                : (configured, null);
        }

        return rootProblem is null
            ? (fallback, null)
            : (fallback, Describe(root!, rootNamespace is null ? "the assembly name" : "RootNamespace", rootProblem));
    }

    /// <summary>Why <paramref name="text"/> cannot be a C# namespace name, or null when it can.</summary>
    public static string? Problem(string text)
    {
        foreach (var part in text.Split('.'))
        {
            if (part.Length == 0)
            {
                return "it has an empty part";
            }

            if (SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None || part == "global")
            {
                return "'" + part + "' is a C# keyword";
            }

            if (!SyntaxFacts.IsValidIdentifier(part))
            {
                return "'" + part + "' is not a C# identifier";
            }
        }

        return null;
    }

    private static string WithSuffix(string root) =>
        root == DefaultSuffix || root.EndsWith("." + DefaultSuffix, StringComparison.Ordinal) ? root : root + "." + DefaultSuffix;

    private static string Describe(string value, string source, string problem) =>
        "'" + value + "' (from " + source + ") is not a valid C# namespace: " + problem;
}
