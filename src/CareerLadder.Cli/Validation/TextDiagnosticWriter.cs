using System.Globalization;
using System.Text;
using CareerLadder.Authoring.Diagnostics;

namespace CareerLadder.Cli.Validation;

/// <summary>Writes diagnostics in the compiler's format: <c>path(line,col): error CL0002: message</c>.</summary>
public static class TextDiagnosticWriter
{
    /// <summary>Formats one diagnostic (1-based line and column of its start).</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    public static string Format(LadderDiagnostic diagnostic)
    {
        var span = diagnostic.Location.Span;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{diagnostic.Location.FilePath}({span.StartLine + 1},{span.StartColumn + 1}): {SeverityNames.Compiler(diagnostic.Rule.Severity)} {diagnostic.RuleId}: {diagnostic.Message}");
    }

    /// <summary>Returns every diagnostic of <paramref name="ladders"/>, one per line.</summary>
    /// <param name="ladders">The loaded ladders.</param>
    public static string WriteAll(LadderSet ladders)
    {
        var builder = new StringBuilder();
        foreach (var diagnostic in ladders.Diagnostics)
        {
            builder.Append(Format(diagnostic)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The summary line, for example <c>6 ladder files: 0 errors, 0 warnings, 1 info.</c></summary>
    /// <param name="ladders">The loaded ladders.</param>
    public static string Summary(LadderSet ladders) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Plural(ladders.LadderFileCount, "ladder file")}: {Plural(ladders.Count(LadderSeverity.Error), "error")}, {Plural(ladders.Count(LadderSeverity.Warning), "warning")}, {ladders.Count(LadderSeverity.Info)} info.");

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
