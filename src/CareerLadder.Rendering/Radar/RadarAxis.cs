using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CareerLadder.Rendering.Radar;

/// <summary>One axis of a level's radar chart: a competency and the step the level expects on it.</summary>
/// <param name="CompetencyId">The competency's id (written as <c>data-competency</c>).</param>
/// <param name="Competency">The competency's display name.</param>
/// <param name="Step">The step's display name, or null when the level expects no step of this competency.</param>
/// <param name="Value">The 1-based step value, 0 when there is no expectation.</param>
/// <param name="Max">The number of steps of the competency.</param>
public sealed record RadarAxis(string CompetencyId, string Competency, string? Step, int Value, int Max)
{
    /// <summary>The axes of a runtime level: one per competency, in the order given (framework order).</summary>
    /// <param name="level">The level.</param>
    /// <param name="competencies">Every competency of the framework, for example the generated <c>CareerLadders.Competencies</c>.</param>
    /// <param name="culture">The culture of the names; null for the current UI culture.</param>
    public static IReadOnlyList<RadarAxis> Of(Level level, IReadOnlyList<Competency> competencies, CultureInfo? culture = null)
    {
        if (level is null)
        {
            throw new ArgumentNullException(nameof(level));
        }

        if (competencies is null)
        {
            throw new ArgumentNullException(nameof(competencies));
        }

        var names = culture ?? CultureInfo.CurrentUICulture;
        return competencies.Select(competency =>
        {
            var step = level.GetExpectation(competency)?.Step;
            return new RadarAxis(competency.Id, competency.Name.Get(names), step?.Name.Get(names), step?.Value ?? 0, competency.Steps.Count);
        }).ToArray();
    }

    /// <summary>Whether a chart of these axes shows anything: some axis has a step. A level without expectations gets no chart.</summary>
    /// <param name="axes">The axes.</param>
    public static bool AnyStep(IReadOnlyList<RadarAxis> axes) => axes is not null && axes.Any(axis => axis.Value > 0 && axis.Max > 0);

    /// <summary>How the step reads next to the competency: <c>Owns (3/5)</c>, or <c>not expected</c>.</summary>
    public string StepText => Step is null ? "not expected" : Step + " (" + Value.ToString(CultureInfo.InvariantCulture) + "/" + Max.ToString(CultureInfo.InvariantCulture) + ")";
}
