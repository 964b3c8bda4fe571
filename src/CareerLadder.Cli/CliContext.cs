using System;
using System.IO;

namespace CareerLadder.Cli;

/// <summary>What a command runs against: its output writers and the directory relative paths start from.</summary>
public sealed class CliContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="currentDirectory">The directory that relative paths start from; the process's current directory when null.</param>
    public CliContext(TextWriter output, TextWriter error, string? currentDirectory = null)
    {
        Out = output ?? throw new ArgumentNullException(nameof(output));
        Err = error ?? throw new ArgumentNullException(nameof(error));
        CurrentDirectory = Path.GetFullPath(currentDirectory ?? Directory.GetCurrentDirectory());
    }

    /// <summary>Standard output: results.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: warnings, progress and errors.</summary>
    public TextWriter Err { get; }

    /// <summary>The absolute directory that relative paths start from.</summary>
    public string CurrentDirectory { get; }

    /// <summary>Turns a path given on the command line into an absolute path.</summary>
    /// <param name="path">The path as typed.</param>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(CurrentDirectory, path));

    /// <summary>The path shown in messages: relative to <see cref="CurrentDirectory"/> when below it, with forward slashes.</summary>
    /// <param name="fullPath">An absolute path.</param>
    public string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(CurrentDirectory, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }
}
