using System.Collections.Generic;
using System.IO;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Evolution;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Authoring.Validation;
using CareerLadder.Cli.IO;

namespace CareerLadder.Cli.Validation;

/// <summary>
/// Runs the generator's pipeline without a compiler: every YAML file through <see cref="LadderParser.Parse(string, string)"/>,
/// the ladder files together through <see cref="LadderValidator.Validate"/>.
/// </summary>
public static class LadderLoader
{
    /// <summary>Loads the ladder files of a directory (recursively) or one file.</summary>
    /// <param name="context">The command's context (paths are shown relative to its current directory).</param>
    /// <param name="path">The directory or file as typed.</param>
    /// <param name="baseline">
    /// The baseline file as typed; when null, <c>ladders.shipped.txt</c> in the ladder directory is used if it exists, as the
    /// package does in a build.
    /// </param>
    /// <param name="checkBaseline">False to ignore every baseline (for writing a new one).</param>
    /// <param name="perRule">The most diagnostics of one rule to keep (<see cref="DiagnosticLimit"/>; 0: all).</param>
    public static LadderSet Load(CliContext context, string path, string? baseline = null, bool checkBaseline = true, int perRule = DiagnosticLimit.Default)
    {
        var full = context.Resolve(path);
        var isDirectory = InputFiles.RequireExisting(full, path, "ladder directory");
        var files = isDirectory ? FileDiscovery.Find(full, FileDiscovery.YamlExtensions, context) : new[] { full };
        if (files.Count == 0)
        {
            throw new CliException($"no ladder files (*.yaml, *.yml) found in '{path}'");
        }

        var baselineFile = !checkBaseline ? null
            : baseline is not null ? context.Resolve(baseline)
            : isDirectory && File.Exists(Path.Combine(full, BaselineText.FileName)) ? Path.Combine(full, BaselineText.FileName) : null;
        if (baselineFile is not null && InputFiles.RequireExisting(baselineFile, baseline ?? baselineFile, "baseline file"))
        {
            throw new CliException($"baseline file '{baseline}' is a directory; give the baseline file ({BaselineText.FileName})");
        }

        var ladders = Load(
            files.Select(file => (context.Display(file), InputFiles.ReadText(file, context.Display(file)))),
            baselineFile is null ? null : (context.Display(baselineFile), InputFiles.ReadText(baselineFile, context.Display(baselineFile))),
            perRule);
        if (ladders.LadderFileCount == 0 && ladders.Diagnostics.Count == 0)
        {
            // Nothing was checked: saying "no errors" would let a CI step pass on the wrong folder or file.
            throw new CliException($"no ladder file in '{path}': a ladder file is YAML whose first key is framework:, track: or overlay:");
        }

        return ladders;
    }

    /// <summary>Parses and validates files given as path and text.</summary>
    /// <param name="files">The files; the path is used in diagnostics.</param>
    /// <param name="baseline">The shipped baseline to check the ladders against, if any.</param>
    /// <param name="perRule">The most diagnostics of one rule to keep (<see cref="DiagnosticLimit"/>; 0: all).</param>
    public static LadderSet Load(IEnumerable<(string Path, string Text)> files, (string Path, string Text)? baseline = null, int perRule = DiagnosticLimit.Default)
    {
        var parsed = files.Select(file => LadderParser.Parse(file.Path, file.Text)).ToList();
        var ladderFiles = parsed.Where(file => file.Kind != LadderFileKind.NotALadder).ToList();
        var validated = LadderValidator.Validate(parsed.Where(file => file.IsValidated));
        var compatibility = BaselineRules.Check(
            baseline is { } shipped ? new[] { new BaselineFile(shipped.Path, shipped.Text) } : System.Array.Empty<BaselineFile>(),
            ladderFiles);
        var diagnostics = parsed.SelectMany(file => file.Diagnostics)
            .Concat(validated.Diagnostics)
            .Concat(compatibility)
            .OrderBy(diagnostic => diagnostic, DiagnosticOrder.Instance)
            .ToList();
        return new LadderSet(parsed, validated, DiagnosticLimit.Apply(diagnostics, perRule, "--max-per-rule"));
    }
}
