using System.Collections.Generic;
using System.IO;
using System.Linq;
using CareerLadder.Cli.IO;

namespace CareerLadder.Cli.Evolution;

/// <summary>
/// Where one side of a diff comes from: a directory (or file) on disk, or a folder at a git revision written
/// <c>REV:path</c> as <c>git show</c> does (<c>v1.0:ladders</c>, <c>HEAD~3:ladders</c>).
/// </summary>
public static class LadderSource
{
    /// <summary>Reads the YAML files of <paramref name="spec"/>, each with the path shown in diagnostics.</summary>
    /// <param name="context">The context relative paths start from.</param>
    /// <param name="spec">A path, or <c>REV:path</c>.</param>
    public static IReadOnlyList<(string Path, string Text)> Read(CliContext context, string spec)
    {
        var full = context.Resolve(spec);
        if (Directory.Exists(full) || File.Exists(full))
        {
            var files = Directory.Exists(full) ? FileDiscovery.Find(full, FileDiscovery.YamlExtensions, context) : new[] { full };
            return Require(files.Select(file => (context.Display(file), InputFiles.ReadText(file, context.Display(file)))).ToList(), spec);
        }

        var colon = spec.IndexOf(':');
        if (colon <= 0)
        {
            throw new CliException($"'{spec}' is neither a directory nor REV:path (a folder at a git revision, for example v1.0:ladders)");
        }

        var revision = spec.Substring(0, colon);
        var path = spec.Substring(colon + 1);
        return Require(GitRevision.ReadFiles(context.CurrentDirectory, revision, path.Length == 0 ? "." : path, FileDiscovery.YamlExtensions), spec);
    }

    private static IReadOnlyList<(string Path, string Text)> Require(IReadOnlyList<(string Path, string Text)> files, string spec) =>
        files.Count > 0 ? files : throw new CliException($"no ladder files (*.yaml, *.yml) in '{spec}'");
}
