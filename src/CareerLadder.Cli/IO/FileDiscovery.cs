using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CareerLadder.Cli.IO;

/// <summary>Finds the input files of a command below a directory, in a stable order.</summary>
public static class FileDiscovery
{
    private static readonly string[] SkippedDirectories = { "bin", "obj", "node_modules" };

    /// <summary>The extensions of ladder files, as the generator picks them up.</summary>
    public static readonly IReadOnlyList<string> YamlExtensions = new[] { ".yaml", ".yml" };

    /// <summary>The extensions of Markdown pages the importer reads from a directory.</summary>
    public static readonly IReadOnlyList<string> MarkdownExtensions = new[] { ".md", ".markdown" };

    /// <summary>
    /// Returns the files below <paramref name="directory"/> (recursively) whose extension is one of
    /// <paramref name="extensions"/>, ordered by path. Hidden directories (starting with a dot), bin, obj and
    /// node_modules are skipped. Each real folder and file is read once: a symbolic link back to a folder already
    /// walked (a loop) or to a file already found is skipped, and said on <paramref name="context"/>'s standard error
    /// as information when a context is given.
    /// </summary>
    /// <param name="directory">An existing directory.</param>
    /// <param name="extensions">Extensions with their dot, compared case-insensitively.</param>
    /// <param name="context">Where skipped links are reported; null reports nothing.</param>
    public static IReadOnlyList<string> Find(string directory, IReadOnlyList<string> extensions, CliContext? context = null)
    {
        var found = new List<string>();
        var visited = new HashSet<string>(RealPath.Comparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        Walk(directory, extensions, found, visited, context);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>Whether <paramref name="path"/> has one of <paramref name="extensions"/>.</summary>
    /// <param name="path">A file path.</param>
    /// <param name="extensions">Extensions with their dot.</param>
    public static bool HasExtension(string path, IReadOnlyList<string> extensions) =>
        extensions.Any(extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    private static void Walk(string directory, IReadOnlyList<string> extensions, List<string> found, HashSet<string> visited, CliContext? context)
    {
        if (!FirstVisit(directory, visited, context))
        {
            return;
        }

        foreach (var file in LinksLast(Directory.EnumerateFiles(directory).Where(path => HasExtension(path, extensions))))
        {
            if (FirstVisit(file, visited, context))
            {
                found.Add(file);
            }
        }

        foreach (var child in LinksLast(Directory.EnumerateDirectories(directory)))
        {
            var name = Path.GetFileName(child);
            if (name.StartsWith(".", StringComparison.Ordinal) || SkippedDirectories.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            Walk(child, extensions, found, visited, context);
        }
    }

    /// <summary>Records the real path of <paramref name="path"/>; false (and a report) when it was read already through another path.</summary>
    private static bool FirstVisit(string path, HashSet<string> visited, CliContext? context)
    {
        var real = RealPath.Of(path);
        if (visited.Add(real))
        {
            return true;
        }

        if (context is not null)
        {
            var full = Path.GetFullPath(path);
            context.Err.WriteLine(string.Equals(full, real, RealPath.Comparison)
                ? $"careerladder: info: '{context.Display(full)}' was already read through a symbolic link; skipped"
                : $"careerladder: info: '{context.Display(full)}' is a link to '{context.Display(real)}', which is already read; skipped");
        }

        return false;
    }

    /// <summary>The entries in path order, symbolic links after the rest: a folder is read under its own name when it can be.</summary>
    private static IEnumerable<string> LinksLast(IEnumerable<string> entries) =>
        entries.OrderBy(entry => new FileInfo(entry).LinkTarget is not null).ThenBy(entry => entry, StringComparer.Ordinal);
}
