using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Linq;
using System.Text;
using CareerLadder.Cli.IO;

namespace CareerLadder.Cli.Evolution;

/// <summary>Reads files of a folder at a git revision with the <c>git</c> command, without touching the working tree.</summary>
public static class GitRevision
{
    /// <summary>The files under <paramref name="path"/> at <paramref name="revision"/> whose extension is one of <paramref name="extensions"/>.</summary>
    /// <param name="workingDirectory">A directory inside the repository; <paramref name="path"/> is relative to it.</param>
    /// <param name="revision">A revision git understands (a tag, a branch, a commit, <c>HEAD~2</c>).</param>
    /// <param name="path">The folder, relative to <paramref name="workingDirectory"/>.</param>
    /// <param name="extensions">The extensions to keep.</param>
    /// <returns>Each file as <c>REV:path-from-repository-root</c> and its text.</returns>
    public static IReadOnlyList<(string Path, string Text)> ReadFiles(string workingDirectory, string revision, string path, IReadOnlyList<string> extensions)
    {
        if (revision.StartsWith("-", StringComparison.Ordinal))
        {
            throw new CliException($"'{revision}' is not a git revision");
        }

        Git(workingDirectory, $"revision '{revision}'", "rev-parse", "--verify", "--quiet", revision + "^{commit}");
        var names = Git(workingDirectory, $"'{revision}:{path}'", "ls-tree", "-r", "-z", "--full-name", "--name-only", revision, "--", path)
            .Split(new[] { '\0' }, StringSplitOptions.RemoveEmptyEntries)
            .Where(name => FileDiscovery.HasExtension(name, extensions))
            .OrderBy(name => name, StringComparer.Ordinal);
        return names.Select(name => (revision + ":" + name, Git(workingDirectory, $"'{revision}:{name}'", "show", revision + ":" + name))).ToList();
    }

    private static string Git(string workingDirectory, string what, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new CliException("git could not be started");
        }
        catch (Win32Exception)
        {
            throw new CliException($"reading {what} needs the 'git' command, which is not installed or not on the PATH");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var reason = InputFiles.OneLine(error.Result.Trim());
                throw new CliException($"git cannot read {what}" + (reason.Length > 0 ? ": " + reason : " (unknown revision?)"));
            }

            return output;
        }
    }
}
