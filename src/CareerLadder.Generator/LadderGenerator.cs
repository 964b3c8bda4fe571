using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using CareerLadder.Authoring;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Emitting;
using CareerLadder.Authoring.Evolution;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Authoring.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CareerLadder.Generator;

/// <summary>
/// Reads every <c>.yaml</c>/<c>.yml</c> AdditionalFile that is a ladder framework or track and emits typed C#:
/// Parsing (per file) → Validation (an index of all files, then per track) → Emitting (catalog + one file per track).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LadderGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var limits = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => GeneratorOptions.Limits(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Limits);

        // Few per-file steps: on every run, each one costs the driver a new table of one entry per file when one entry
        // changes. So one filter serves parsing and severities, and the single values a per-file step needs are combined
        // first (index with limits, framework with emit options) rather than one Combine per file after the other.
        var yamlFiles = context.AdditionalTextsProvider.Where(static file => IsYaml(file.Path));

        var parsed = yamlFiles
            .Combine(limits)
            .Select(static (pair, cancellationToken) => LadderParser.Parse(pair.Left.Path, pair.Left.GetText(cancellationToken)?.ToString() ?? string.Empty, pair.Right))
            .WithTrackingName(TrackingNames.Parse);

        var severities = yamlFiles
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => SeverityOverrides.Read(pair.Left.Path, pair.Right.GetOptions(pair.Left)))
            .Collect()
            .Select(static (all, _) => all.SelectMany(file => file).ToEquatableArray())
            .WithTrackingName(TrackingNames.Severities);

        // Every report is bounded per rule (CareerLadderMaxDiagnosticsPerRule): a flood ends in one summary, not in
        // tens of thousands of diagnostics the compiler and the editor must carry.
        var reporting = severities.Combine(context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => GeneratorOptions.DiagnosticsPerRule(options.GlobalOptions)));

        context.RegisterSourceOutput(parsed.Combine(reporting), static (output, pair) => Report(output, pair.Left.Diagnostics, pair.Right));

        var validatedFiles = parsed.Where(static file => file.IsValidated);
        var ladderFiles = validatedFiles.Collect();

        // Validation in steps the driver caches one by one: the index of cross-file facts, one step per track (only the
        // edited track runs again), and a small step over all tracks. The index is made from each file's facts, taken
        // per file and free of positions, so an edit of a level's texts leaves them equal and the index is not made again.
        // The facts must not depend on a value taken from all files (a first version did, for the overlaid tracks): the
        // index reads every file's facts, and a step-tracking driver (the tests') then walked files² inputs.
        var facts = validatedFiles
            .Select(static (file, _) => IndexFacts.Of(file))
            .WithTrackingName(TrackingNames.IndexFacts)
            .Collect();

        var overlaidTracks = ladderFiles.Select(static (files, _) => IndexFacts.OverlaidTracks(files));

        var index = facts
            .Combine(overlaidTracks)
            .Select(static (pair, _) => LadderValidator.Index(IndexFacts.WithOverlaidTracks(pair.Left, pair.Right)))
            .WithTrackingName(TrackingNames.ValidationIndex);

        // The index's diagnostics placed at the positions the files have now (cheap: nothing to do without diagnostics).
        var indexDiagnostics = index
            .Combine(ladderFiles)
            .Select(static (pair, _) => IndexFacts.Locate(pair.Left.Diagnostics, pair.Right));

        context.RegisterSourceOutput(indexDiagnostics.Combine(reporting), static (output, pair) => Report(output, pair.Left, pair.Right));

        var indexAndLimits = index.Combine(limits);

        var validatedTracks = ladderFiles
            .Combine(index)
            .SelectMany(static (pair, _) => LadderValidator.TrackInputs(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.TrackInputs)
            .Combine(indexAndLimits)
            .Select(static (input, _) => LadderValidator.ValidateTrack(input.Left, input.Right.Left, input.Right.Right))
            .WithTrackingName(TrackingNames.Validate);

        context.RegisterSourceOutput(validatedTracks.Combine(reporting), static (output, pair) => Report(output, pair.Left.Diagnostics, pair.Right));

        var summary = validatedTracks
            .Collect()
            .Combine(indexAndLimits)
            .Select(static (input, _) => LadderValidator.Summarize(input.Right.Left, input.Left, input.Right.Right))
            .WithTrackingName(TrackingNames.ValidationSummary);

        context.RegisterSourceOutput(summary.Select(static (value, _) => value.Diagnostics).Combine(reporting), static (output, pair) => Report(output, pair.Left, pair.Right));

        var baselines = context.AdditionalTextsProvider
            .Where(static file => BaselineRules.IsBaselineFile(file.Path))
            .Select(static (file, cancellationToken) => new BaselineFile(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .Collect();

        var history = facts
            .Select(static (all, _) => BaselineRules.CheckHistory(all))
            .WithTrackingName(TrackingNames.History);

        var compatibility = ladderFiles
            .Combine(baselines)
            .Select(static (pair, _) => BaselineRules.CheckBaselines(pair.Right, pair.Left))
            .WithTrackingName(TrackingNames.Compatibility);

        context.RegisterSourceOutput(history.Combine(reporting), static (output, pair) => Report(output, pair.Left, pair.Right));
        context.RegisterSourceOutput(compatibility.Combine(reporting), static (output, pair) => Report(output, pair.Left, pair.Right));

        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName))
            .Select(static (pair, _) => GeneratorOptions.From(pair.Left.GlobalOptions, pair.Right))
            .WithTrackingName(TrackingNames.Options);

        var languageVersion = context.ParseOptionsProvider
            .Select(static (parseOptions, _) => parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest);

        var setup = ladderFiles
            .Select(static (files, _) => !files.IsEmpty)
            .Combine(options)
            .Combine(languageVersion)
            .Combine(context.CompilationProvider)
            .Select(static (input, _) => EmitSetup.Decide(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Setup);

        context.RegisterSourceOutput(setup.Select(static (value, _) => value.Problems), static (output, problems) =>
        {
            foreach (var problem in problems)
            {
                var descriptor = DiagnosticDescriptors.All.First(candidate => candidate.Id == problem.RuleId);
                output.ReportDiagnostic(Diagnostic.Create(descriptor, Location.None, problem.Arguments.Cast<object>().ToArray()));
            }
        });

        var emitOptions = setup.Select(static (value, _) => value.Emit);

        var pinnedNumbers = baselines
            .Select(static (files, _) => BaselineRules.PinnedNumbers(files))
            .WithTrackingName(TrackingNames.PinnedNumbers);

        var framework = index.Select(static (value, _) => value.Framework);
        var outputAllowed = summary.Select(static (value, _) => value.OutputAllowed);

        // Only what the catalog shows, taken per track (only the edited track's view is made again): an edit of level
        // texts, sections or charts leaves it equal, so the catalog is not written again.
        var catalog = validatedTracks
            .Select(static (track, _) => track.Track is { } code ? CatalogTracks.Of(code) : null)
            .Collect()
            .Combine(outputAllowed)
            .Combine(framework)
            .Select(static (input, _) => (Framework: input.Right, Tracks: input.Left.Right ? input.Left.Left.OfType<CodeTrack>().ToEquatableArray() : EquatableArray<CodeTrack>.Empty))
            .WithTrackingName(TrackingNames.CatalogModel)
            .Combine(emitOptions.Combine(pinnedNumbers))
            .Select(static (pair, _) => pair.Right.Left is { } emit
                ? Emit(pair.Left.Framework.Id, () => LadderEmitter.EmitCatalog(emit, pair.Left.Framework, pair.Left.Tracks, pair.Right.Right))
                : EmitResult.Nothing)
            .WithTrackingName(TrackingNames.EmitCatalog);

        var tracks = validatedTracks
            .Select(static (track, _) => track.Track)
            .Combine(framework.Combine(emitOptions))
            .Select(static (input, _) => input.Right.Right is { } emit && input.Left is { } track
                ? Emit(track.Id, () => LadderEmitter.EmitTrack(emit, input.Right.Left, track))
                : EmitResult.Nothing)
            .WithTrackingName(TrackingNames.EmitTrack);

        var registration = catalog
            .Select(static (result, _) => result.File is not null)
            .Combine(emitOptions)
            .Select(static (pair, _) => pair.Left && pair.Right is { } emit
                ? Emit("the catalog registration", () => LadderEmitter.EmitCatalogRegistration(emit))
                : EmitResult.Nothing)
            .WithTrackingName(TrackingNames.EmitCatalogRegistration);

        context.RegisterSourceOutput(catalog, static (output, result) => AddSource(output, result));
        context.RegisterSourceOutput(registration, static (output, result) => AddSource(output, result));
        // The track files in one output, so that the limit on the total output (a check over all tracks) gates them with
        // one dependency rather than one per track: a step-tracking driver walks every output's inputs, and a dependency
        // on all tracks from each track's output would cost it tracks² walks. Each file keeps its SourceText from run to
        // run (EmitResult.Source), so the driver reuses the files that did not change.
        context.RegisterSourceOutput(tracks.Collect().Combine(outputAllowed), static (output, pair) =>
        {
            if (pair.Right)
            {
                foreach (var result in pair.Left)
                {
                    AddSource(output, result);
                }
            }
        });
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static EmitResult Emit(string subject, Func<GeneratedFile> emit)
    {
        try
        {
            return new EmitResult(emit(), null);
        }
        catch (Exception exception)
        {
            return new EmitResult(null, exception.GetType().FullName + " while emitting '" + subject + "': " + exception.Message);
        }
    }

    private static void AddSource(SourceProductionContext output, EmitResult result)
    {
        if (result.File is { } file)
        {
            output.AddSource(file.HintName, result.Source ??= SourceText.From(file.Text, Encoding.UTF8));
        }

        if (result.Error is { } error)
        {
            output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, "emitting", error));
        }
    }

    private static void Report(SourceProductionContext output, EquatableArray<LadderDiagnostic> diagnostics, (EquatableArray<RuleSeverity> Severities, int PerRule) reporting)
    {
        var severities = reporting.Severities;
        foreach (var diagnostic in DiagnosticLimit.Apply(diagnostics, reporting.PerRule))
        {
            // One diagnostic that cannot be converted must not take the others (and the generated code) down with it.
            Diagnostic? reported;
            try
            {
                reported = SeverityOverrides.Apply(ToRoslyn(diagnostic), diagnostic, severities);
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

    internal static Diagnostic ToRoslyn(LadderDiagnostic diagnostic)
    {
        var descriptor = DiagnosticDescriptors.All.First(candidate => candidate.Id == diagnostic.RuleId);
        return Diagnostic.Create(
            descriptor,
            ToLocation(diagnostic.Location),
            diagnostic.AdditionalLocations.Select(ToLocation),
            diagnostic.Arguments.Cast<object>().ToArray());
    }

    /// <summary>Converts a ladder location; a malformed span is clamped (<see cref="SourceSpan.Normalized"/>), never thrown on.</summary>
    private static Location ToLocation(LadderLocation location)
    {
        var span = location.Span.Normalized();
        return Location.Create(
            location.FilePath,
            new TextSpan(span.Start, span.End - span.Start),
            new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
    }

    /// <summary>A file emitted, or the error that stopped it; equal by file and error (its SourceText is made once and kept).</summary>
    private sealed class EmitResult : IEquatable<EmitResult>
    {
        public static readonly EmitResult Nothing = new(null, null);

        public EmitResult(GeneratedFile? file, string? error)
        {
            File = file;
            Error = error;
        }

        public GeneratedFile? File { get; }

        public string? Error { get; }

        /// <summary>The file's text as added to the compilation, made on first use.</summary>
        public SourceText? Source { get; set; }

        public bool Equals(EmitResult? other) => other is not null && Equals(File, other.File) && Error == other.Error;

        public override bool Equals(object? obj) => Equals(obj as EmitResult);

        public override int GetHashCode() => (File?.GetHashCode() ?? 0) ^ (Error?.GetHashCode() ?? 0);

        public override string ToString() => File?.ToString() ?? Error ?? string.Empty;
    }
}
