using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Cli.Validation;

/// <summary>The ladder files of a directory after parsing and validation, with every diagnostic in a stable order.</summary>
/// <param name="Files">Every YAML file found, parsed (ladder or not).</param>
/// <param name="Ladders">The validated ladders.</param>
/// <param name="Diagnostics">Parse and validation diagnostics, ordered by path, position, id and message.</param>
public sealed record LadderSet(IReadOnlyList<ParsedLadderFile> Files, ValidatedLadders Ladders, IReadOnlyList<LadderDiagnostic> Diagnostics)
{
    /// <summary>How many of the files are ladder files (framework, track or overlay).</summary>
    public int LadderFileCount => Files.Count(file => file.Kind != LadderFileKind.NotALadder);

    /// <summary>How many diagnostics have the given severity.</summary>
    /// <param name="severity">The severity.</param>
    public int Count(LadderSeverity severity) => Diagnostics.Count(diagnostic => diagnostic.Rule.Severity == severity);

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Count(LadderSeverity.Error) > 0;
}
