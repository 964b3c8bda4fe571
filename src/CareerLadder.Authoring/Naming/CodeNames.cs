using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Naming;

/// <summary>
/// The names of the generated types and of the members generated code relies on, in one place so that validation
/// (which reserves them and reports a ladder name that would clash) and the emitters (which write them) agree.
/// </summary>
internal static class CodeNames
{
    public const string Catalog = "CareerLadders";

    /// <summary>The name of the generated <c>LadderCatalog</c> subclass and of its file; no ladder name can give it (generated type names end in Track, Level or Step).</summary>
    public const string CatalogRegistration = "CareerLaddersCatalog";

    public const string Extensions = "LadderExtensions";
    public const string TrackIdEnum = "TrackId";
    public const string CompetencyIdEnum = "CompetencyId";
    public const string SectionIdEnum = "SectionId";
    public const string Assessment = "LadderAssessment";
    public const string AssessedSteps = "AssessedSteps";

    /// <summary>The static field of each track class that holds its one instance, built on the track's first use.</summary>
    public const string TrackInstance = "s_instance";

    /// <summary>The suffix of a track's class: <c>BackendEngineerTrack</c>.</summary>
    public const string TrackSuffix = "Track";

    /// <summary>The suffix of a track's level enum: <c>BackendEngineerLevel</c>.</summary>
    public const string LevelSuffix = "Level";

    /// <summary>The suffix of a competency's step enum: <c>TechnologyStep</c>.</summary>
    public const string StepSuffix = "Step";

    public static string TrackClass(string? trackIdentifier) => trackIdentifier + TrackSuffix;

    public static string TrackClass(CodeTrack track) => TrackClass(track.Identifier);

    public static string LevelEnum(CodeTrack track) => track.Identifier + LevelSuffix;

    public static string StepEnum(CodeCompetency competency) => competency.Identifier + StepSuffix;
}
