using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Cli.Rendering;

/// <summary>One axis of a level's radar chart.</summary>
/// <param name="Competency">The competency's display name.</param>
/// <param name="Step">The step the level expects, or null when it has no expectation for the competency.</param>
/// <param name="Value">The 1-based step value, 0 when there is no expectation.</param>
/// <param name="Max">The number of steps of the competency.</param>
public sealed record RadarAxis(string Competency, string? Step, int Value, int Max)
{
    /// <summary>The axes of a level, one per competency of the framework in framework order.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="level">The level.</param>
    public static IReadOnlyList<RadarAxis> For(CodeFramework framework, CodeLevel level) =>
        framework.Competencies
            .Select((competency, index) =>
            {
                var expectation = level.Expectations.FirstOrDefault(candidate => candidate.CompetencyIndex == index);
                var step = expectation is null ? null : competency.Steps[expectation.StepValue - 1].Name;
                return new RadarAxis(competency.Name, step, expectation?.StepValue ?? 0, competency.Steps.Count);
            })
            .ToList();
}
