using System.Collections.Generic;
using System.Text;

namespace CareerLadder.Cli.Importing.Yaml;

/// <summary>
/// Which Markdown line each line of an imported YAML file comes from, recorded while the YAML is written: the writer
/// marks the Markdown line of the track, each level, chart, expectation bullet and section before writing them, and a
/// YAML line maps to the last mark at or above it. Lets a defect found in the YAML be shown where the author fixes it.
/// </summary>
internal sealed class SourceMap
{
    private readonly List<(int YamlLine, int MarkdownLine)> _marks = new();
    private int _counted;
    private int _currentLine = 1;

    /// <summary>Records that what is written next to <paramref name="yaml"/> comes from <paramref name="markdownLine"/> (1-based; 0 is ignored).</summary>
    /// <param name="yaml">The YAML written so far.</param>
    /// <param name="markdownLine">The Markdown line.</param>
    public void Mark(StringBuilder yaml, int markdownLine)
    {
        // One copy of the text written since the last mark: the builder's indexer walks its chunks from the end, so
        // reading it character by character from an early offset costs time proportional to the whole builder.
        foreach (var character in yaml.ToString(_counted, yaml.Length - _counted))
        {
            if (character == '\n')
            {
                _currentLine++;
            }
        }

        _counted = yaml.Length;

        if (markdownLine <= 0)
        {
            return;
        }

        if (_marks.Count > 0 && _marks[_marks.Count - 1].YamlLine == _currentLine)
        {
            _marks[_marks.Count - 1] = (_currentLine, markdownLine);
            return;
        }

        _marks.Add((_currentLine, markdownLine));
    }

    /// <summary>The Markdown line that YAML line <paramref name="yamlLine"/> (1-based) comes from, or null before the first mark.</summary>
    /// <param name="yamlLine">The YAML line.</param>
    public int? MarkdownLine(int yamlLine)
    {
        int low = 0, high = _marks.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_marks[middle].YamlLine <= yamlLine)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found < 0 ? null : _marks[found].MarkdownLine;
    }
}
