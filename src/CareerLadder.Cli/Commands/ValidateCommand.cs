using System;
using System.CommandLine;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Evolution;
using CareerLadder.Cli.IO;
using CareerLadder.Cli.Validation;

namespace CareerLadder.Cli.Commands;

/// <summary><c>careerladder validate [dir]</c>: the generator's rules without a compiler, for a ladder repository's CI.</summary>
public static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="context">The context its action runs in.</param>
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("dir")
        {
            Description = "Directory searched recursively for *.yaml and *.yml ladder files, or one ladder file. Default: the current directory.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (compiler format, one line per diagnostic, then a summary), json or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|sarif",
        };
        format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "text", "json", "sarif");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the diagnostics to this file instead of standard output (the summary still goes to standard output).",
            HelpName = "file",
        };

        var baseline = new Option<string?>("--baseline", "-b")
        {
            Description = "Shipped baseline to check the ladders against (CL0075-CL0082). Default: ladders.shipped.txt in the ladder directory, when it exists.",
            HelpName = "file",
        };

        var perRule = new Option<int>("--max-per-rule")
        {
            Description = $"The most diagnostics of one rule to report; the rest are counted in one CL0088 (0: all). Default: {DiagnosticLimit.Default}, as in a build.",
            DefaultValueFactory = _ => DiagnosticLimit.Default,
            HelpName = "n",
        };
        perRule.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--max-per-rule must be 0 (no limit) or more");
            }
        });
        var force = OutputGuard.CreateForceOption();
        var command = new Command("validate", "Checks ladder files with the same parsing and validation as the source generator. Exit code 1 when any diagnostic is an error.")
        {
            path, format, output, baseline, perRule, force,
        };
        command.SetAction(parse => CommandGuard.Run(context, () => Run(
            context,
            parse.GetValue(path) ?? ".",
            Enum.Parse<DiagnosticFormat>(parse.GetValue(format) ?? "text", ignoreCase: true),
            parse.GetValue(output),
            parse.GetValue(baseline),
            parse.GetValue(force),
            parse.GetValue(perRule))));
        return command;
    }

    /// <summary>Validates and reports.</summary>
    /// <param name="context">The context.</param>
    /// <param name="path">The directory or file as typed.</param>
    /// <param name="format">The output format.</param>
    /// <param name="output">The output file as typed, or null for standard output.</param>
    /// <param name="baseline">The baseline file as typed, or null for the ladder directory's own.</param>
    /// <param name="force">Whether the output may replace an input (<c>--force</c>).</param>
    /// <param name="perRule">The most diagnostics of one rule to report (0: all).</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliContext context, string path, DiagnosticFormat format, string? output, string? baseline = null, bool force = false, int perRule = DiagnosticLimit.Default)
    {
        if (output is not null)
        {
            var input = context.Resolve(path);
            new OutputGuard()
                .Input(input)
                .Input(baseline is not null ? context.Resolve(baseline) : System.IO.Path.Combine(input, BaselineText.FileName))
                .Check(context, context.Resolve(output), force);
        }

        var ladders = LadderLoader.Load(context, path, baseline, perRule: perRule);
        var content = format switch
        {
            DiagnosticFormat.Json => JsonDiagnosticWriter.Write(ladders),
            DiagnosticFormat.Sarif => SarifWriter.Write(ladders),
            _ => TextDiagnosticWriter.WriteAll(ladders),
        };
        var summary = TextDiagnosticWriter.Summary(ladders);
        if (output is null)
        {
            context.Out.Write(content);
            (format == DiagnosticFormat.Text ? context.Out : context.Err).WriteLine(summary);
        }
        else
        {
            var target = context.Resolve(output);
            if (System.IO.Directory.Exists(target))
            {
                throw new CliException($"output '{output}' is a directory; give a file name");
            }

            AtomicFile.WriteText(target, content);
            context.Out.WriteLine(summary);
            context.Out.WriteLine($"Wrote {context.Display(target)}");
        }

        return ladders.HasErrors ? ExitCodes.Failed : ExitCodes.Success;
    }
}
