using System;
using System.Collections.Generic;
using System.Linq;

namespace CareerLadder.Cli.Importing.Building;

/// <summary>Maps the bold step of a bullet to the competency that has that step.</summary>
internal static class StepResolver
{
    /// <summary>
    /// The competency id and the step's spelling in the framework, or null when no competency has the step. When several
    /// competencies have it, the first one the level has no expectation for yet wins.
    /// </summary>
    /// <param name="framework">The framework.</param>
    /// <param name="step">The step as written.</param>
    /// <param name="used">Competencies the level already has an expectation for.</param>
    public static (string Competency, string Step)? Resolve(ImportFramework framework, string step, ICollection<string> used)
    {
        var candidates = framework.Competencies
            .SelectMany(competency => competency.Steps.Select(candidate => (Competency: competency.Id.Value, Step: candidate.Name.Value)))
            .Where(candidate => string.Equals(candidate.Step, step, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (candidates.Count == 0)
        {
            candidates = framework.Competencies
                .SelectMany(competency => competency.Steps.Select(candidate => (Competency: competency.Id.Value, Step: candidate.Name.Value)))
                .Where(candidate => Naming.Compact(candidate.Step) == Naming.Compact(step))
                .ToList();
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var free = candidates.Where(candidate => !used.Contains(candidate.Competency)).ToList();
        return free.Count > 0 ? free[0] : candidates[0];
    }
}
