using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
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
    public static LadderSet Load(CliContext context, string path)
    {
        var full = context.Resolve(path);
        var isDirectory = InputFiles.RequireExisting(full, path, "ladder directory");
        var files = isDirectory ? FileDiscovery.Find(full, FileDiscovery.YamlExtensions) : new[] { full };
        if (files.Count == 0)
        {
            throw new CliException($"no ladder files (*.yaml, *.yml) found in '{path}'");
        }

        var ladders = Load(files.Select(file => (context.Display(file), InputFiles.ReadText(file, context.Display(file)))));
        if (ladders.LadderFileCount == 0 && ladders.Diagnostics.Count == 0)
        {
            // Nothing was checked: saying "no errors" would let a CI step pass on the wrong folder or file.
            throw new CliException($"no ladder file in '{path}': a ladder file is YAML whose first key is framework:, track: or overlay:");
        }

        return ladders;
    }

    /// <summary>Parses and validates files given as path and text.</summary>
    /// <param name="files">The files; the path is used in diagnostics.</param>
    public static LadderSet Load(IEnumerable<(string Path, string Text)> files)
    {
        var parsed = files.Select(file => LadderParser.Parse(file.Path, file.Text)).ToList();
        var validated = LadderValidator.Validate(parsed.Where(file => file.IsValidated));
        var diagnostics = parsed.SelectMany(file => file.Diagnostics)
            .Concat(validated.Diagnostics)
            .OrderBy(diagnostic => diagnostic, DiagnosticOrder.Instance)
            .ToList();
        return new LadderSet(parsed, validated, diagnostics);
    }
}
