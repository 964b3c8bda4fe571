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
    /// node_modules are skipped.
    /// </summary>
    /// <param name="directory">An existing directory.</param>
    /// <param name="extensions">Extensions with their dot, compared case-insensitively.</param>
    public static IReadOnlyList<string> Find(string directory, IReadOnlyList<string> extensions)
    {
        var found = new List<string>();
        Walk(directory, extensions, found);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>Whether <paramref name="path"/> has one of <paramref name="extensions"/>.</summary>
    /// <param name="path">A file path.</param>
    /// <param name="extensions">Extensions with their dot.</param>
    public static bool HasExtension(string path, IReadOnlyList<string> extensions) =>
        extensions.Any(extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    private static void Walk(string directory, IReadOnlyList<string> extensions, List<string> found)
    {
        found.AddRange(Directory.EnumerateFiles(directory).Where(path => HasExtension(path, extensions)));
        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            var name = Path.GetFileName(child);
            if (name.StartsWith(".", StringComparison.Ordinal) || SkippedDirectories.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            Walk(child, extensions, found);
        }
    }
}
