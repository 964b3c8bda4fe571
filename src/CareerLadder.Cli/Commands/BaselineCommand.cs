using System.CommandLine;
using System.IO;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Evolution;
using CareerLadder.Authoring.Model;
using CareerLadder.Cli.IO;
using CareerLadder.Cli.Validation;

namespace CareerLadder.Cli.Commands;

/// <summary><c>careerladder baseline [dir] [--check]</c>: writes or checks the shipped baseline (<c>ladders.shipped.txt</c>).</summary>
public static class BaselineCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="context">The context its action runs in.</param>
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("dir")
        {
            Description = "The ladder directory (searched recursively). Default: the current directory.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = $"The baseline file. Default: {BaselineText.FileName} in the ladder directory.",
            HelpName = "file",
        };
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing; exit 1 when the baseline file is missing or differs from the ladders (for a release pipeline).",
        };
        var force = OutputGuard.CreateForceOption();
        var command = new Command("baseline", "Writes the identities consumers may have stored (track ids, level codes and ranks, competency steps, section ids) to the baseline file the build checks changes against. Run it when a version of the ladders is released.")
        {
            path, output, check, force,
        };
        command.SetAction(parse => CommandGuard.Run(context, () => Run(context, parse.GetValue(path) ?? ".", parse.GetValue(output), parse.GetValue(check), parse.GetValue(force))));
        return command;
    }

    /// <summary>Writes or checks the baseline.</summary>
    /// <param name="context">The context.</param>
    /// <param name="path">The ladder directory as typed.</param>
    /// <param name="output">The baseline file as typed, or null for the ladder directory's.</param>
    /// <param name="check">Whether to compare instead of writing.</param>
    /// <param name="force">Whether the baseline may replace an input (<c>--force</c>).</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliContext context, string path, string? output, bool check, bool force = false)
    {
        var directory = context.Resolve(path);
        if (!InputFiles.RequireExisting(directory, path, "ladder directory"))
        {
            throw new CliException($"'{path}' is a file; give the ladder directory");
        }

        var target = output is null ? Path.Combine(directory, BaselineText.FileName) : context.Resolve(output);
        if (!check)
        {
            new OutputGuard().Input(directory).Check(context, target, force);
        }

        var ladders = LadderLoader.Load(context, path, checkBaseline: false);
        if (ladders.HasErrors)
        {
            foreach (var diagnostic in ladders.Diagnostics.Where(diagnostic => diagnostic.Rule.Severity == LadderSeverity.Error))
            {
                context.Err.WriteLine(TextDiagnosticWriter.Format(diagnostic));
            }

            context.Err.WriteLine($"baseline: {TextDiagnosticWriter.Summary(ladders)} Fix them first; nothing was written.");
            return ExitCodes.Failed;
        }

        var existing = File.Exists(target) ? File.ReadAllText(target) : null;
        var shipped = existing is null ? null : BaselineText.Parse(existing).Baseline;
        var baseline = EnumNumbers.WithNumbers(LocatedBaseline.From(ladders.Files.Where(file => file.Kind != LadderFileKind.NotALadder)).Baseline, shipped);
        var text = BaselineText.Write(baseline);
        var changes = shipped is null ? null : BaselineComparison.Compare(shipped, baseline);
        var changeSummary = changes is null ? "no baseline yet"
            : changes.Count == 0 ? "no identity changed"
            : $"{changes.Count(change => change.IsBreaking)} breaking and {changes.Count(change => !change.IsBreaking)} additive identity changes";
        if (check)
        {
            if (existing is not null && existing.Replace("\r\n", "\n") == text)
            {
                context.Out.WriteLine($"{context.Display(target)} is up to date.");
                return ExitCodes.Success;
            }

            context.Err.WriteLine($"baseline: {context.Display(target)} is not up to date ({changeSummary}); run 'careerladder baseline {path}' and commit it.");
            return ExitCodes.Failed;
        }

        AtomicFile.WriteText(target, text);
        var levels = baseline.Tracks.Sum(track => track.Levels.Count);
        context.Out.WriteLine($"Wrote {context.Display(target)}: {baseline.Tracks.Count} tracks, {levels} levels, {baseline.Competencies.Count} competencies, {baseline.Sections.Count} sections ({changeSummary}).");
        return ExitCodes.Success;
    }
}
