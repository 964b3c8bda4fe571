using System;
using System.Collections.Generic;
using CareerLadder.Authoring;
using CareerLadder.Authoring.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CareerLadder.Generator;

/// <summary>A severity configured for one rule in one ladder file (<c>dotnet_diagnostic.CL0024.severity = error</c>).</summary>
/// <param name="Path">The ladder file.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Value">The configured value: error, warning, suggestion, silent, none or default.</param>
internal sealed record RuleSeverity(string Path, string RuleId, string Value);

/// <summary>
/// Severities configured per ladder file through <c>.editorconfig</c>. The compiler applies project-wide settings
/// (<c>NoWarn</c>, <c>WarningsAsErrors</c>, <c>dotnet_diagnostic.*</c> in a <c>.globalconfig</c>) itself. It consumes
/// <c>dotnet_diagnostic.*</c> keys of <c>.editorconfig</c> sections for C# files only and never passes them to
/// generators, so per-file YAML severities use the key <c>careerladder_diagnostic.CLxxxx.severity</c>, which reaches the
/// generator through <see cref="AnalyzerConfigOptionsProvider.GetOptions(AdditionalText)"/> and is applied here.
/// </summary>
internal static class SeverityOverrides
{
    /// <summary>The per-file key prefix, as in <c>careerladder_diagnostic.CL0024.severity = error</c>.</summary>
    public const string KeyPrefix = "careerladder_diagnostic.";

    public static EquatableArray<RuleSeverity> Read(string path, AnalyzerConfigOptions options)
    {
        var result = new List<RuleSeverity>();
        foreach (var rule in LadderRules.All)
        {
            if (options.TryGetValue(KeyPrefix + rule.Id + ".severity", out var value) && !string.IsNullOrWhiteSpace(value))
            {
                result.Add(new RuleSeverity(path, rule.Id, value.Trim().ToLowerInvariant()));
            }
        }

        return result.ToEquatableArray();
    }

    /// <summary>Applies the configured severity; returns null when the rule is turned off for that file.</summary>
    public static Diagnostic? Apply(Diagnostic diagnostic, LadderDiagnostic data, EquatableArray<RuleSeverity> overrides)
    {
        foreach (var entry in overrides)
        {
            if (entry.RuleId != data.RuleId || !string.Equals(entry.Path, data.Location.FilePath, StringComparison.Ordinal))
            {
                continue;
            }

            DiagnosticSeverity? severity = entry.Value switch
            {
                "error" => DiagnosticSeverity.Error,
                "warning" => DiagnosticSeverity.Warning,
                "suggestion" or "info" => DiagnosticSeverity.Info,
                "silent" or "hidden" => DiagnosticSeverity.Hidden,
                _ => null,
            };
            if (entry.Value is "none" or "suppress")
            {
                return null;
            }

            if (severity is { } effective)
            {
                return Diagnostic.Create(diagnostic.Descriptor, diagnostic.Location, effective, diagnostic.AdditionalLocations, null, data.Arguments.ToObjectArray());
            }
        }

        return diagnostic;
    }

    private static object[] ToObjectArray(this EquatableArray<string> arguments)
    {
        var result = new object[arguments.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = arguments[i];
        }

        return result;
    }
}
