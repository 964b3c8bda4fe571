using System;
using System.Collections.Generic;
using CareerLadder.Authoring.Diagnostics;

namespace CareerLadder.Cli.Validation;

/// <summary>Orders diagnostics by file, start position, rule id and message, like the generator's fixture tests.</summary>
public sealed class DiagnosticOrder : IComparer<LadderDiagnostic>
{
    /// <summary>The shared instance.</summary>
    public static DiagnosticOrder Instance { get; } = new();

    /// <inheritdoc/>
    public int Compare(LadderDiagnostic? x, LadderDiagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var result = string.CompareOrdinal(x.Location.FilePath, y.Location.FilePath);
        if (result == 0)
        {
            result = x.Location.Span.StartLine.CompareTo(y.Location.Span.StartLine);
        }

        if (result == 0)
        {
            result = x.Location.Span.StartColumn.CompareTo(y.Location.Span.StartColumn);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.RuleId, y.RuleId);
        }

        return result != 0 ? result : string.CompareOrdinal(x.Message, y.Message);
    }
}
