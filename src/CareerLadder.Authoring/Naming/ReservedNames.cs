using System;
using System.Collections.Generic;
using System.Linq;

namespace CareerLadder.Authoring.Naming;

/// <summary>
/// The one list of member names the generated code and the runtime types already define, per scope a ladder name can
/// land in. A name derived from the ladder that is reserved in its scope is reported (CL0017) instead of emitted.
/// <c>ReservedNamesTests</c> derives these names by reflection over the runtime types and over a compiled generated
/// catalog, and fails when a member is missing here.
/// </summary>
public static class ReservedNames
{
    /// <summary>Members every class and struct inherits from <c>object</c> (hiding them is CS0108).</summary>
    private static readonly string[] ObjectMembers =
    {
        "Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString",
    };

    /// <summary>
    /// Track identifiers become properties of <c>CareerLadders</c> and of <c>LadderAssessment</c> and members of the
    /// <c>TrackId</c> enum, so they must avoid every member of those types and the type names themselves (CS0542).
    /// </summary>
    public static ReservedScope Catalog { get; } = new(
        "the CareerLadders catalog",
        ObjectMembers.Concat(new[]
        {
            // The types whose members the track identifiers become (a member cannot have its type's name).
            CodeNames.Catalog, CodeNames.Assessment,

            // CareerLadders.
            "s_competencies", "s_levels", "s_trackKeys", "s_formerTrackIds", "s_formerTrackTargets", "FrameworkName", "Competencies", "Ranks",
            "Seniorities", "Tracks", "AtRank", "ResolveLevel", "HasFormerCodes", "GetCompetency", "CompetencyIndex", "GetCompetencyId", "GetTrack", "TrackIndex", "GetTrackId", "TrackAt",
            "s_trackNumbers", "s_competencyNumbers",
            "TryGetTrack", "TryGetLevel", "Assess", "AssessedStep", "AssessClosest", "AssessTables", "SectionKey",

            // LadderAssessment: its indexer.
            "Item",

            // Enum members.
            "value__",
        }),
        numberedPrefixes: new[] { "s_assess", "_track" });

    /// <summary>
    /// Level identifiers become properties of the track's class (derived from <c>CareerLadder.Track</c>) and members of
    /// the track's level enum. The class's own name is added per track.
    /// </summary>
    public static ReservedScope TrackClass { get; } = new(
        "the class of the track",
        ObjectMembers.Concat(new[]
        {
            // CareerLadder.Track: public and protected members.
            "Id", "Name", "Abbreviation", "Summary", "Cultures", "FormerIds", "Links", "Levels", "FirstLevel", "LastLevel",
            "TryGetLevel", "InitializeLevels", "Parse", "TryParse",

            // The generated track class: its indexer, level order and the instance its first use builds.
            "Item", "s_levelOrder", CodeNames.TrackInstance, "s_text", "s_table",

            // Enum members.
            "value__",
        }),
        numberedPrefixes: Array.Empty<string>());

    /// <summary>
    /// Competency identifiers become members of the <c>CompetencyId</c> enum and properties of the <c>AssessedSteps</c>
    /// struct, so they must avoid the members every struct inherits and the struct's own name (CS0542).
    /// </summary>
    public static ReservedScope Competency { get; } = new(
        "the CompetencyId enum and the AssessedSteps struct",
        ObjectMembers.Concat(new[] { CodeNames.AssessedSteps, "value__" }),
        numberedPrefixes: Array.Empty<string>());

    /// <summary>
    /// Step and section identifiers become enum members. An enum constant may share the name of an inherited
    /// member of <c>System.Enum</c> without any diagnostic, so only the runtime's own <c>value__</c> field is reserved.
    /// </summary>
    public static ReservedScope Enum { get; } = new("the enum", new[] { "value__" }, numberedPrefixes: Array.Empty<string>());
}

/// <summary>The reserved member names of one scope, accessor names included.</summary>
public sealed class ReservedScope
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly string[] _numberedPrefixes;

    internal ReservedScope(string description, IEnumerable<string> members, string[] numberedPrefixes)
    {
        Description = description;
        foreach (var member in members)
        {
            _names.Add(member);
            foreach (var accessor in CSharpIdentifier.AccessorNames(member))
            {
                _names.Add(accessor);
            }
        }

        _numberedPrefixes = numberedPrefixes;
    }

    /// <summary>What the scope is, for messages: <c>the CareerLadders catalog</c>.</summary>
    public string Description { get; }

    /// <summary>The reserved names, accessor names included; numbered families (<c>s_rank12</c>) are not listed.</summary>
    public IReadOnlyCollection<string> Names => _names;

    /// <summary>True when <paramref name="identifier"/> (without a leading <c>@</c>) is taken by a generated or runtime member.</summary>
    /// <param name="identifier">A C# identifier.</param>
    public bool IsReserved(string identifier) =>
        _names.Contains(identifier) || _numberedPrefixes.Any(prefix => IsNumbered(identifier, prefix));

    private static bool IsNumbered(string identifier, string prefix) =>
        identifier.Length > prefix.Length
        && identifier.StartsWith(prefix, StringComparison.Ordinal)
        && identifier.Skip(prefix.Length).All(character => character >= '0' && character <= '9');
}
