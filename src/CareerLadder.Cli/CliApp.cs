using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CareerLadder.Cli.Commands;

namespace CareerLadder.Cli;

/// <summary>The <c>careerladder</c> command line, runnable in-process: <see cref="Run"/> returns the exit code.</summary>
public static class CliApp
{
    /// <summary>Parses <paramref name="args"/> and runs the command.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="currentDirectory">The directory relative paths start from; the process's when null.</param>
    /// <returns>0 on success, 1 when the ladders have errors (or nothing was imported), 2 for usage and file errors.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, string? currentDirectory = null)
    {
        var context = new CliContext(output, error, currentDirectory);
        var root = CreateRootCommand(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var command = parse.CommandResult.Command;
            var name = command == root ? ToolInfo.Name : ToolInfo.Name + " " + command.Name;
            var message = Regex.Replace(parse.Errors.First().Message, @"\s*[\r\n]+\s*", " ");
            error.WriteLine($"{CommandGuard.ErrorPrefix}{message} (see '{name} --help')");
            return ExitCodes.UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>Builds the root command with its subcommands.</summary>
    /// <param name="context">The context the actions run in.</param>
    public static RootCommand CreateRootCommand(CliContext context) =>
        new("careerladder: import Markdown career ladders into YAML, validate ladder files with the generator's rules, render them to Markdown or HTML, draw the career paths, keep a shipped baseline and compare versions.")
        {
            ImportCommand.Create(context),
            ValidateCommand.Create(context),
            RenderCommand.Create(context),
            PathsCommand.Create(context),
            BaselineCommand.Create(context),
            DiffCommand.Create(context),
        };
}
