using System;
using System.CommandLine;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Evolution;
using CareerLadder.Cli.Evolution;
using CareerLadder.Cli.IO;
using CareerLadder.Cli.Validation;

namespace CareerLadder.Cli.Commands;

/// <summary><c>careerladder diff OLD NEW</c>: the changes a consumer cares about, classified as breaking, additive or text-only.</summary>
public static class DiffCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="context">The context its action runs in.</param>
    public static Command Create(CliContext context)
    {
        var before = new Argument<string>("old")
        {
            Description = "The older ladders: a directory, or a folder at a git revision written REV:path (v1.0:ladders).",
        };
        var after = new Argument<string>("new")
        {
            Description = "The newer ladders, in the same forms.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (default), json, or markdown (for a release note or a pull-request comment).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|markdown",
        };
        format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "text", "json", "markdown");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "File to write; standard output when omitted.",
            HelpName = "file",
        };
        var force = OutputGuard.CreateForceOption();
        var command = new Command("diff", "Compares two versions of the ladders. Exit code 1 when a change is breaking for consumers (a stored code, rank or step would change meaning).")
        {
            before, after, format, output, force,
        };
        command.SetAction(parse => CommandGuard.Run(context, () => Run(
            context, parse.GetValue(before)!, parse.GetValue(after)!, parse.GetValue(format) ?? "text", parse.GetValue(output), parse.GetValue(force))));
        return command;
    }

    /// <summary>Compares and reports.</summary>
    /// <param name="context">The context.</param>
    /// <param name="before">The older side as typed.</param>
    /// <param name="after">The newer side as typed.</param>
    /// <param name="format">text, json or markdown.</param>
    /// <param name="output">The output file as typed, or null for standard output.</param>
    /// <param name="force">Whether the output may replace an input (<c>--force</c>).</param>
    /// <returns>0 without breaking changes, 1 with breaking changes, 2 when a side cannot be read or has errors.</returns>
    public static int Run(CliContext context, string before, string after, string format, string? output, bool force = false)
    {
        if (output is not null)
        {
            // A REV:path spec names no local file, so it protects nothing: the guard ignores paths that do not exist.
            new OutputGuard().Input(context.Resolve(before)).Input(context.Resolve(after)).Check(context, context.Resolve(output), force);
        }

        var old = Load(context, before);
        var now = Load(context, after);
        var changes = LadderDiff.Compare(new LadderVersion(old.Files, old.Ladders), new LadderVersion(now.Files, now.Ladders));
        var text = format.ToLowerInvariant() switch
        {
            "json" => ChangeReport.Json(changes, before, after),
            "markdown" => ChangeReport.Markdown(changes, before, after),
            _ => ChangeReport.Text(changes),
        };
        if (output is null)
        {
            context.Out.Write(text);
        }
        else
        {
            AtomicFile.WriteText(context.Resolve(output), text);
            context.Out.WriteLine($"{ChangeReport.Summary(changes)} Wrote {context.Display(context.Resolve(output))}.");
        }

        return changes.Any(change => change.Category == ChangeCategory.Breaking) ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static LadderSet Load(CliContext context, string spec)
    {
        var ladders = LadderLoader.Load(LadderSource.Read(context, spec));
        if (ladders.LadderFileCount == 0)
        {
            throw new CliException($"no ladder file in '{spec}': a ladder file is YAML whose first key is framework:, track: or overlay:");
        }

        if (ladders.HasErrors)
        {
            foreach (var diagnostic in ladders.Diagnostics.Where(diagnostic => diagnostic.Rule.Severity == LadderSeverity.Error))
            {
                context.Err.WriteLine(TextDiagnosticWriter.Format(diagnostic));
            }

            throw new CliException($"'{spec}' has ladder errors ({TextDiagnosticWriter.Summary(ladders).TrimEnd('.')}); a diff needs two valid versions");
        }

        return ladders;
    }
}
