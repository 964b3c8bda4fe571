using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Cli.Common;
using CareerLadder.Cli.IO;
using CareerLadder.Cli.Rendering;
using CareerLadder.Cli.Validation;

namespace CareerLadder.Cli.Commands;

/// <summary><c>careerladder render [dir] -o site/ --format md|html [--culture ko]</c>: publishes the ladders as pages.</summary>
public static class RenderCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="context">The context its action runs in.</param>
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("dir")
        {
            Description = "Directory searched recursively for ladder files, or one ladder file. Default: the current directory.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Directory the pages are written to (created if needed; files of the same name are replaced).",
            Required = true,
            HelpName = "dir",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "md: Markdown pages with charts/<code>.svg; html: standalone pages with inline SVG charts, light and dark themes.",
            DefaultValueFactory = _ => "md",
            HelpName = "md|html",
        };
        format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "md", "html");
        var culture = new Option<string?>("--culture", "-c")
        {
            Description = "Render the texts of this culture's overlays (for example ko); texts without translation stay in the base language.",
            HelpName = "name",
        };

        var command = new Command("render", "Writes one page per track (level table, expectations, sections, per-level SVG radar chart) and an index. Nothing is written when the ladders have errors.")
        {
            path, output, format, culture,
        };
        command.SetAction(parse => CommandGuard.Run(context, () => Run(
            context,
            parse.GetValue(path) ?? ".",
            parse.GetValue(output)!,
            Enum.Parse<RenderFormat>(parse.GetValue(format) ?? "md", ignoreCase: true),
            parse.GetValue(culture))));
        return command;
    }

    /// <summary>Validates, renders into a staging directory, then moves the files into place.</summary>
    /// <param name="context">The context.</param>
    /// <param name="path">The ladder directory or file as typed.</param>
    /// <param name="output">The output directory as typed.</param>
    /// <param name="format">Markdown or HTML.</param>
    /// <param name="culture">The culture name, or null.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliContext context, string path, string output, RenderFormat format, string? culture)
    {
        if (culture is not null && !Cultures.IsValid(culture))
        {
            throw new CliException($"'{culture}' is not a culture name; use a language code with an optional script and region, for example ko, pt-BR or zh-Hant-TW");
        }

        var destination = context.Resolve(output);
        if (File.Exists(destination))
        {
            throw new CliException($"output '{output}' is a file; give a directory");
        }

        var ladders = LadderLoader.Load(context, path);
        foreach (var diagnostic in ladders.Diagnostics.Where(diagnostic => diagnostic.Rule.Severity >= LadderSeverity.Warning))
        {
            context.Err.WriteLine(TextDiagnosticWriter.Format(diagnostic));
        }

        if (ladders.HasErrors)
        {
            context.Err.WriteLine($"render: {TextDiagnosticWriter.Summary(ladders)} Nothing was written.");
            return ExitCodes.Failed;
        }

        if (ladders.Ladders.Tracks.Count == 0)
        {
            throw new CliException($"no track found in '{path}'; nothing to render");
        }

        if (culture is not null && !SiteRenderer.Cultures(ladders).Any(known => Cultures.FallbackChain(culture).Contains(known, StringComparer.OrdinalIgnoreCase)))
        {
            context.Err.WriteLine($"warning: no overlay translates a track into '{culture}'; the pages are in the base language");
        }

        using var staged = new StagedOutput(destination);
        SiteRenderer.Render(ladders, format, culture, staged);
        staged.Commit();
        var tracks = ladders.Ladders.Tracks;
        context.Out.WriteLine($"Rendered {tracks.Count} track{(tracks.Count == 1 ? string.Empty : "s")} ({tracks.Sum(track => track.Levels.Count)} levels) as {format.ToString().ToLowerInvariant()} into {context.Display(destination)}: {staged.Files.Count} files.");
        return ExitCodes.Success;
    }
}
