using System;
using System.Linq;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Evolution;

/// <summary>Takes the baseline (the stored identities) of validated ladders.</summary>
public static class BaselineBuilder
{
    /// <summary>The baseline of <paramref name="ladders"/>.</summary>
    /// <param name="ladders">The validated ladders.</param>
    public static LadderBaseline From(ValidatedLadders ladders) => new(
        ladders.Tracks
            .OrderBy(track => track.Id, StringComparer.Ordinal)
            .Select(track => new BaselineTrack(track.Id, track.Levels.Select(level => new BaselineLevel(level.Code, level.Rank)).ToEquatableArray()))
            .ToEquatableArray(),
        ladders.Framework.Competencies
            .OrderBy(competency => competency.Id, StringComparer.Ordinal)
            .Select(competency => new BaselineCompetency(competency.Id, competency.Steps.Select(step => step.Name).ToEquatableArray()))
            .ToEquatableArray(),
        ladders.Framework.Sections.Select(section => section.Id).OrderBy(id => id, StringComparer.Ordinal).ToEquatableArray());
}
