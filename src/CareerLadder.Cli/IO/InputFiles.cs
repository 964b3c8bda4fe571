using System;
using System.IO;
using System.Text;

namespace CareerLadder.Cli.IO;

/// <summary>Reads input files and turns file system failures into one-line <see cref="CliException"/>s.</summary>
public static class InputFiles
{
    /// <summary>Reads a UTF-8 text file.</summary>
    /// <param name="path">The absolute path.</param>
    /// <param name="shown">The path as shown in messages.</param>
    public static string ReadText(string path, string shown)
    {
        try
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new CliException($"cannot read '{shown}': {OneLine(exception.Message)}", exception);
        }
    }

    /// <summary>Checks that <paramref name="path"/> is an existing directory or file and says which.</summary>
    /// <param name="path">The absolute path.</param>
    /// <param name="shown">The path as typed.</param>
    /// <param name="what">What the path is for, for example "ladder directory".</param>
    /// <returns>True for a directory, false for a file.</returns>
    public static bool RequireExisting(string path, string shown, string what)
    {
        if (Directory.Exists(path))
        {
            return true;
        }

        if (File.Exists(path))
        {
            return false;
        }

        throw new CliException($"{what} '{shown}' does not exist");
    }

    /// <summary>Keeps the first line of a system message.</summary>
    /// <param name="message">The message.</param>
    public static string OneLine(string message)
    {
        var end = message.IndexOfAny(new[] { '\r', '\n' });
        return (end < 0 ? message : message.Substring(0, end)).Trim();
    }
}
