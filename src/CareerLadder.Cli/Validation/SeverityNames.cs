using CareerLadder.Authoring.Diagnostics;

namespace CareerLadder.Cli.Validation;

/// <summary>The names severities have in each output format.</summary>
public static class SeverityNames
{
    /// <summary>The compiler's lowercase name: <c>error</c>, <c>warning</c>, <c>info</c>, <c>hidden</c>.</summary>
    /// <param name="severity">The severity.</param>
    public static string Compiler(LadderSeverity severity) => severity switch
    {
        LadderSeverity.Error => "error",
        LadderSeverity.Warning => "warning",
        LadderSeverity.Info => "info",
        _ => "hidden",
    };

    /// <summary>The SARIF result level: <c>error</c>, <c>warning</c>, <c>note</c> or <c>none</c>.</summary>
    /// <param name="severity">The severity.</param>
    public static string Sarif(LadderSeverity severity) => severity switch
    {
        LadderSeverity.Error => "error",
        LadderSeverity.Warning => "warning",
        LadderSeverity.Info => "note",
        _ => "none",
    };
}
