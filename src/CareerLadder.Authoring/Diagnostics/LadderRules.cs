using System;
using System.Collections.Generic;
using System.Linq;

namespace CareerLadder.Authoring.Diagnostics;

/// <summary>
/// The catalogue of every CareerLadder diagnostic. Ids are sequential and never reused. When adding a rule, update
/// together: this file, src/CareerLadder.Generator/AnalyzerReleases.Unshipped.md and src/CareerLadder.Generator/DIAGNOSTICS.md.
/// </summary>
public static class LadderRules
{
    /// <summary>Where the rules are documented; each rule's help link adds its id as an anchor.</summary>
    public const string HelpBase = "https://github.com/CareerLadder/CareerLadder/blob/main/src/CareerLadder.Generator/DIAGNOSTICS.md";

    private const string Syntax = "CareerLadder.Syntax";
    private const string Schema = "CareerLadder.Schema";
    private const string References = "CareerLadder.References";
    private const string Consistency = "CareerLadder.Consistency";
    private const string CodeGeneration = "CareerLadder.CodeGeneration";
    private const string Compatibility = "CareerLadder.Compatibility";

    /// <summary>The category of the rules that compare the ladders with the shipped baseline.</summary>
    public const string CompatibilityCategory = Compatibility;

    /// <summary>CL0001: the file is not well-formed YAML.</summary>
    public static readonly LadderRule InvalidYaml = new(
        "CL0001", "Malformed YAML", "The YAML is malformed: {0}", Syntax, LadderSeverity.Error);

    /// <summary>CL0002: a key that the format does not know.</summary>
    public static readonly LadderRule UnknownKey = new(
        "CL0002", "Unknown key", "Unknown key '{0}' in {1}.{2}", Schema, LadderSeverity.Error);

    /// <summary>CL0003: a required key is absent.</summary>
    public static readonly LadderRule MissingKey = new(
        "CL0003", "Missing required key", "{0} is missing the required key '{1}'; add '{1}: ...'", Schema, LadderSeverity.Error);

    /// <summary>CL0004: a value of the wrong shape or type.</summary>
    public static readonly LadderRule WrongType = new(
        "CL0004", "Wrong value type", "{0} must be {1}, but it is {2}", Schema, LadderSeverity.Error);

    /// <summary>CL0005: the same key twice in one mapping.</summary>
    public static readonly LadderRule DuplicateKey = new(
        "CL0005", "Duplicate key", "The key '{0}' appears twice in this mapping (first at line {1}); remove or rename one", Syntax, LadderSeverity.Error);

    /// <summary>CL0006: an id, code or name that does not follow its pattern.</summary>
    public static readonly LadderRule InvalidName = new(
        "CL0006", "Invalid name", "'{0}' is not a valid {1}: {2}", Schema, LadderSeverity.Error);

    /// <summary>CL0007: YAML features the format does not accept (tags, several documents, an alias without anchor, a merge key that names no mapping).</summary>
    public static readonly LadderRule UnsupportedYaml = new(
        "CL0007", "Unsupported YAML feature", "{0}", Syntax, LadderSeverity.Error);

    /// <summary>CL0008: a competency that the framework does not define.</summary>
    public static readonly LadderRule UnknownCompetency = new(
        "CL0008", "Unknown competency", "Unknown competency '{0}'.{1}", References, LadderSeverity.Error);

    /// <summary>CL0009: a step that the competency does not have.</summary>
    public static readonly LadderRule UnknownStep = new(
        "CL0009", "Unknown step", "'{0}' is not a step of competency '{1}'.{2}", References, LadderSeverity.Error);

    /// <summary>CL0010: a section that the framework does not define.</summary>
    public static readonly LadderRule UnknownSection = new(
        "CL0010", "Unknown section", "Unknown section '{0}'.{1}", References, LadderSeverity.Error);

    /// <summary>CL0011: a section value whose shape does not match the section's kind.</summary>
    public static readonly LadderRule SectionShape = new(
        "CL0011", "Section value does not match its kind", "Section '{0}' is of kind '{1}', so its value must be {2}", Schema, LadderSeverity.Error);

    /// <summary>CL0012: a seniority that the framework does not list.</summary>
    public static readonly LadderRule UnknownSeniority = new(
        "CL0012", "Unknown seniority", "Unknown seniority '{0}'.{1}", References, LadderSeverity.Error);

    /// <summary>CL0013: tracks exist but no framework file defines competencies and sections.</summary>
    public static readonly LadderRule MissingFramework = new(
        "CL0013", "No framework", "Track '{0}' needs a framework file (a YAML file starting with 'framework:') among the AdditionalFiles", References, LadderSeverity.Error);

    /// <summary>CL0014: two framework files in one compilation.</summary>
    public static readonly LadderRule DuplicateFramework = new(
        "CL0014", "Duplicate framework", "Only one framework file is allowed per project; '{0}' is already defined in {1}", Consistency, LadderSeverity.Error);

    /// <summary>CL0015: two tracks with the same id.</summary>
    public static readonly LadderRule DuplicateTrack = new(
        "CL0015", "Duplicate track id", "Track '{0}' is already defined in {1}; give this track another id", Consistency, LadderSeverity.Error);

    /// <summary>CL0016: two levels with the same code (codes are unique across tracks).</summary>
    public static readonly LadderRule DuplicateLevelCode = new(
        "CL0016", "Duplicate level code", "Level code '{0}' is already used by track '{1}'; level codes must be unique across all tracks", Consistency, LadderSeverity.Error);

    /// <summary>CL0017: two names that become the same C# identifier, or a name that clashes with generated members.</summary>
    public static readonly LadderRule IdentifierCollision = new(
        "CL0017", "C# name collision", "'{0}' becomes the C# name '{1}', which {2}; rename it", CodeGeneration, LadderSeverity.Error);

    /// <summary>CL0018: a rank missing from the company-wide rank table.</summary>
    public static readonly LadderRule UnknownRank = new(
        "CL0018", "Rank not in the rank table", "Rank {0} is not in the framework's rank table.{1}", References, LadderSeverity.Error);

    /// <summary>CL0019: the value of <c>CareerLadderNamespace</c> is not a C# namespace.</summary>
    public static readonly LadderRule InvalidNamespace = new(
        "CL0019", "Invalid namespace", "{0}; set the MSBuild property CareerLadderNamespace to a namespace such as 'Company.Ladders'", CodeGeneration, LadderSeverity.Error);

    /// <summary>CL0020: an unexpected failure, reported instead of crashing the build.</summary>
    public static readonly LadderRule InternalError = new(
        "CL0020", "Internal generator error", "CareerLadder could not process this file ({0}: {1}); please report this with the file attached", CodeGeneration, LadderSeverity.Error);


    /// <summary>CL0021: two levels of a track with the same rank.</summary>
    public static readonly LadderRule DuplicateRank = new(
        "CL0021", "Duplicate rank in a track", "Rank {0} is already used by level '{1}' of this track; each level of a track needs its own rank", Consistency, LadderSeverity.Error);

    /// <summary>CL0022: levels not listed from lowest to highest rank.</summary>
    public static readonly LadderRule RanksNotIncreasing = new(
        "CL0022", "Ranks not increasing", "Level '{0}' (rank {1}) is listed after level '{2}' (rank {3}); list the levels from lowest to highest rank", Consistency, LadderSeverity.Error);

    /// <summary>CL0023: consecutive levels skip ranks.</summary>
    public static readonly LadderRule RankGap = new(
        "CL0023", "Gap in ranks", "Ranks jump from {0} (level '{1}') to {2} (level '{3}'); this track has no level at rank {4}", Consistency, LadderSeverity.Info);

    /// <summary>CL0024: the number in a level code differs from its rank.</summary>
    public static readonly LadderRule CodeNumberMismatch = new(
        "CL0024", "Code number differs from rank", "Level code '{0}' carries the number {1} but its rank is {2}; make the code and the rank agree", Consistency, LadderSeverity.Warning);

    /// <summary>CL0025: a public title that differs from the rank table.</summary>
    public static readonly LadderRule PublicTitleMismatch = new(
        "CL0025", "Public title differs from the rank table", "Level '{0}' has public title '{1}', but rank {2} is '{3}' in the framework's rank table", Consistency, LadderSeverity.Error);

    /// <summary>CL0026: seniority decreasing while rank increases.</summary>
    public static readonly LadderRule SeniorityRegression = new(
        "CL0026", "Seniority goes down", "Level '{0}' has seniority '{1}', lower than '{2}' of the lower-ranked level '{3}'; seniority must not decrease as rank increases", Consistency, LadderSeverity.Error);

    /// <summary>CL0027: a level code that does not start with the track abbreviation.</summary>
    public static readonly LadderRule CodePrefixMismatch = new(
        "CL0027", "Code prefix differs from the track abbreviation", "{0} the abbreviation '{1}' of track '{2}'{3}", Consistency, LadderSeverity.Error);

    /// <summary>CL0028: a level title that names another track.</summary>
    public static readonly LadderRule TitleNamesOtherTrack = new(
        "CL0028", "Level title names another track", "Level title '{0}' names {1}, not this track '{2}'; was the level copied from another page?", Consistency, LadderSeverity.Error);

    /// <summary>CL0029: a chart or link that refers to another track or level.</summary>
    public static readonly LadderRule ReferenceNamesOther = new(
        "CL0029", "Reference names another track or level", "The {0} '{1}' of level '{2}' refers to {3}; point it at this level's own resource", Consistency, LadderSeverity.Warning);

    /// <summary>CL0030: a competency step that goes down from one level to the next.</summary>
    public static readonly LadderRule StepRegression = new(
        "CL0030", "Competency step goes backwards", "{0} goes down from '{1}' at level '{2}' to '{3}' at level '{4}'{5}; a higher level must not expect a lower step", Consistency, LadderSeverity.Error);

    /// <summary>CL0031: a level without a competency its neighbours both expect.</summary>
    public static readonly LadderRule MissingCompetency = new(
        "CL0031", "Competency missing between neighbours", "Level '{0}' has no expectation for {1}, although the levels before and after it ('{2}', '{3}') have one", Consistency, LadderSeverity.Warning);

    /// <summary>CL0032: two levels with identical content.</summary>
    public static readonly LadderRule DuplicateLevelContent = new(
        "CL0032", "Duplicate level content", "Level '{0}' has exactly the same expectations and sections as level '{1}'; remove the copy or make it differ", Consistency, LadderSeverity.Error);

    /// <summary>CL0033: an overlay whose base track does not exist.</summary>
    public static readonly LadderRule OverlayUnknownTrack = new(
        "CL0033", "Overlay for an unknown track", "Overlay for unknown track '{0}'.{1}", References, LadderSeverity.Error);

    /// <summary>CL0034: a culture name that is not one.</summary>
    public static readonly LadderRule InvalidCulture = new(
        "CL0034", "Invalid culture name", "'{0}' is not a culture name; use a language code with an optional script and region, for example 'ko', 'pt-BR' or 'zh-Hant-TW'", Schema, LadderSeverity.Error);

    /// <summary>CL0035: two overlays of a track for the same culture.</summary>
    public static readonly LadderRule DuplicateOverlay = new(
        "CL0035", "Duplicate overlay", "Track '{0}' already has a '{1}' overlay in {2}; merge the two files", Consistency, LadderSeverity.Error);

    /// <summary>CL0036: an overlay key with no counterpart in the base track.</summary>
    public static readonly LadderRule OverlayNotInBase = new(
        "CL0036", "Overlay translates something the base does not have", "{0} '{1}' does not exist in {2}.{3}", References, LadderSeverity.Error);

    /// <summary>CL0037: an overlay that restates a structural value differently.</summary>
    public static readonly LadderRule OverlayStructureDiffers = new(
        "CL0037", "Overlay changes the structure", "The overlay gives {0} as {1}, but the base track has {2}; overlays translate text and cannot change structure", Consistency, LadderSeverity.Error);

    /// <summary>CL0038: an overlay that does not translate every text.</summary>
    public static readonly LadderRule OverlayCoverage = new(
        "CL0038", "Incomplete translation", "The '{0}' overlay translates {1} of {2} texts of track '{3}'; untranslated texts fall back to the base language: {4}", Consistency, LadderSeverity.Info);

    /// <summary>CL0039: <c>extends:</c> naming a level that does not exist.</summary>
    public static readonly LadderRule ExtendsUnknown = new(
        "CL0039", "Extends an unknown level", "Level '{0}' extends '{1}', which is not a level of any track.{2}", References, LadderSeverity.Error);

    /// <summary>CL0040: levels that extend each other in a cycle.</summary>
    public static readonly LadderRule ExtendsCycle = new(
        "CL0040", "Inheritance cycle", "Level '{0}' extends itself through {1}; break the cycle", References, LadderSeverity.Error);

    /// <summary>CL0041: a level that lowers a step it inherits.</summary>
    public static readonly LadderRule InheritedStepLowered = new(
        "CL0041", "Inherited step lowered", "Level '{0}' expects '{1}' on {2}, lower than '{3}' that it inherits from level '{4}'", Consistency, LadderSeverity.Error);

    /// <summary>CL0042: a file beyond the configured size or nesting limits.</summary>
    public static readonly LadderRule LimitExceeded = new(
        "CL0042", "Ladder file too large or too deep", "{0} exceeds the limit of {1}; split or simplify the file, or raise the limit with the MSBuild property {2}", Syntax, LadderSeverity.Error);

    /// <summary>CL0043: <c>transitions:</c> naming a level that does not exist.</summary>
    public static readonly LadderRule TransitionUnknown = new(
        "CL0043", "Transition to an unknown level", "Level '{0}' lists a transition to '{1}', which is not a level of any track.{2}", References, LadderSeverity.Error);

    /// <summary>CL0044: <c>transitions:</c> naming a level of a lower rank.</summary>
    public static readonly LadderRule TransitionDown = new(
        "CL0044", "Transition goes down in rank", "Level '{0}' (rank {1}) lists a transition to '{2}', which has the lower rank {3}; a career path leads to the same or a higher rank", Consistency, LadderSeverity.Error);

    /// <summary>CL0045: a project that references CareerLadder directly passes no ladder file to the generator.</summary>
    public static readonly LadderRule NoLadderFiles = new(
        "CL0045", "No ladder files", "No ladder file found: this project references CareerLadder, but '{0}' matched no framework, track or overlay file{1}; add ladder files there, point the MSBuild property CareerLadderFiles at them, or set CareerLadderGenerateCode to false to use only the runtime types", CodeGeneration, LadderSeverity.Warning);

    /// <summary>CL0046: a project setting the generated code cannot honour (language version, accessibility).</summary>
    public static readonly LadderRule UnsupportedProjectSetting = new(
        "CL0046", "Unsupported project setting", "{0}", CodeGeneration, LadderSeverity.Error);

    /// <summary>CL0047: the namespace already holds the catalog of a referenced ladder library.</summary>
    public static readonly LadderRule NamespaceTaken = new(
        "CL0047", "Namespace used by a referenced ladder library", "The namespace '{0}' already holds the ladders of the referenced assembly '{1}'; set the MSBuild property CareerLadderNamespace of this project to another namespace so that both catalogs can be used", CodeGeneration, LadderSeverity.Error);

    /// <summary>CL0048: a name whose C# identifier is longer than the generator writes.</summary>
    public static readonly LadderRule NameTooLong = new(
        "CL0048", "Name too long for C#", "'{0}' becomes a C# name of {1} characters, longer than the limit of {2}; shorten it", CodeGeneration, LadderSeverity.Error);

    /// <summary>CL0049: two levels of one track with the same title.</summary>
    public static readonly LadderRule DuplicateLevelTitle = new(
        "CL0049", "Duplicate level title", "Level '{0}' has the title '{1}', like level '{2}' of the same track; give each level its own title", Consistency, LadderSeverity.Warning);

    /// <summary>CL0050: <c>+section:</c> on a level that extends nothing.</summary>
    public static readonly LadderRule AppendWithoutExtends = new(
        "CL0050", "Append without extends", "'+{0}' in level '{1}' appends to inherited items, but the level has no 'extends:'; write '{0}:' or add 'extends: CODE'", Consistency, LadderSeverity.Error);

    /// <summary>CL0051: a track whose <c>levels:</c> list is empty.</summary>
    public static readonly LadderRule EmptyLevels = new(
        "CL0051", "Track without levels", "Track '{0}' has an empty 'levels:' list; add its levels, or remove the file if the track is not ready", Consistency, LadderSeverity.Warning);

    /// <summary>CL0052: one expectation sentence given for two different steps of a competency.</summary>
    public static readonly LadderRule SentenceStepMismatch = new(
        "CL0052", "Expectation sentence used for another step", "Level '{0}' expects '{1}' on {2} with the sentence '{3}', which describes '{4}' at level '{5}'; fix the step or the sentence", Consistency, LadderSeverity.Warning);

    /// <summary>CL0053: a level title or summary that names another seniority than the level's.</summary>
    public static readonly LadderRule SeniorityWordingMismatch = new(
        "CL0053", "Title or summary names another seniority", "Level '{0}' has seniority '{1}', but its {2} '{3}' names the seniority '{4}'; make them agree", Consistency, LadderSeverity.Info);
    /// <summary>CL0075: a line of the baseline file that cannot be read.</summary>
    public static readonly LadderRule BaselineUnreadable = new(
        "CL0075", "Unreadable baseline", "The baseline cannot be read here: {0}", Compatibility, LadderSeverity.Error);

    /// <summary>CL0076: a shipped track id is gone.</summary>
    public static readonly LadderRule ShippedTrackRemoved = new(
        "CL0076", "Shipped track removed", "Track '{0}' is in the baseline but in no ladder file; services that stored it could no longer resolve it. Restore the track, or release a new major version and update the baseline with 'careerladder baseline'", Compatibility, LadderSeverity.Error);

    /// <summary>CL0077: a shipped level code is gone.</summary>
    public static readonly LadderRule ShippedLevelRemoved = new(
        "CL0077", "Shipped level removed", "Level '{0}' (rank {1}) is in the baseline but no longer in track '{2}'; stored '{0}' codes could no longer be resolved. Restore the level, or release a new major version and update the baseline with 'careerladder baseline'", Compatibility, LadderSeverity.Error);

    /// <summary>CL0078: a shipped level code changed rank or track.</summary>
    public static readonly LadderRule ShippedLevelChanged = new(
        "CL0078", "Shipped level changed", "Level '{0}' {1} since the baseline; records that stored '{0}' would change meaning. Keep the shipped {2}, or give the changed level a new code", Compatibility, LadderSeverity.Error);

    /// <summary>CL0079: a shipped competency id is gone.</summary>
    public static readonly LadderRule ShippedCompetencyRemoved = new(
        "CL0079", "Shipped competency removed", "Competency '{0}' is in the baseline but no longer in the framework; stored assessments of it could no longer be read. Restore it, add 'renamed-from: [{0}]' to the competency that replaces it, or release a new major version and update the baseline with 'careerladder baseline'", Compatibility, LadderSeverity.Error);

    /// <summary>CL0080: a shipped competency's steps were removed, renamed, inserted or reordered.</summary>
    public static readonly LadderRule ShippedStepsChanged = new(
        "CL0080", "Shipped steps changed", "The steps of competency '{0}' differ from the baseline from step {1} on ([{2}] shipped, [{3}] now); stored step numbers and names would change meaning. Keep the shipped steps in their order and add new ones after the highest, or, releasing a new major version, acknowledge the change on the competency with 'previous-steps: [{4}]'", Compatibility, LadderSeverity.Error);

    /// <summary>CL0081: a shipped section id is gone.</summary>
    public static readonly LadderRule ShippedSectionRemoved = new(
        "CL0081", "Shipped section removed", "Section '{0}' is in the baseline but no longer in the framework; code that reads it would break. Restore it, or release a new major version and update the baseline with 'careerladder baseline'", Compatibility, LadderSeverity.Error);

    /// <summary>CL0082: an identity that is not in the baseline yet.</summary>
    public static readonly LadderRule NotInBaseline = new(
        "CL0082", "Not in the baseline yet", "{0} is not in the baseline yet: it ships as an addition; update the baseline with 'careerladder baseline' when this version is released", Compatibility, LadderSeverity.Info);

    /// <summary>CL0083: a former code or id the baseline promised would resolve is no longer declared.</summary>
    public static readonly LadderRule ShippedFormerDropped = new(
        "CL0083", "Shipped former code dropped", "'{0}' resolved to {1} in the baseline, but no 'renamed-from:' or 'retired:' declares it any more; stored '{0}' values could no longer be resolved. Declare it again", Compatibility, LadderSeverity.Error);

    /// <summary>CL0084: a former code or id that is also a current one, or declared twice.</summary>
    public static readonly LadderRule AmbiguousFormerCode = new(
        "CL0084", "Ambiguous former code", "'{0}' {1}; a stored '{0}' would be ambiguous. {2}", Compatibility, LadderSeverity.Error);

    /// <summary>CL0085: <c>replaced-by:</c> names a level that does not exist.</summary>
    public static readonly LadderRule UnknownSuccessor = new(
        "CL0085", "Unknown successor", "Retired level '{0}' is replaced by '{1}', which no track defines.{2}", Compatibility, LadderSeverity.Error);

    /// <summary>CL0086: a breaking step change that <c>previous-steps:</c> acknowledges.</summary>
    public static readonly LadderRule AcknowledgedStepsChange = new(
        "CL0086", "Acknowledged step change", "The steps of competency '{0}' differ from the baseline from step {1} on, as 'previous-steps' acknowledges: stored step numbers change meaning, so release this as a new major version and update the baseline with 'careerladder baseline'", Compatibility, LadderSeverity.Info);

    /// <summary>CL0087: <c>previous-steps:</c> lists other steps than the baseline.</summary>
    public static readonly LadderRule PreviousStepsMismatch = new(
        "CL0087", "Previous steps differ from the baseline", "'previous-steps' of competency '{0}' lists [{1}], but the baseline ships [{2}]; list the shipped steps exactly, in their order, to acknowledge the change", Compatibility, LadderSeverity.Error);

    /// <summary>CL0088: more diagnostics of one rule than the limit; the rest are counted, not reported.</summary>
    public static readonly LadderRule TooManyDiagnostics = new(
        "CL0088", "Too many diagnostics of one rule", "{0} more {1} diagnostics are not reported: only the first {2} of a rule are. {3}. To see them all, raise the limit with {4} (0: no limit)", Consistency, LadderSeverity.Info);

    /// <summary>CL0098: a new level takes the rank of a shipped level that is gone, without <c>renamed-from:</c>.</summary>
    public static readonly LadderRule ShippedLevelReplaced = new(
        "CL0098", "Shipped level replaced", "Level '{0}' takes the place (rank {1}) of shipped level '{2}', which is gone; stored '{2}' codes could no longer be resolved. If '{0}' is '{2}' renamed, add 'renamed-from: [{2}]' to it; otherwise restore '{2}', or release a new major version and update the baseline with 'careerladder baseline'", Compatibility, LadderSeverity.Error);

    /// <summary>CL0099: a new track holds the levels of a shipped track that is gone, without <c>renamed-from:</c>.</summary>
    public static readonly LadderRule ShippedTrackReplaced = new(
        "CL0099", "Shipped track replaced", "Track '{0}' holds the levels of shipped track '{1}' ({2}), which is gone; stored '{1}' ids could no longer be resolved. If '{0}' is '{1}' renamed, add 'renamed-from: [{1}]' to it; otherwise restore '{1}', or release a new major version and update the baseline with 'careerladder baseline'", Compatibility, LadderSeverity.Error);

    /// <summary>CL0060: references that were not checked because what they may refer to could not be read.</summary>
    public static readonly LadderRule ReferencesNotChecked = new(
        "CL0060", "References not checked", "The {0} could not be read completely, so references that may point into it were not checked ({1}): {2}; fix the error reported there first", References, LadderSeverity.Info);

    /// <summary>CL0061: a competency that lists a step twice, or a framework that lists a seniority twice.</summary>
    public static readonly LadderRule DuplicateStep = new(
        "CL0061", "Duplicate step or seniority", "{0} lists {1} twice (first at line {2}); remove the duplicate", Consistency, LadderSeverity.Error);

    /// <summary>CL0062: a transition to the level itself, or one listed twice.</summary>
    public static readonly LadderRule TransitionRedundant = new(
        "CL0062", "Redundant transition", "Level '{0}' lists '{1}' in 'transitions:' {2}; remove the entry", Consistency, LadderSeverity.Warning);

    /// <summary>CL0063: a link URL or chart image path with a wrong scheme or format.</summary>
    public static readonly LadderRule MalformedLink = new(
        "CL0063", "Link or image path that will not work", "The {0} '{1}' {2}", Schema, LadderSeverity.Error);

    /// <summary>CL0064: two competencies or two sections with the same name.</summary>
    public static readonly LadderRule DuplicateDisplayName = new(
        "CL0064", "Duplicate display name", "{0} '{1}' is named '{2}', like '{3}'; give each its own name", Consistency, LadderSeverity.Warning);

    private static readonly Dictionary<string, LadderRule> ById = All.ToDictionary(rule => rule.Id, StringComparer.Ordinal);

    /// <summary>Every rule, ordered by id.</summary>
    public static IReadOnlyList<LadderRule> All => new[]
    {
        InvalidYaml, UnknownKey, MissingKey, WrongType, DuplicateKey, InvalidName, UnsupportedYaml, UnknownCompetency,
        UnknownStep, UnknownSection, SectionShape, UnknownSeniority, MissingFramework, DuplicateFramework, DuplicateTrack,
        DuplicateLevelCode, IdentifierCollision, UnknownRank, InvalidNamespace, InternalError, DuplicateRank, RanksNotIncreasing,
        RankGap, CodeNumberMismatch, PublicTitleMismatch, SeniorityRegression, CodePrefixMismatch, TitleNamesOtherTrack,
        ReferenceNamesOther, StepRegression, MissingCompetency, DuplicateLevelContent, OverlayUnknownTrack, InvalidCulture,
        DuplicateOverlay, OverlayNotInBase, OverlayStructureDiffers, OverlayCoverage, ExtendsUnknown, ExtendsCycle,
        InheritedStepLowered, LimitExceeded, TransitionUnknown, TransitionDown, NoLadderFiles, UnsupportedProjectSetting,
        NamespaceTaken, NameTooLong, DuplicateLevelTitle, AppendWithoutExtends, EmptyLevels, SentenceStepMismatch,
        SeniorityWordingMismatch, ReferencesNotChecked, DuplicateStep, TransitionRedundant, MalformedLink, DuplicateDisplayName, BaselineUnreadable, ShippedTrackRemoved, ShippedLevelRemoved,
        ShippedLevelChanged, ShippedCompetencyRemoved, ShippedStepsChanged, ShippedSectionRemoved, NotInBaseline, ShippedFormerDropped,
        AmbiguousFormerCode, UnknownSuccessor, AcknowledgedStepsChange, PreviousStepsMismatch, TooManyDiagnostics, ShippedLevelReplaced, ShippedTrackReplaced,
    };

    /// <summary>Returns the rule with the given id.</summary>
    /// <param name="id">The rule id, for example <c>CL0001</c>.</param>
    public static LadderRule Get(string id) =>
        ById.TryGetValue(id, out var rule) ? rule : throw new ArgumentException($"Unknown rule id '{id}'.", nameof(id));
}
