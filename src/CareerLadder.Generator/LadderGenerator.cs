using System;
using System.Collections.Immutable;
using System.Linq;
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

        var diagnostics = new DiagnosticOutputs(context, severities);
        diagnostics.ReportEach(parsed, static file => file.Diagnostics);

        var validatedFiles = parsed.Where(static file => file.IsValidated);
        var ladderFiles = validatedFiles.Collect();

        // Validation in steps the driver caches one by one: the index of cross-file facts, one step per track (only the
        // edited track runs again), and a small step over all tracks. The index is made from each file's facts, taken
        // per file and free of positions, so an edit of a level's texts leaves them equal and the index is not made again.
        // The facts must not depend on a value taken from all files (such as the overlaid tracks, combined in below): the
        // index reads every file's facts, and a step-tracking driver (the tests') would then walk files² inputs.
        var facts = validatedFiles
            .Select(static (file, _) => IndexFacts.Of(file))
            .WithTrackingName(TrackingNames.IndexFacts)
            .Collect();

        var index = facts
            .Combine(ladderFiles.Select(static (files, _) => IndexFacts.OverlaidTracks(files)))
            .Select(static (pair, _) => LadderValidator.Index(IndexFacts.WithOverlaidTracks(pair.Left, pair.Right)))
            .WithTrackingName(TrackingNames.ValidationIndex);

        // The index's diagnostics placed at the positions the files have now (cheap: nothing to do without diagnostics).
        diagnostics.Report(index.Combine(ladderFiles, static (index, files) => IndexFacts.Locate(index.Diagnostics, files)));

        var indexAndLimits = index.Combine(limits);

        var validatedTracks = ladderFiles
            .Combine(index)
            .SelectMany(static (pair, _) => LadderValidator.TrackInputs(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.TrackInputs)
            .Combine(indexAndLimits)
            .Select(static (input, _) =>
            {
                var (track, (ladderIndex, ladderLimits)) = input;
                return LadderValidator.ValidateTrack(track, ladderIndex, ladderLimits);
            })
            .WithTrackingName(TrackingNames.Validate);

        diagnostics.ReportEach(validatedTracks, static track => track.Diagnostics);

        var summary = validatedTracks
            .Collect()
            .Combine(indexAndLimits, static (tracks, validation) =>
            {
                var (ladderIndex, ladderLimits) = validation;
                return LadderValidator.Summarize(ladderIndex, tracks, ladderLimits);
            })
            .WithTrackingName(TrackingNames.ValidationSummary);

        diagnostics.Report(summary.Select(static (value, _) => value.Diagnostics));

        var baselines = context.AdditionalTextsProvider
            .Where(static file => BaselineRules.IsBaselineFile(file.Path))
            .Select(static (file, cancellationToken) => new BaselineFile(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .Collect();

        diagnostics.Report(facts
            .Select(static (all, _) => BaselineRules.CheckHistory(all))
            .WithTrackingName(TrackingNames.History));

        diagnostics.Report(ladderFiles
            .Combine(baselines, static (files, baselines) => BaselineRules.CheckBaselines(baselines, files))
            .WithTrackingName(TrackingNames.Compatibility));

        var emitOptions = RegisterSetup(context, ladderFiles);
        var framework = index.Select(static (value, _) => value.Framework);
        var outputAllowed = summary.Select(static (value, _) => value.OutputAllowed);
        RegisterCatalog(context, validatedTracks, framework, outputAllowed, emitOptions, baselines);
        RegisterTracks(context, validatedTracks, framework, outputAllowed, emitOptions);
    }

    /// <summary>
    /// Decides once whether and how the project gets code (<see cref="EmitSetup"/>), reports the project's problems, and
    /// returns the emit options, null when nothing is generated.
    /// </summary>
    private static IncrementalValueProvider<EmitOptions?> RegisterSetup(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<ImmutableArray<ParsedLadderFile>> ladderFiles)
    {
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
            .Select(static (input, _) =>
            {
                var (((hasLadderFiles, generatorOptions), version), compilation) = input;
                return EmitSetup.Decide(hasLadderFiles, generatorOptions, version, compilation);
            })
            .WithTrackingName(TrackingNames.Setup);

        context.RegisterSourceOutput(setup.Select(static (value, _) => value.Problems), static (output, problems) =>
        {
            foreach (var problem in problems)
            {
                var descriptor = DiagnosticDescriptors.All.First(candidate => candidate.Id == problem.RuleId);
                output.ReportDiagnostic(Diagnostic.Create(descriptor, Location.None, problem.Arguments.Cast<object>().ToArray()));
            }
        });

        return setup.Select(static (value, _) => value.Emit);
    }

    /// <summary>Emits the catalog file and, with it, the catalog registration.</summary>
    private static void RegisterCatalog(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<ValidatedTrack> validatedTracks,
        IncrementalValueProvider<CodeFramework> framework,
        IncrementalValueProvider<bool> outputAllowed,
        IncrementalValueProvider<EmitOptions?> emitOptions,
        IncrementalValueProvider<ImmutableArray<BaselineFile>> baselines)
    {
        var pinnedNumbers = baselines
            .Select(static (files, _) => BaselineRules.PinnedNumbers(files))
            .WithTrackingName(TrackingNames.PinnedNumbers);

        // Only what the catalog shows, taken per track (only the edited track's view is made again): an edit of level
        // texts, sections or charts leaves it equal, so the catalog is not written again.
        var catalog = validatedTracks
            .Select(static (track, _) => track.Track is { } code ? CatalogTracks.Of(code) : null)
            .Collect()
            .Combine(outputAllowed)
            .Combine(framework)
            .Select(static (input, _) =>
            {
                var ((tracks, allowed), catalogFramework) = input;
                return new CatalogModel(catalogFramework, allowed ? tracks.OfType<CodeTrack>().ToEquatableArray() : EquatableArray<CodeTrack>.Empty);
            })
            .WithTrackingName(TrackingNames.CatalogModel)
            .Combine(emitOptions.Combine(pinnedNumbers))
            .Select(static (input, _) =>
            {
                var (model, (options, pins)) = input;
                return options is { } emit
                    ? EmitResult.Of(model.Framework.Id, () => LadderEmitter.EmitCatalog(emit, model.Framework, model.Tracks, pins))
                    : EmitResult.Nothing;
            })
            .WithTrackingName(TrackingNames.EmitCatalog);

        var registration = catalog
            .Select(static (result, _) => result.File is not null)
            .Combine(emitOptions, static (hasCatalog, emitOptions) => hasCatalog && emitOptions is { } emit
                ? EmitResult.Of("the catalog registration", () => LadderEmitter.EmitCatalogRegistration(emit))
                : EmitResult.Nothing)
            .WithTrackingName(TrackingNames.EmitCatalogRegistration);

        context.RegisterSourceOutput(catalog, static (output, result) => result.AddTo(output));
        context.RegisterSourceOutput(registration, static (output, result) => result.AddTo(output));
    }

    /// <summary>Emits a file per track, all of them gated by the limit on the total output.</summary>
    private static void RegisterTracks(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<ValidatedTrack> validatedTracks,
        IncrementalValueProvider<CodeFramework> framework,
        IncrementalValueProvider<bool> outputAllowed,
        IncrementalValueProvider<EmitOptions?> emitOptions)
    {
        var tracks = validatedTracks
            .Select(static (track, _) => track.Track)
            .Combine(framework.Combine(emitOptions))
            .Select(static (input, _) =>
            {
                var (code, (trackFramework, options)) = input;
                return options is { } emit && code is { } track
                    ? EmitResult.Of(track.Id, () => LadderEmitter.EmitTrack(emit, trackFramework, track))
                    : EmitResult.Nothing;
            })
            .WithTrackingName(TrackingNames.EmitTrack);

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
                    result.AddTo(output);
                }
            }
        });
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

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
}
