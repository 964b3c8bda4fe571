using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Emitting;

/// <summary>The names of the generated types, in one place so that the catalog and the track files agree.</summary>
internal static class CodeNames
{
    public const string Runtime = "global::CareerLadder.";
    /// <summary>The runtime types only generated code calls, out of the user's way (<c>EditorBrowsable(Never)</c>).</summary>
    public const string Metadata = "global::CareerLadder.Metadata.";
    public const string Catalog = "CareerLadders";
    public const string Extensions = "LadderExtensions";
    public const string TrackIdEnum = "TrackId";
    public const string CompetencyIdEnum = "CompetencyId";
    public const string SectionIdEnum = "SectionId";
    public const string Assessment = "LadderAssessment";
    public const string AssessedSteps = "AssessedSteps";
    /// <summary>The static field of each track class that holds its one instance, built on the track's first use.</summary>
    public const string TrackInstance = "s_instance";
    public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList<";
    public const string ReadOnlyCollection = "global::System.Collections.ObjectModel.ReadOnlyCollection<";
    public const string NotNullWhen = "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)]";

    public static string TrackClass(CodeTrack track) => track.Identifier + "Track";

    public static string LevelEnum(CodeTrack track) => track.Identifier + "Level";

    public static string StepEnum(CodeCompetency competency) => competency.Identifier + "Step";
}
