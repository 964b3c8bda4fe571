using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace CareerLadder.Cli.Importing.Markdown;

/// <summary>A Markdown page parsed with Markdig, with 1-based line numbers for any offset of its text.</summary>
internal sealed class MarkdownSource
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().Build();
    private readonly int[] _lineStarts;

    private MarkdownSource(string path, string text, int offset, MarkdownSource? parent)
    {
        Path = path;
        Text = text;
        Offset = offset;
        Parent = parent;
        Document = ParseDocument(path, text);
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    /// <summary>The path shown in warnings.</summary>
    public string Path { get; }

    /// <summary>The Markdown text (line endings normalized to LF).</summary>
    public string Text { get; }

    /// <summary>Where this text starts in its parent (for a fragment such as an HTML table cell), else 0.</summary>
    public int Offset { get; }

    /// <summary>The page a fragment was cut from, or null.</summary>
    public MarkdownSource? Parent { get; }

    /// <summary>The parsed document.</summary>
    public MarkdownDocument Document { get; }

    /// <summary>Parses a page.</summary>
    /// <param name="path">The path shown in warnings.</param>
    /// <param name="text">The Markdown.</param>
    /// <exception cref="CliException">The page exceeds <see cref="MarkdownLimits"/> or Markdig refuses it.</exception>
    public static MarkdownSource Parse(string path, string text)
    {
        var normalized = Normalize(text);
        MarkdownLimits.Check(path, normalized);
        return new(path, normalized, 0, null);
    }

    /// <summary>Parses a fragment of this page (an HTML table cell with <c>markdown="1"</c>).</summary>
    /// <param name="offset">Where the fragment starts in this page's text.</param>
    /// <param name="length">Its length.</param>
    public MarkdownSource Fragment(int offset, int length) => new(Path, Text.Substring(offset, length), offset, this);

    /// <summary>The 1-based line of an offset of this text, in the whole page.</summary>
    /// <param name="offset">A 0-based offset into <see cref="Text"/>.</param>
    public int LineOf(int offset)
    {
        if (Parent is not null)
        {
            return Parent.LineOf(Offset + offset);
        }

        var index = Array.BinarySearch(_lineStarts, Math.Max(0, offset));
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    /// <summary>The 1-based line where a block starts.</summary>
    /// <param name="block">A block of <see cref="Document"/>.</param>
    public int LineOf(Block block) => LineOf(block.Span.Start);

    /// <summary>The source text of a block.</summary>
    /// <param name="block">A block of <see cref="Document"/>.</param>
    public string SourceOf(Block block) => block.Span.Length <= 0 ? string.Empty : Text.Substring(block.Span.Start, Math.Min(block.Span.Length, Text.Length - block.Span.Start));

    /// <summary>
    /// Markdig's parse; its own limits (nesting it counts differently from <see cref="MarkdownLimits"/>) become a one-line
    /// error naming the page instead of an exception.
    /// </summary>
    private static MarkdownDocument ParseDocument(string path, string text)
    {
        try
        {
            return Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException exception)
        {
            throw new CliException($"{path}: Markdig cannot read this page ({IO.InputFiles.OneLine(exception.Message)}); it is not imported", exception);
        }
    }

    private static string Normalize(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return normalized.Length > 0 && normalized[0] == '\uFEFF' ? normalized.Substring(1) : normalized;
    }
}
