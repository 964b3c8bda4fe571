namespace CareerLadder.Cli.Validation;

/// <summary>How <c>validate</c> writes its diagnostics.</summary>
public enum DiagnosticFormat
{
    /// <summary>One line per diagnostic in the compiler's format, then a summary line.</summary>
    Text,

    /// <summary>A JSON document with the diagnostics and the counts.</summary>
    Json,

    /// <summary>A SARIF 2.1.0 log, for code-scanning tools.</summary>
    Sarif,
}
