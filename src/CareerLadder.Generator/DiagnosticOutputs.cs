using System;
using CareerLadder.Authoring;
using CareerLadder.Authoring.Diagnostics;
using Microsoft.CodeAnalysis;

namespace CareerLadder.Generator;

/// <summary>
/// Registers the diagnostics of a pipeline step as a source output, with the severities the project configures
/// (<c>.editorconfig</c>, <c>.globalconfig</c>) applied and bounded per rule (<c>CareerLadderMaxDiagnosticsPerRule</c>:
/// a flood ends in one summary, not in tens of thousands of diagnostics the compiler and the editor must carry): every
/// step that finds problems reports them the same way.
/// </summary>
internal sealed class DiagnosticOutputs
{
    private readonly IncrementalGeneratorInitializationContext _context;
    private readonly IncrementalValueProvider<(EquatableArray<RuleSeverity> Severities, int PerRule)> _severities;

    public DiagnosticOutputs(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<RuleSeverity>> severities)
    {
        _context = context;
        _severities = severities.Combine(context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => GeneratorOptions.DiagnosticsPerRule(options.GlobalOptions)));
    }

    /// <summary>Reports the diagnostics of a step that produces one value.</summary>
    public void Report(IncrementalValueProvider<EquatableArray<LadderDiagnostic>> diagnostics) =>
        _context.RegisterSourceOutput(diagnostics.Combine(_severities), static (output, pair) => Report(output, pair.Left, pair.Right));

    /// <summary>
    /// Reports the diagnostics of a step that produces a value per file or per track, read by <paramref name="diagnosticsOf"/>
    /// in the output itself: a step of its own would cost the driver one more table of one entry per file.
    /// </summary>
    public void ReportEach<T>(IncrementalValuesProvider<T> values, Func<T, EquatableArray<LadderDiagnostic>> diagnosticsOf) =>
        _context.RegisterSourceOutput(values.Combine(_severities), (output, pair) => Report(output, diagnosticsOf(pair.Left), pair.Right));

    private static void Report(SourceProductionContext output, EquatableArray<LadderDiagnostic> diagnostics, (EquatableArray<RuleSeverity> Severities, int PerRule) reporting)
    {
        var severities = reporting.Severities;
        foreach (var diagnostic in DiagnosticLimit.Apply(diagnostics, reporting.PerRule))
        {
            // One diagnostic that cannot be converted must not take the others (and the generated code) down with it.
            Diagnostic? reported;
            try
            {
                reported = SeverityOverrides.Apply(LadderGenerator.ToRoslyn(diagnostic), diagnostic, severities);
            }
            catch (Exception exception)
            {
                reported = Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.Create(diagnostic.Location.FilePath, default, default), "reporting " + diagnostic.RuleId,
                    exception.GetType().FullName + ": " + exception.Message);
            }

            if (reported is not null)
            {
                output.ReportDiagnostic(reported);
            }
        }
    }
}
