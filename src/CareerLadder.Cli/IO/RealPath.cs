using System;
using System.IO;

namespace CareerLadder.Cli.IO;

/// <summary>
/// The canonical path of a file or directory: every symbolic link on the way resolved, so that two paths name the same
/// place exactly when their real paths are equal (a link to an input is the input; a link loop is one folder).
/// </summary>
public static class RealPath
{
    // The kernel gives up on a path after 40 links; a loop must end here too instead of running forever.
    private const int MaxLinks = 40;

    /// <summary>How real paths compare: case matters on Linux, not on Windows and macOS (their default file systems).</summary>
    public static StringComparison Comparison { get; } = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>
    /// Returns the real path of <paramref name="path"/>: absolute, without <c>.</c>/<c>..</c> and with every existing
    /// symbolic link resolved; parts that do not exist yet are kept as given. A link loop is left unresolved at the loop.
    /// </summary>
    /// <param name="path">An absolute path.</param>
    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="directory"/> or below it (both real paths).</summary>
    /// <param name="path">A real path.</param>
    /// <param name="directory">A real directory path.</param>
    public static bool IsUnder(string path, string directory)
    {
        var prefix = Path.EndsInDirectorySeparator(directory) ? directory : directory + Path.DirectorySeparatorChar;
        return string.Equals(path, directory, Comparison) || path.StartsWith(prefix, Comparison);
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        var parts = full.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
        for (var index = 0; index < parts.Length; index++)
        {
            var next = Path.Combine(current, parts[index]);
            var target = LinkTarget(next);
            if (target is null || links >= MaxLinks)
            {
                current = next;
                continue;
            }

            links++;
            var resolved = Path.GetFullPath(target, current);
            current = Resolve(resolved, ref links);
        }

        return current;
    }

    /// <summary>The target of the link at <paramref name="path"/> as written in the link, or null when it is not a link.</summary>
    private static string? LinkTarget(string path)
    {
        try
        {
            FileSystemInfo info = new FileInfo(path);
            if (!info.Exists)
            {
                info = new DirectoryInfo(path);
            }

            return info.Exists ? info.LinkTarget : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
