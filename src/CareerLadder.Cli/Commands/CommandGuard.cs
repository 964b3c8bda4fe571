using System;
using System.IO;
using CareerLadder.Cli.IO;

namespace CareerLadder.Cli.Commands;

/// <summary>Runs a command's action and turns expected failures into one-line errors with exit code 2.</summary>
public static class CommandGuard
{
    /// <summary>The prefix of every error line.</summary>
    public const string ErrorPrefix = "careerladder: error: ";

    /// <summary>Runs <paramref name="action"/>.</summary>
    /// <param name="context">The context (errors go to its standard error).</param>
    /// <param name="action">The command's work, returning the exit code.</param>
    public static int Run(CliContext context, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (CliException exception)
        {
            context.Err.WriteLine(ErrorPrefix + exception.Message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Err.WriteLine(ErrorPrefix + InputFiles.OneLine(exception.Message));
        }

        return ExitCodes.UsageError;
    }
}
