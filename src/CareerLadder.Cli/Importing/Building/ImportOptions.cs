namespace CareerLadder.Cli.Importing.Building;

/// <summary>Choices the user can make on the command line.</summary>
/// <param name="FirstRank">The rank of the first level of pages that give no level numbers; null for the framework's lowest rank.</param>
/// <param name="Culture">The culture of translated pages; null to detect it from the script.</param>
/// <param name="TranslationOf">The page that translated pages translate when neither their levels nor their title match one.</param>
internal sealed record ImportOptions(int? FirstRank = null, string? Culture = null, string? TranslationOf = null);
