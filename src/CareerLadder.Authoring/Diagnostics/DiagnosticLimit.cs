using System;
using System.Collections.Generic;
using System.Globalization;

namespace CareerLadder.Authoring.Diagnostics;

/// <summary>
/// Bounds how many diagnostics of one rule are reported: past the limit, one summary (CL0088) says how many more there
/// are and what probably causes so many. Tens of thousands of the same diagnostic (a baseline of other ladders) help
/// nobody and make a build or an editor crawl; the first ones show the pattern.
/// </summary>
public static class DiagnosticLimit
{
    /// <summary>The MSBuild property that changes the limit; <c>0</c> reports every diagnostic.</summary>
    public const string Property = "CareerLadderMaxDiagnosticsPerRule";

    /// <summary>The default limit: 100 diagnostics per rule.</summary>
    public const int Default = 100;

    /// <summary>Reads the limit from a property value: a number from 0 (no limit) up; the default when missing or invalid.</summary>
    /// <param name="value">The value of <see cref="Property"/>, if set.</param>
    public static int From(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var limit) ? limit : Default;

    /// <summary>
    /// Returns <paramref name="diagnostics"/> with at most <paramref name="perRule"/> of each rule, in their order; in
    /// place of the first one left out of a rule, a summary of how many of that rule are left out. The same list when no
    /// rule has more than the limit, or when <paramref name="perRule"/> is 0.
    /// </summary>
    /// <param name="diagnostics">The diagnostics, in the order they are reported.</param>
    /// <param name="perRule">The most diagnostics of one rule to keep; 0 keeps all.</param>
    /// <param name="setting">How the user raises the limit, for the summary; the MSBuild property when null.</param>
    public static IReadOnlyList<LadderDiagnostic> Apply(IReadOnlyList<LadderDiagnostic> diagnostics, int perRule, string? setting = null)
    {
        if (perRule <= 0 || diagnostics.Count <= perRule)
        {
            return diagnostics;
        }

        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        var flooded = false;
        foreach (var diagnostic in diagnostics)
        {
            totals.TryGetValue(diagnostic.RuleId, out var total);
            totals[diagnostic.RuleId] = ++total;
            flooded |= total > perRule;
        }

        if (!flooded)
        {
            return diagnostics;
        }

        var kept = new List<LadderDiagnostic>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            seen.TryGetValue(diagnostic.RuleId, out var count);
            seen[diagnostic.RuleId] = ++count;
            if (count <= perRule)
            {
                kept.Add(diagnostic);
            }
            else if (count == perRule + 1)
            {
                kept.Add(Summary(diagnostic, totals[diagnostic.RuleId] - perRule, perRule, setting ?? "the MSBuild property " + Property));
            }
        }

        return kept;
    }

    private static LadderDiagnostic Summary(LadderDiagnostic firstLeftOut, int leftOut, int perRule, string setting)
    {
        var rule = firstLeftOut.Rule;
        return LadderDiagnostic.Create(
            LadderRules.TooManyDiagnostics,
            firstLeftOut.Location.FilePath,
            firstLeftOut.Location.Span,
            leftOut.ToString("N0", CultureInfo.InvariantCulture),
            rule.Id,
            perRule.ToString("N0", CultureInfo.InvariantCulture),
            LikelyCause(rule),
            setting);
    }

    /// <summary>What usually makes one rule fire that often.</summary>
    private static string LikelyCause(LadderRule rule) => rule.Category == LadderRules.CompatibilityCategory
        ? "So many differences from the baseline usually mean a baseline of other ladders (another repository's or another folder's ladders.shipped.txt): check which baseline the project uses, or write this one with 'careerladder baseline'"
        : "So many of one mistake usually share one cause: fix the first ones, and the rest often go with them";
}
