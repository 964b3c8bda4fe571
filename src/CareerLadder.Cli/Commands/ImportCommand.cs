using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Cli.Common;
using CareerLadder.Cli.Importing;
using CareerLadder.Cli.Importing.Building;
using CareerLadder.Cli.IO;
using CareerLadder.Cli.Validation;

namespace CareerLadder.Cli.Commands;

/// <summary><c>careerladder import &lt;file.md|dir&gt; -o &lt;dir&gt;</c>: converts Markdown ladders into the YAML format.</summary>
public static class ImportCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="context">The context its action runs in.</param>
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input")
        {
            Description = "A Markdown page, or a directory searched recursively for *.md and *.markdown pages.",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Directory the YAML files are written to (created if needed). Its framework file, if any, maps steps and sections; its tracks can be extended or translated.",
            Required = true,
            HelpName = "dir",
        };
        var firstRank = new Option<int?>("--first-rank")
        {
            Description = "Rank of the first level of pages that give no level numbers (comparison tables, single-level pages). Default: the framework's lowest rank.",
            HelpName = "rank",
        };
        var culture = new Option<string?>("--culture")
        {
            Description = "Culture of translated pages (default: detected from the script, for example ko for Hangul).",
            HelpName = "name",
        };

        var translationOf = new Option<string?>("--translation-of")
        {
            Description = "The page that translated pages translate, when neither their levels (codes and steps) nor their title match a page.",
            HelpName = "page.md",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace ladder files of the output directory that differ from what the import writes (without it, import lists what would change and writes nothing).",
        };

        var command = new Command("import", "Converts Markdown career ladders (level tables, level headings with codes, numbers or bands and **Step** bullets, HTML comparison tables, front-matter levels and topics, single-level and 'Same as X' pages, translations) into YAML ladder files, says in one line which pages are not ladders, and reports what the Markdown gets wrong. Never replaces a ladder file that differs without --force. Exit code 3 when the written YAML has errors.")
        {
            input, output, firstRank, culture, translationOf, force,
        };
        command.SetAction(parse => CommandGuard.Run(context, () => Guarded(() => Run(context, parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(firstRank), parse.GetValue(culture), parse.GetValue(force), parse.GetValue(translationOf)))));
        return command;
    }

    /// <summary>Imports, reports, validates the result and writes it.</summary>
    /// <param name="context">The context.</param>
    /// <param name="input">The page or directory as typed.</param>
    /// <param name="output">The output directory as typed.</param>
    /// <param name="firstRank">The first rank of pages without level numbers, or null.</param>
    /// <param name="culture">The culture of translated pages, or null to detect it.</param>
    /// <param name="force">Whether ladder files of the output directory that differ may be replaced.</param>
    /// <param name="translationOf">The page that translated pages translate when nothing else matches, or null.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliContext context, string input, string output, int? firstRank, string? culture, bool force = false, string? translationOf = null)
    {
        if (culture is not null && !Cultures.IsValid(culture))
        {
            throw new CliException($"'{culture}' is not a culture name; use a language code with an optional script and region, for example ko, pt-BR or zh-Hant-TW");
        }

        var source = context.Resolve(input);
        var isDirectory = InputFiles.RequireExisting(source, input, "input");
        var files = isDirectory ? FileDiscovery.Find(source, FileDiscovery.MarkdownExtensions) : new[] { source };
        if (files.Count == 0)
        {
            throw new CliException($"no Markdown pages (*.md, *.markdown) found in '{input}'");
        }

        var destination = context.Resolve(output);
        if (File.Exists(destination))
        {
            throw new CliException($"output '{output}' is a file; give a directory");
        }

        var pages = files.Select(file => (context.Display(file), InputFiles.ReadText(file, context.Display(file)))).ToList();
        var existing = ReadExisting(context, destination);
        var framework = existing.Framework is { } found ? ImportFramework.From(found.Definition, context.Display(found.Path)) : ImportFramework.BuiltIn();
        var result = ImportSession.Run(pages, framework, existing.Tracks, new ImportOptions(firstRank, culture, translationOf is null ? null : context.Display(context.Resolve(translationOf))));

        foreach (var warning in result.Warnings)
        {
            context.Err.WriteLine(warning.ToString());
        }

        if (result.Files.Count == 0)
        {
            context.Err.WriteLine($"import: no ladder found in {files.Count} page{(files.Count == 1 ? string.Empty : "s")}; nothing was written.");
            return ExitCodes.Failed;
        }

        var written = result.Files.ToList();
        if (framework.DefaultText is { } defaultFramework && !File.Exists(Path.Combine(destination, "framework.yaml")))
        {
            written.Add(new ImportedFile("framework.yaml", FrameworkRanks.Cover(FrameworkAdditions.Add(defaultFramework, result.Competencies, result.Sections), result.Ranks), null, "the built-in default framework (no framework file in the output directory)"));
        }

        if (!force)
        {
            RefuseReplacements(context, destination, written);
        }

        var errors = ReportValidation(context, destination, existing.Files, written);
        using var staged = new StagedOutput(destination);
        foreach (var file in written)
        {
            staged.WriteText(file.RelativePath, file.Content);
        }

        staged.Commit();
        foreach (var file in written.OrderBy(file => file.Source is null).ThenBy(file => file.Source, StringComparer.Ordinal))
        {
            var from = file.Source is null ? string.Empty : file.Source + " -> ";
            context.Out.WriteLine($"{from}{context.Display(Path.Combine(destination, file.RelativePath))} ({file.Description})");
        }

        context.Out.WriteLine($"Imported {result.Files.Count} of {files.Count} page{(files.Count == 1 ? string.Empty : "s")} with {result.Warnings.Count} warning{(result.Warnings.Count == 1 ? string.Empty : "s")}.");
        return errors > 0 ? ExitCodes.ImportedWithErrors : ExitCodes.Success;
    }

    /// <summary>
    /// Pages are hostile input: whatever the importer did not foresee becomes one line naming the failure, never a stack
    /// trace (limits and Markdig's refusals are already one-line <see cref="CliException"/>s).
    /// </summary>
    private static int Guarded(Func<int> run)
    {
        try
        {
            return run();
        }
        catch (Exception exception) when (exception is not (CliException or IOException or UnauthorizedAccessException or OutOfMemoryException))
        {
            throw new CliException($"import failed on this input ({exception.GetType().Name}: {InputFiles.OneLine(exception.Message)}); nothing was written", exception);
        }
    }

    /// <summary>Lists every ladder file the import would replace with other content and stops, unless nothing differs.</summary>
    private static void RefuseReplacements(CliContext context, string destination, List<ImportedFile> written)
    {
        var refused = 0;
        foreach (var file in written)
        {
            var target = Path.Combine(destination, file.RelativePath);
            if (!File.Exists(target))
            {
                continue;
            }

            var changes = ExistingFileChanges.Describe(InputFiles.ReadText(target, context.Display(target)), file.Content);
            if (changes.Count > 0)
            {
                refused++;
                context.Err.WriteLine($"import: {context.Display(target)} exists and differs from the import: {string.Join("; ", changes)}");
            }
        }

        if (refused > 0)
        {
            throw new CliException($"{refused} ladder file{(refused == 1 ? " of the output directory would be replaced; nothing was written (use --force to replace it)" : "s of the output directory would be replaced; nothing was written (use --force to replace them)")}");
        }
    }

    private static ExistingLadders ReadExisting(CliContext context, string destination)
    {
        var result = new ExistingLadders();
        if (!Directory.Exists(destination))
        {
            return result;
        }

        // Shallowest files first, so that out/framework.yaml or out/ladders/framework.yaml wins over deeper ones.
        foreach (var path in FileDiscovery.Find(destination, FileDiscovery.YamlExtensions).OrderBy(path => path.Count(character => character is '/' or '\\')).ThenBy(path => path, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(destination, path).Replace('\\', '/');
            var text = InputFiles.ReadText(path, context.Display(path));
            result.Files.Add((relative, text));
            var parsed = LadderParser.Parse(context.Display(path), text);
            if (parsed.Framework is { } framework && result.Framework is null)
            {
                result.Framework = (framework, path);
            }

            if (parsed.Track is { } track)
            {
                result.Tracks.Add(KnownTrack.From(track));
            }
        }

        return result;
    }

    /// <summary>
    /// Runs the generator's validation over the output directory as it will be, prints the diagnostics of the written
    /// files and returns how many are errors.
    /// </summary>
    private static int ReportValidation(CliContext context, string destination, List<(string RelativePath, string Text)> existing, List<ImportedFile> written)
    {
        var replaced = written.Select(file => file.RelativePath).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var all = existing.Where(file => !replaced.Contains(file.RelativePath)).Concat(written.Select(file => (file.RelativePath, file.Content)))
            .Select(file => (context.Display(Path.Combine(destination, file.Item1)), file.Item2))
            .ToList();
        var shownWritten = written.Select(file => context.Display(Path.Combine(destination, file.RelativePath))).ToHashSet(StringComparer.Ordinal);
        var ladders = LadderLoader.Load(all);
        var diagnostics = ladders.Diagnostics.Where(diagnostic => shownWritten.Contains(diagnostic.Location.FilePath)).ToList();
        var sources = written.Where(file => file.Source is not null && file.Map is not null)
            .ToDictionary(file => context.Display(Path.Combine(destination, file.RelativePath)), StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            var line = TextDiagnosticWriter.Format(diagnostic);
            context.Err.WriteLine(line);
            if (sources.TryGetValue(diagnostic.Location.FilePath, out var file) && file.Map!.MarkdownLine(diagnostic.Location.Span.StartLine + 1) is { } markdownLine)
            {
                // The same diagnostic at the Markdown line it comes from, so that whoever fixes the Markdown finds it.
                var location = line.Substring(0, line.IndexOf("): ", StringComparison.Ordinal) + 1);
                context.Err.WriteLine($"{file.Source}({markdownLine.ToString(System.Globalization.CultureInfo.InvariantCulture)}){line.Substring(location.Length)} (written to {location})");
            }
        }

        var errors = diagnostics.Count(diagnostic => diagnostic.Rule.Severity == LadderSeverity.Error);
        var warnings = diagnostics.Count(diagnostic => diagnostic.Rule.Severity == LadderSeverity.Warning);
        context.Err.WriteLine($"import: validating the imported YAML: {errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}{(errors > 0 ? " (fix them in the YAML, then run 'careerladder validate')" : string.Empty)}.");
        return errors;
    }

    private sealed class ExistingLadders
    {
        public List<(string RelativePath, string Text)> Files { get; } = new();

        public (FrameworkDefinition Definition, string Path)? Framework { get; set; }

        public List<KnownTrack> Tracks { get; } = new();
    }
}
