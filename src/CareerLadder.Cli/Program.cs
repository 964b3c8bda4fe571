using System;

namespace CareerLadder.Cli;

/// <summary>Entry point of the <c>careerladder</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool against the console.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return CliApp.Run(args, Console.Out, Console.Error);
    }
}
