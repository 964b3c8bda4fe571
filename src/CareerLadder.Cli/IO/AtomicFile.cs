using System;
using System.IO;
using System.Text;

namespace CareerLadder.Cli.IO;

/// <summary>Writes files so that readers see either the old content or the new one, never half a file.</summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> through a temporary file in the same directory.</summary>
    /// <param name="path">The absolute target path; its directory is created if needed.</param>
    /// <param name="content">The text.</param>
    public static void WriteText(string path, string content)
    {
        try
        {
            var directory = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(directory);
            var temporary = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            File.WriteAllText(temporary, content, Utf8NoBom);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{path}': {InputFiles.OneLine(exception.Message)}", exception);
        }
    }

    /// <summary>
    /// Copies <paramref name="source"/> next to <paramref name="target"/> under a temporary name, then renames it over
    /// <paramref name="target"/> (a rename within one directory is atomic).
    /// </summary>
    /// <param name="source">The staged file.</param>
    /// <param name="target">The final path; its directory is created if needed.</param>
    public static void Replace(string source, string target)
    {
        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        File.Copy(source, temporary, overwrite: true);
        File.Move(temporary, target, overwrite: true);
    }
}
