using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace CareerLadder.Cli.IO;

/// <summary>
/// Keeps a command from destroying what it reads: its output may not replace one of its input files, nor be a ladder
/// file (<c>*.yaml</c>, <c>*.yml</c>) inside one of its input directories (the next run would read it as a ladder),
/// unless the user says <c>--force</c>. Paths are compared after resolving symbolic links.
/// </summary>
public sealed class OutputGuard
{
    private readonly List<string> _files = new();
    private readonly List<string> _directories = new();

    /// <summary>The option every writing command offers to write over its inputs anyway.</summary>
    public static Option<bool> CreateForceOption() => new("--force")
    {
        Description = "Write the output even when it replaces an input file or is a ladder file inside the input directory.",
    };

    /// <summary>Adds an input of the command: a file it reads, or a directory it reads ladder files from.</summary>
    /// <param name="path">The absolute path; a path that does not exist (a git revision, a default file) is a file that could appear.</param>
    public OutputGuard Input(string path)
    {
        var real = RealPath.Of(path);
        (Directory.Exists(real) ? _directories : _files).Add(real);
        return this;
    }

    /// <summary>
    /// Throws a <see cref="CliException"/> (exit code 2, nothing written) when writing <paramref name="target"/> would
    /// replace an input or add a ladder file to an input directory, unless <paramref name="force"/>.
    /// </summary>
    /// <param name="context">The context, for the paths shown.</param>
    /// <param name="target">The absolute path of a file the command is about to write.</param>
    /// <param name="force">Whether the user said <c>--force</c>.</param>
    public void Check(CliContext context, string target, bool force)
    {
        if (force)
        {
            return;
        }

        var real = RealPath.Of(target);
        if (_files.Any(input => string.Equals(input, real, RealPath.Comparison)) || _directories.Any(input => string.Equals(input, real, RealPath.Comparison)))
        {
            throw new CliException($"output '{context.Display(target)}' is an input of this command; writing it would replace what was read. Give another output, or add --force to write it anyway");
        }

        if (FileDiscovery.HasExtension(real, FileDiscovery.YamlExtensions) && _directories.FirstOrDefault(input => RealPath.IsUnder(real, input)) is { } directory)
        {
            throw new CliException($"output '{context.Display(target)}' is a ladder file of the input directory '{context.Display(directory)}'; writing it would change the ladders. Give another output, or add --force to write it anyway");
        }
    }
}
