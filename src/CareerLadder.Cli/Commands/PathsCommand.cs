using System;
using System.CommandLine;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Cli.IO;
using CareerLadder.Cli.Rendering;
using CareerLadder.Cli.Validation;
using CareerLadder.Rendering.Graph;

namespace CareerLadder.Cli.Commands;

/// <summary><c>careerladder paths [dir] --format mermaid|svg [-o file]</c>: draws the career-path graph.</summary>
public static class PathsCommand
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
        var format = new Option<string>("--format", "-f")
        {
            Description = "mermaid: a Mermaid flowchart; svg: a standalone SVG, one row per track and one column per rank.",
            DefaultValueFactory = _ => "mermaid",
            HelpName = "mermaid|svg",
        };
        format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "mermaid", "svg");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "File to write; standard output when omitted.",
            HelpName = "file",
        };
        var force = OutputGuard.CreateForceOption();
        var command = new Command("paths", "Draws where each level leads: the next level of its track (solid) and its declared transitions (dashed).")
        {
            path, format, output, force,
        };
        command.SetAction(parse => CommandGuard.Run(context, () => Run(context, parse.GetValue(path) ?? ".", parse.GetValue(format) ?? "mermaid", parse.GetValue(output), parse.GetValue(force))));
        return command;
    }

    /// <summary>Validates the ladders and writes the graph.</summary>
    /// <param name="context">The context.</param>
    /// <param name="path">The ladder directory or file as typed.</param>
    /// <param name="format">mermaid or svg.</param>
    /// <param name="output">The output file as typed, or null for standard output.</param>
    /// <param name="force">Whether the output may replace an input (<c>--force</c>).</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliContext context, string path, string format, string? output, bool force = false)
    {
        if (output is not null)
        {
            new OutputGuard().Input(context.Resolve(path)).Check(context, context.Resolve(output), force);
        }

        var ladders = LadderLoader.Load(context, path);
        if (ladders.HasErrors)
        {
            foreach (var diagnostic in ladders.Diagnostics.Where(diagnostic => diagnostic.Rule.Severity == LadderSeverity.Error))
            {
                context.Err.WriteLine(TextDiagnosticWriter.Format(diagnostic));
            }

            context.Err.WriteLine($"paths: {TextDiagnosticWriter.Summary(ladders)} Nothing was written.");
            return ExitCodes.Failed;
        }

        var graph = LadderViewBuilder.Graph(ladders.Ladders);
        var text = string.Equals(format, "svg", StringComparison.OrdinalIgnoreCase) ? CareerPathSvg.Render(graph) : CareerPathMermaid.Render(graph);
        if (output is null)
        {
            context.Out.Write(text);
        }
        else
        {
            AtomicFile.WriteText(context.Resolve(output), text);
            context.Out.WriteLine($"Wrote the career paths of {graph.Tracks.Count} tracks ({graph.Nodes.Count} levels, {graph.Edges.Count} moves) to {context.Display(context.Resolve(output))}.");
        }

        return ExitCodes.Success;
    }
}
