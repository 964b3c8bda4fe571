using CareerLadder.Authoring.Diagnostics;
using Microsoft.CodeAnalysis;

namespace CareerLadder.Generator;

/// <summary>
/// The Roslyn descriptors of every CareerLadder rule. Ids, categories and severities are constants here so that
/// analyzer release tracking (AnalyzerReleases.*.md) checks them; a test keeps them equal to <see cref="LadderRules"/>.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>CL0001: Malformed YAML.</summary>
    public static readonly DiagnosticDescriptor InvalidYaml = new(
        "CL0001", LadderRules.InvalidYaml.Title, LadderRules.InvalidYaml.MessageFormat, "CareerLadder.Syntax", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.InvalidYaml.HelpLink);

    /// <summary>CL0002: Unknown key.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = new(
        "CL0002", LadderRules.UnknownKey.Title, LadderRules.UnknownKey.MessageFormat, "CareerLadder.Schema", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.UnknownKey.HelpLink);

    /// <summary>CL0003: Missing required key.</summary>
    public static readonly DiagnosticDescriptor MissingKey = new(
        "CL0003", LadderRules.MissingKey.Title, LadderRules.MissingKey.MessageFormat, "CareerLadder.Schema", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.MissingKey.HelpLink);

    /// <summary>CL0004: Wrong value type.</summary>
    public static readonly DiagnosticDescriptor WrongType = new(
        "CL0004", LadderRules.WrongType.Title, LadderRules.WrongType.MessageFormat, "CareerLadder.Schema", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.WrongType.HelpLink);

    /// <summary>CL0005: Duplicate key.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = new(
        "CL0005", LadderRules.DuplicateKey.Title, LadderRules.DuplicateKey.MessageFormat, "CareerLadder.Syntax", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.DuplicateKey.HelpLink);

    /// <summary>CL0006: Invalid name.</summary>
    public static readonly DiagnosticDescriptor InvalidName = new(
        "CL0006", LadderRules.InvalidName.Title, LadderRules.InvalidName.MessageFormat, "CareerLadder.Schema", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.InvalidName.HelpLink);

    /// <summary>CL0007: Unsupported YAML feature.</summary>
    public static readonly DiagnosticDescriptor UnsupportedYaml = new(
        "CL0007", LadderRules.UnsupportedYaml.Title, LadderRules.UnsupportedYaml.MessageFormat, "CareerLadder.Syntax", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.UnsupportedYaml.HelpLink);

    /// <summary>CL0008: Unknown competency.</summary>
    public static readonly DiagnosticDescriptor UnknownCompetency = new(
        "CL0008", LadderRules.UnknownCompetency.Title, LadderRules.UnknownCompetency.MessageFormat, "CareerLadder.References", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.UnknownCompetency.HelpLink);

    /// <summary>CL0009: Unknown step.</summary>
    public static readonly DiagnosticDescriptor UnknownStep = new(
        "CL0009", LadderRules.UnknownStep.Title, LadderRules.UnknownStep.MessageFormat, "CareerLadder.References", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.UnknownStep.HelpLink);

    /// <summary>CL0010: Unknown section.</summary>
    public static readonly DiagnosticDescriptor UnknownSection = new(
        "CL0010", LadderRules.UnknownSection.Title, LadderRules.UnknownSection.MessageFormat, "CareerLadder.References", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.UnknownSection.HelpLink);

    /// <summary>CL0011: Section value does not match its kind.</summary>
    public static readonly DiagnosticDescriptor SectionShape = new(
        "CL0011", LadderRules.SectionShape.Title, LadderRules.SectionShape.MessageFormat, "CareerLadder.Schema", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.SectionShape.HelpLink);

    /// <summary>CL0012: Unknown seniority.</summary>
    public static readonly DiagnosticDescriptor UnknownSeniority = new(
        "CL0012", LadderRules.UnknownSeniority.Title, LadderRules.UnknownSeniority.MessageFormat, "CareerLadder.References", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.UnknownSeniority.HelpLink);

    /// <summary>CL0013: No framework.</summary>
    public static readonly DiagnosticDescriptor MissingFramework = new(
        "CL0013", LadderRules.MissingFramework.Title, LadderRules.MissingFramework.MessageFormat, "CareerLadder.References", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.MissingFramework.HelpLink);

    /// <summary>CL0014: Duplicate framework.</summary>
    public static readonly DiagnosticDescriptor DuplicateFramework = new(
        "CL0014", LadderRules.DuplicateFramework.Title, LadderRules.DuplicateFramework.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.DuplicateFramework.HelpLink);

    /// <summary>CL0015: Duplicate track id.</summary>
    public static readonly DiagnosticDescriptor DuplicateTrack = new(
        "CL0015", LadderRules.DuplicateTrack.Title, LadderRules.DuplicateTrack.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.DuplicateTrack.HelpLink);

    /// <summary>CL0016: Duplicate level code.</summary>
    public static readonly DiagnosticDescriptor DuplicateLevelCode = new(
        "CL0016", LadderRules.DuplicateLevelCode.Title, LadderRules.DuplicateLevelCode.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.DuplicateLevelCode.HelpLink);

    /// <summary>CL0017: C# name collision.</summary>
    public static readonly DiagnosticDescriptor IdentifierCollision = new(
        "CL0017", LadderRules.IdentifierCollision.Title, LadderRules.IdentifierCollision.MessageFormat, "CareerLadder.CodeGeneration", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.IdentifierCollision.HelpLink);

    /// <summary>CL0018: Rank not in the rank table.</summary>
    public static readonly DiagnosticDescriptor UnknownRank = new(
        "CL0018", LadderRules.UnknownRank.Title, LadderRules.UnknownRank.MessageFormat, "CareerLadder.References", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.UnknownRank.HelpLink);

    /// <summary>CL0019: Invalid namespace.</summary>
    public static readonly DiagnosticDescriptor InvalidNamespace = new(
        "CL0019", LadderRules.InvalidNamespace.Title, LadderRules.InvalidNamespace.MessageFormat, "CareerLadder.CodeGeneration", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.InvalidNamespace.HelpLink);

    /// <summary>CL0020: Internal generator error.</summary>
    public static readonly DiagnosticDescriptor InternalError = new(
        "CL0020", LadderRules.InternalError.Title, LadderRules.InternalError.MessageFormat, "CareerLadder.CodeGeneration", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.InternalError.HelpLink);

    /// <summary>CL0021: Duplicate rank in a track.</summary>
    public static readonly DiagnosticDescriptor DuplicateRank = new(
        "CL0021", LadderRules.DuplicateRank.Title, LadderRules.DuplicateRank.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.DuplicateRank.HelpLink);

    /// <summary>CL0022: Ranks not increasing.</summary>
    public static readonly DiagnosticDescriptor RanksNotIncreasing = new(
        "CL0022", LadderRules.RanksNotIncreasing.Title, LadderRules.RanksNotIncreasing.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.RanksNotIncreasing.HelpLink);

    /// <summary>CL0023: Gap in ranks.</summary>
    public static readonly DiagnosticDescriptor RankGap = new(
        "CL0023", LadderRules.RankGap.Title, LadderRules.RankGap.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: LadderRules.RankGap.HelpLink);

    /// <summary>CL0024: Code number differs from rank.</summary>
    public static readonly DiagnosticDescriptor CodeNumberMismatch = new(
        "CL0024", LadderRules.CodeNumberMismatch.Title, LadderRules.CodeNumberMismatch.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: LadderRules.CodeNumberMismatch.HelpLink);

    /// <summary>CL0025: Public title differs from the rank table.</summary>
    public static readonly DiagnosticDescriptor PublicTitleMismatch = new(
        "CL0025", LadderRules.PublicTitleMismatch.Title, LadderRules.PublicTitleMismatch.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.PublicTitleMismatch.HelpLink);

    /// <summary>CL0026: Seniority goes down.</summary>
    public static readonly DiagnosticDescriptor SeniorityRegression = new(
        "CL0026", LadderRules.SeniorityRegression.Title, LadderRules.SeniorityRegression.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.SeniorityRegression.HelpLink);

    /// <summary>CL0027: Code prefix differs from the track abbreviation.</summary>
    public static readonly DiagnosticDescriptor CodePrefixMismatch = new(
        "CL0027", LadderRules.CodePrefixMismatch.Title, LadderRules.CodePrefixMismatch.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.CodePrefixMismatch.HelpLink);

    /// <summary>CL0028: Level title names another track.</summary>
    public static readonly DiagnosticDescriptor TitleNamesOtherTrack = new(
        "CL0028", LadderRules.TitleNamesOtherTrack.Title, LadderRules.TitleNamesOtherTrack.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.TitleNamesOtherTrack.HelpLink);

    /// <summary>CL0029: Reference names another track or level.</summary>
    public static readonly DiagnosticDescriptor ReferenceNamesOther = new(
        "CL0029", LadderRules.ReferenceNamesOther.Title, LadderRules.ReferenceNamesOther.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: LadderRules.ReferenceNamesOther.HelpLink);

    /// <summary>CL0030: Competency step goes backwards.</summary>
    public static readonly DiagnosticDescriptor StepRegression = new(
        "CL0030", LadderRules.StepRegression.Title, LadderRules.StepRegression.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.StepRegression.HelpLink);

    /// <summary>CL0031: Competency missing between neighbours.</summary>
    public static readonly DiagnosticDescriptor MissingCompetency = new(
        "CL0031", LadderRules.MissingCompetency.Title, LadderRules.MissingCompetency.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: LadderRules.MissingCompetency.HelpLink);

    /// <summary>CL0032: Duplicate level content.</summary>
    public static readonly DiagnosticDescriptor DuplicateLevelContent = new(
        "CL0032", LadderRules.DuplicateLevelContent.Title, LadderRules.DuplicateLevelContent.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.DuplicateLevelContent.HelpLink);

    /// <summary>CL0033: Overlay for an unknown track.</summary>
    public static readonly DiagnosticDescriptor OverlayUnknownTrack = new(
        "CL0033", LadderRules.OverlayUnknownTrack.Title, LadderRules.OverlayUnknownTrack.MessageFormat, "CareerLadder.References", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.OverlayUnknownTrack.HelpLink);

    /// <summary>CL0034: Invalid culture name.</summary>
    public static readonly DiagnosticDescriptor InvalidCulture = new(
        "CL0034", LadderRules.InvalidCulture.Title, LadderRules.InvalidCulture.MessageFormat, "CareerLadder.Schema", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.InvalidCulture.HelpLink);

    /// <summary>CL0035: Duplicate overlay.</summary>
    public static readonly DiagnosticDescriptor DuplicateOverlay = new(
        "CL0035", LadderRules.DuplicateOverlay.Title, LadderRules.DuplicateOverlay.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.DuplicateOverlay.HelpLink);

    /// <summary>CL0036: Overlay translates something the base does not have.</summary>
    public static readonly DiagnosticDescriptor OverlayNotInBase = new(
        "CL0036", LadderRules.OverlayNotInBase.Title, LadderRules.OverlayNotInBase.MessageFormat, "CareerLadder.References", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.OverlayNotInBase.HelpLink);

    /// <summary>CL0037: Overlay changes the structure.</summary>
    public static readonly DiagnosticDescriptor OverlayStructureDiffers = new(
        "CL0037", LadderRules.OverlayStructureDiffers.Title, LadderRules.OverlayStructureDiffers.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.OverlayStructureDiffers.HelpLink);

    /// <summary>CL0038: Incomplete translation.</summary>
    public static readonly DiagnosticDescriptor OverlayCoverage = new(
        "CL0038", LadderRules.OverlayCoverage.Title, LadderRules.OverlayCoverage.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: LadderRules.OverlayCoverage.HelpLink);

    /// <summary>CL0039: Extends an unknown level.</summary>
    public static readonly DiagnosticDescriptor ExtendsUnknown = new(
        "CL0039", LadderRules.ExtendsUnknown.Title, LadderRules.ExtendsUnknown.MessageFormat, "CareerLadder.References", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.ExtendsUnknown.HelpLink);

    /// <summary>CL0040: Inheritance cycle.</summary>
    public static readonly DiagnosticDescriptor ExtendsCycle = new(
        "CL0040", LadderRules.ExtendsCycle.Title, LadderRules.ExtendsCycle.MessageFormat, "CareerLadder.References", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.ExtendsCycle.HelpLink);

    /// <summary>CL0041: Inherited step lowered.</summary>
    public static readonly DiagnosticDescriptor InheritedStepLowered = new(
        "CL0041", LadderRules.InheritedStepLowered.Title, LadderRules.InheritedStepLowered.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.InheritedStepLowered.HelpLink);

    /// <summary>CL0042: Ladder file too large or too deep.</summary>
    public static readonly DiagnosticDescriptor LimitExceeded = new(
        "CL0042", LadderRules.LimitExceeded.Title, LadderRules.LimitExceeded.MessageFormat, "CareerLadder.Syntax", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.LimitExceeded.HelpLink);

    /// <summary>CL0043: Transition to an unknown level.</summary>
    public static readonly DiagnosticDescriptor TransitionUnknown = new(
        "CL0043", LadderRules.TransitionUnknown.Title, LadderRules.TransitionUnknown.MessageFormat, "CareerLadder.References", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.TransitionUnknown.HelpLink);

    /// <summary>CL0044: Transition goes down in rank.</summary>
    public static readonly DiagnosticDescriptor TransitionDown = new(
        "CL0044", LadderRules.TransitionDown.Title, LadderRules.TransitionDown.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.TransitionDown.HelpLink);

    /// <summary>CL0045: No ladder files.</summary>
    public static readonly DiagnosticDescriptor NoLadderFiles = new(
        "CL0045", LadderRules.NoLadderFiles.Title, LadderRules.NoLadderFiles.MessageFormat, "CareerLadder.CodeGeneration", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: LadderRules.NoLadderFiles.HelpLink);

    /// <summary>CL0046: Unsupported project setting.</summary>
    public static readonly DiagnosticDescriptor UnsupportedProjectSetting = new(
        "CL0046", LadderRules.UnsupportedProjectSetting.Title, LadderRules.UnsupportedProjectSetting.MessageFormat, "CareerLadder.CodeGeneration", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.UnsupportedProjectSetting.HelpLink);

    /// <summary>CL0047: Namespace used by a referenced ladder library.</summary>
    public static readonly DiagnosticDescriptor NamespaceTaken = new(
        "CL0047", LadderRules.NamespaceTaken.Title, LadderRules.NamespaceTaken.MessageFormat, "CareerLadder.CodeGeneration", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.NamespaceTaken.HelpLink);

    /// <summary>CL0048: Name too long for C#.</summary>
    public static readonly DiagnosticDescriptor NameTooLong = new(
        "CL0048", LadderRules.NameTooLong.Title, LadderRules.NameTooLong.MessageFormat, "CareerLadder.CodeGeneration", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.NameTooLong.HelpLink);

    /// <summary>CL0049: Duplicate level title.</summary>
    public static readonly DiagnosticDescriptor DuplicateLevelTitle = new(
        "CL0049", LadderRules.DuplicateLevelTitle.Title, LadderRules.DuplicateLevelTitle.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: LadderRules.DuplicateLevelTitle.HelpLink);

    /// <summary>CL0050: Append without extends.</summary>
    public static readonly DiagnosticDescriptor AppendWithoutExtends = new(
        "CL0050", LadderRules.AppendWithoutExtends.Title, LadderRules.AppendWithoutExtends.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.AppendWithoutExtends.HelpLink);

    /// <summary>CL0051: Track without levels.</summary>
    public static readonly DiagnosticDescriptor EmptyLevels = new(
        "CL0051", LadderRules.EmptyLevels.Title, LadderRules.EmptyLevels.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: LadderRules.EmptyLevels.HelpLink);

    /// <summary>CL0052: Expectation sentence used for another step.</summary>
    public static readonly DiagnosticDescriptor SentenceStepMismatch = new(
        "CL0052", LadderRules.SentenceStepMismatch.Title, LadderRules.SentenceStepMismatch.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: LadderRules.SentenceStepMismatch.HelpLink);

    /// <summary>CL0053: Title or summary names another seniority.</summary>
    public static readonly DiagnosticDescriptor SeniorityWordingMismatch = new(
        "CL0053", LadderRules.SeniorityWordingMismatch.Title, LadderRules.SeniorityWordingMismatch.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: LadderRules.SeniorityWordingMismatch.HelpLink);
    /// <summary>CL0075: Unreadable baseline.</summary>
    public static readonly DiagnosticDescriptor BaselineUnreadable = new(
        "CL0075", LadderRules.BaselineUnreadable.Title, LadderRules.BaselineUnreadable.MessageFormat, "CareerLadder.Compatibility", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.BaselineUnreadable.HelpLink);

    /// <summary>CL0076: Shipped track removed.</summary>
    public static readonly DiagnosticDescriptor ShippedTrackRemoved = new(
        "CL0076", LadderRules.ShippedTrackRemoved.Title, LadderRules.ShippedTrackRemoved.MessageFormat, "CareerLadder.Compatibility", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.ShippedTrackRemoved.HelpLink);

    /// <summary>CL0077: Shipped level removed.</summary>
    public static readonly DiagnosticDescriptor ShippedLevelRemoved = new(
        "CL0077", LadderRules.ShippedLevelRemoved.Title, LadderRules.ShippedLevelRemoved.MessageFormat, "CareerLadder.Compatibility", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.ShippedLevelRemoved.HelpLink);

    /// <summary>CL0078: Shipped level changed.</summary>
    public static readonly DiagnosticDescriptor ShippedLevelChanged = new(
        "CL0078", LadderRules.ShippedLevelChanged.Title, LadderRules.ShippedLevelChanged.MessageFormat, "CareerLadder.Compatibility", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.ShippedLevelChanged.HelpLink);

    /// <summary>CL0079: Shipped competency removed.</summary>
    public static readonly DiagnosticDescriptor ShippedCompetencyRemoved = new(
        "CL0079", LadderRules.ShippedCompetencyRemoved.Title, LadderRules.ShippedCompetencyRemoved.MessageFormat, "CareerLadder.Compatibility", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.ShippedCompetencyRemoved.HelpLink);

    /// <summary>CL0080: Shipped steps changed.</summary>
    public static readonly DiagnosticDescriptor ShippedStepsChanged = new(
        "CL0080", LadderRules.ShippedStepsChanged.Title, LadderRules.ShippedStepsChanged.MessageFormat, "CareerLadder.Compatibility", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.ShippedStepsChanged.HelpLink);

    /// <summary>CL0081: Shipped section removed.</summary>
    public static readonly DiagnosticDescriptor ShippedSectionRemoved = new(
        "CL0081", LadderRules.ShippedSectionRemoved.Title, LadderRules.ShippedSectionRemoved.MessageFormat, "CareerLadder.Compatibility", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.ShippedSectionRemoved.HelpLink);

    /// <summary>CL0082: Not in the baseline yet.</summary>
    public static readonly DiagnosticDescriptor NotInBaseline = new(
        "CL0082", LadderRules.NotInBaseline.Title, LadderRules.NotInBaseline.MessageFormat, "CareerLadder.Compatibility", DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: LadderRules.NotInBaseline.HelpLink);

    /// <summary>CL0083: Shipped former code dropped.</summary>
    public static readonly DiagnosticDescriptor ShippedFormerDropped = new(
        "CL0083", LadderRules.ShippedFormerDropped.Title, LadderRules.ShippedFormerDropped.MessageFormat, "CareerLadder.Compatibility", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.ShippedFormerDropped.HelpLink);

    /// <summary>CL0084: Ambiguous former code.</summary>
    public static readonly DiagnosticDescriptor AmbiguousFormerCode = new(
        "CL0084", LadderRules.AmbiguousFormerCode.Title, LadderRules.AmbiguousFormerCode.MessageFormat, "CareerLadder.Compatibility", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.AmbiguousFormerCode.HelpLink);

    /// <summary>CL0086: Acknowledged step change.</summary>
    public static readonly DiagnosticDescriptor AcknowledgedStepsChange = new(
        "CL0086", LadderRules.AcknowledgedStepsChange.Title, LadderRules.AcknowledgedStepsChange.MessageFormat, "CareerLadder.Compatibility", DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: LadderRules.AcknowledgedStepsChange.HelpLink);

    /// <summary>CL0087: Previous steps differ from the baseline.</summary>
    public static readonly DiagnosticDescriptor PreviousStepsMismatch = new(
        "CL0087", LadderRules.PreviousStepsMismatch.Title, LadderRules.PreviousStepsMismatch.MessageFormat, "CareerLadder.Compatibility", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.PreviousStepsMismatch.HelpLink);

    /// <summary>CL0088: Too many diagnostics of one rule.</summary>
    public static readonly DiagnosticDescriptor TooManyDiagnostics = new(
        "CL0088", LadderRules.TooManyDiagnostics.Title, LadderRules.TooManyDiagnostics.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: LadderRules.TooManyDiagnostics.HelpLink);

    /// <summary>CL0098: Shipped level replaced.</summary>
    public static readonly DiagnosticDescriptor ShippedLevelReplaced = new(
        "CL0098", LadderRules.ShippedLevelReplaced.Title, LadderRules.ShippedLevelReplaced.MessageFormat, "CareerLadder.Compatibility", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.ShippedLevelReplaced.HelpLink);

    /// <summary>CL0099: Shipped track replaced.</summary>
    public static readonly DiagnosticDescriptor ShippedTrackReplaced = new(
        "CL0099", LadderRules.ShippedTrackReplaced.Title, LadderRules.ShippedTrackReplaced.MessageFormat, "CareerLadder.Compatibility", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.ShippedTrackReplaced.HelpLink);

    /// <summary>CL0085: Unknown successor.</summary>
    public static readonly DiagnosticDescriptor UnknownSuccessor = new(
        "CL0085", LadderRules.UnknownSuccessor.Title, LadderRules.UnknownSuccessor.MessageFormat, "CareerLadder.Compatibility", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.UnknownSuccessor.HelpLink);
    /// <summary>CL0060: References not checked.</summary>
    public static readonly DiagnosticDescriptor ReferencesNotChecked = new(
        "CL0060", LadderRules.ReferencesNotChecked.Title, LadderRules.ReferencesNotChecked.MessageFormat, "CareerLadder.References", DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: LadderRules.ReferencesNotChecked.HelpLink);

    /// <summary>CL0061: Duplicate step.</summary>
    public static readonly DiagnosticDescriptor DuplicateStep = new(
        "CL0061", LadderRules.DuplicateStep.Title, LadderRules.DuplicateStep.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.DuplicateStep.HelpLink);

    /// <summary>CL0062: Redundant transition.</summary>
    public static readonly DiagnosticDescriptor TransitionRedundant = new(
        "CL0062", LadderRules.TransitionRedundant.Title, LadderRules.TransitionRedundant.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: LadderRules.TransitionRedundant.HelpLink);

    /// <summary>CL0063: Link or image path that will not work.</summary>
    public static readonly DiagnosticDescriptor MalformedLink = new(
        "CL0063", LadderRules.MalformedLink.Title, LadderRules.MalformedLink.MessageFormat, "CareerLadder.Schema", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: LadderRules.MalformedLink.HelpLink);

    /// <summary>CL0064: Duplicate display name.</summary>
    public static readonly DiagnosticDescriptor DuplicateDisplayName = new(
        "CL0064", LadderRules.DuplicateDisplayName.Title, LadderRules.DuplicateDisplayName.MessageFormat, "CareerLadder.Consistency", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: LadderRules.DuplicateDisplayName.HelpLink);

    /// <summary>Every descriptor, ordered by id.</summary>
    public static readonly DiagnosticDescriptor[] All =
    {
        InvalidYaml,
        UnknownKey,
        MissingKey,
        WrongType,
        DuplicateKey,
        InvalidName,
        UnsupportedYaml,
        UnknownCompetency,
        UnknownStep,
        UnknownSection,
        SectionShape,
        UnknownSeniority,
        MissingFramework,
        DuplicateFramework,
        DuplicateTrack,
        DuplicateLevelCode,
        IdentifierCollision,
        UnknownRank,
        InvalidNamespace,
        InternalError,
        DuplicateRank,
        RanksNotIncreasing,
        RankGap,
        CodeNumberMismatch,
        PublicTitleMismatch,
        SeniorityRegression,
        CodePrefixMismatch,
        TitleNamesOtherTrack,
        ReferenceNamesOther,
        StepRegression,
        MissingCompetency,
        DuplicateLevelContent,
        OverlayUnknownTrack,
        InvalidCulture,
        DuplicateOverlay,
        OverlayNotInBase,
        OverlayStructureDiffers,
        OverlayCoverage,
        ExtendsUnknown,
        ExtendsCycle,
        InheritedStepLowered,
        LimitExceeded,
        TransitionUnknown,
        TransitionDown,
        NoLadderFiles,
        UnsupportedProjectSetting,
        NamespaceTaken,
        NameTooLong,
        DuplicateLevelTitle,
        AppendWithoutExtends,
        EmptyLevels,
        SentenceStepMismatch,
        SeniorityWordingMismatch,
        ReferencesNotChecked,
        DuplicateStep,
        TransitionRedundant,
        MalformedLink,
        DuplicateDisplayName,
        BaselineUnreadable,
        ShippedTrackRemoved,
        ShippedLevelRemoved,
        ShippedLevelChanged,
        ShippedCompetencyRemoved,
        ShippedStepsChanged,
        ShippedSectionRemoved,
        NotInBaseline,
        ShippedFormerDropped,
        AmbiguousFormerCode,
        UnknownSuccessor,
        AcknowledgedStepsChange,
        PreviousStepsMismatch,
        TooManyDiagnostics,
        ShippedLevelReplaced,
        ShippedTrackReplaced,
    };
}
