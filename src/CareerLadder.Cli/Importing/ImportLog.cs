using System.Collections.Generic;
using System.Linq;

namespace CareerLadder.Cli.Importing;

/// <summary>Collects the warnings of an import.</summary>
internal sealed class ImportLog
{
    private readonly List<ImportWarning> _warnings = new();
    private readonly HashSet<ImportWarning> _seen = new();

    /// <summary>The warnings in the order reported.</summary>
    public IReadOnlyList<ImportWarning> Warnings => _warnings;

    /// <summary>Reports a warning.</summary>
    /// <param name="path">The Markdown file as shown.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="id">The id, from <see cref="ImportWarnings"/>.</param>
    /// <param name="message">What is wrong and what the importer did.</param>
    public void Warn(string path, int line, string id, string message)
    {
        var warning = new ImportWarning(path, line, id, message);
        if (_seen.Add(warning))
        {
            _warnings.Add(warning);
        }
    }

    /// <summary>Forgets the warnings about one file (a page that is not a ladder gets one line instead).</summary>
    /// <param name="path">The Markdown file as shown.</param>
    public void Discard(string path)
    {
        _warnings.RemoveAll(warning => warning.Path == path);
        _seen.RemoveWhere(warning => warning.Path == path);
    }

    /// <summary>The warnings about one file, ordered by line.</summary>
    /// <param name="path">The Markdown file as shown.</param>
    public IReadOnlyList<ImportWarning> For(string path) =>
        _warnings.Where(warning => warning.Path == path).OrderBy(warning => warning.Line).ToList();
}
