using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace CareerLadder.Cli.IO;

/// <summary>
/// Collects the files a command writes in a private staging directory and moves them into the output directory only
/// when <see cref="Commit"/> is called, each file replaced atomically. Disposing without committing deletes the staging
/// directory, so a failed command writes nothing.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _staging;
    private readonly SortedSet<string> _files = new(StringComparer.Ordinal);

    /// <summary>Creates an empty staging area for <paramref name="destination"/>.</summary>
    /// <param name="destination">The absolute output directory; it may not exist yet.</param>
    public StagedOutput(string destination)
    {
        Destination = destination;
        _staging = Path.Combine(Path.GetTempPath(), "careerladder-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_staging);
    }

    /// <summary>The output directory.</summary>
    public string Destination { get; }

    /// <summary>The staged files, relative to the output directory, with forward slashes.</summary>
    public IReadOnlyCollection<string> Files => _files;

    /// <summary>Stages a UTF-8 text file (no byte order mark, LF line endings as given).</summary>
    /// <param name="relativePath">The path below the output directory, with forward slashes.</param>
    /// <param name="content">The file's content.</param>
    public void WriteText(string relativePath, string content)
    {
        if (relativePath.Split('/').Any(part => part is "" or "." or ".."))
        {
            throw new ArgumentException($"'{relativePath}' is not a plain relative path.", nameof(relativePath));
        }

        var path = Path.Combine(_staging, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, Utf8NoBom);
        _files.Add(relativePath);
    }

    /// <summary>Moves every staged file into the output directory, replacing files of the same name.</summary>
    public void Commit()
    {
        try
        {
            Directory.CreateDirectory(Destination);
            foreach (var file in _files)
            {
                var source = Path.Combine(_staging, file.Replace('/', Path.DirectorySeparatorChar));
                var target = Path.Combine(Destination, file.Replace('/', Path.DirectorySeparatorChar));
                AtomicFile.Replace(source, target);
            }

        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write to '{Destination}': {InputFiles.OneLine(exception.Message)}", exception);
        }
    }

    /// <summary>Deletes the staging directory.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(_staging, recursive: true);
        }
        catch (IOException)
        {
            // A leftover in the temp directory is harmless; the output directory is never touched here.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
