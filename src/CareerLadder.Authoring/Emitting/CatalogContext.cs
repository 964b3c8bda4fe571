using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Evolution;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Naming;

namespace CareerLadder.Authoring.Emitting;

/// <summary>
/// What every writer of the catalog file reads: the options, the framework, the tracks, the stable enum numbers and
/// the <c>global::</c> names of the generated types.
/// </summary>
internal sealed class CatalogContext
{
    public CatalogContext(EmitOptions options, CodeFramework framework, EquatableArray<CodeTrack> tracks, EquatableArray<BaselineNumber> pins)
    {
        Options = options;
        Framework = framework;
        Tracks = tracks;
        TrackNumbers = EnumNumbers.Assign(EnumNumbers.Track, tracks.Select(track => new NumberedItem(track.Id, track.FormerIds)).ToList(), pins);
        CompetencyNumbers = EnumNumbers.Assign(
            EnumNumbers.Competency, framework.Competencies.Select(competency => new NumberedItem(competency.Id, competency.FormerIds)).ToList(), pins);
        SectionNumbers = EnumNumbers.Assign(EnumNumbers.Section, framework.Sections.Select(section => new NumberedItem(section.Id, Array.Empty<string>())).ToList(), pins);
    }

    public EmitOptions Options { get; }

    public CodeFramework Framework { get; }

    public EquatableArray<CodeTrack> Tracks { get; }

    /// <summary>The stable number of each track's <c>TrackId</c> value, in track order.</summary>
    public IReadOnlyList<int> TrackNumbers { get; }

    /// <summary>The stable number of each competency's <c>CompetencyId</c> value, in framework order.</summary>
    public IReadOnlyList<int> CompetencyNumbers { get; }

    /// <summary>The stable number of each section's <c>SectionId</c> value, in framework order.</summary>
    public IReadOnlyList<int> SectionNumbers { get; }

    /// <summary>The accessibility keyword of every generated type.</summary>
    public string Access => Options.AccessibilityKeyword;

    public string CatalogType => Qualified(CodeNames.Catalog);

    public string TrackIdType => Qualified(CodeNames.TrackIdEnum);

    public string CompetencyIdType => Qualified(CodeNames.CompetencyIdEnum);

    public string SectionIdType => Qualified(CodeNames.SectionIdEnum);

    public string AssessmentType => Qualified(CodeNames.Assessment);

    public string AssessedStepsType => Qualified(CodeNames.AssessedSteps);

    /// <summary>The <c>global::</c> name of a generated type: generated code never depends on the consumer's usings.</summary>
    public string Qualified(string typeName) => "global::" + Options.Namespace + "." + typeName;
}
