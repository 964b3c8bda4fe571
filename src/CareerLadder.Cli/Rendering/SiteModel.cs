using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Cli.Rendering;

/// <summary>What every page renderer needs: the framework, all tracks (for links between them) and the culture.</summary>
/// <param name="Framework">The framework.</param>
/// <param name="Tracks">Every track, ordered by id.</param>
/// <param name="Text">Picks the culture of the texts.</param>
public sealed record SiteModel(CodeFramework Framework, IReadOnlyList<CodeTrack> Tracks, TextSelector Text)
{
    /// <summary>The track and level with the given code, or null.</summary>
    /// <param name="code">A level code.</param>
    public (CodeTrack Track, CodeLevel Level)? FindLevel(string code)
    {
        foreach (var track in Tracks)
        {
            var level = track.Levels.FirstOrDefault(candidate => string.Equals(candidate.Code, code, StringComparison.OrdinalIgnoreCase));
            if (level is not null)
            {
                return (track, level);
            }
        }

        return null;
    }

    /// <summary>The name of a competency for an expectation.</summary>
    /// <param name="expectation">The expectation.</param>
    public string CompetencyName(CodeExpectation expectation) => Framework.Competencies[expectation.CompetencyIndex].Name;

    /// <summary>The step name of an expectation.</summary>
    /// <param name="expectation">The expectation.</param>
    public string StepName(CodeExpectation expectation) => Framework.Competencies[expectation.CompetencyIndex].Steps[expectation.StepValue - 1].Name;

    /// <summary>The definition of a section value's section.</summary>
    /// <param name="section">The section value.</param>
    public CodeSection Section(CodeSectionValue section) => Framework.Sections[section.SectionIndex];

    /// <summary>Whether the level gets a radar chart: the framework has competencies and the level expects at least one.</summary>
    /// <param name="level">The level.</param>
    public bool HasChart(CodeLevel level) => Framework.Competencies.Count > 0 && level.Expectations.Count > 0;
}
