using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;

namespace CareerLadder.Cli.Importing.Markdown;

/// <summary>A heading with the blocks up to the next heading and the deeper headings below it.</summary>
internal sealed class OutlineNode
{
    /// <summary>Creates a node.</summary>
    /// <param name="heading">The heading, or null for the part of the page before the first heading.</param>
    /// <param name="title">The heading's text.</param>
    /// <param name="level">1 for <c>#</c>, 2 for <c>##</c>, ...; 0 for the root.</param>
    /// <param name="line">The heading's 1-based line.</param>
    public OutlineNode(HeadingBlock? heading, string title, int level, int line)
    {
        Heading = heading;
        Title = title;
        Level = level;
        Line = line;
    }

    /// <summary>The heading block, or null for the root.</summary>
    public HeadingBlock? Heading { get; }

    /// <summary>The heading's plain text.</summary>
    public string Title { get; }

    /// <summary>The heading level; 0 for the root.</summary>
    public int Level { get; }

    /// <summary>The heading's 1-based line.</summary>
    public int Line { get; }

    /// <summary>The blocks between this heading and the next heading of any level.</summary>
    public List<Block> Content { get; } = new();

    /// <summary>The headings nested below this one.</summary>
    public List<OutlineNode> Children { get; } = new();

    /// <summary>This node and every node below it, depth first.</summary>
    public IEnumerable<OutlineNode> DescendantsAndSelf() => new[] { this }.Concat(Children.SelectMany(child => child.DescendantsAndSelf()));
}

/// <summary>Builds the heading tree of a page.</summary>
internal static class Outline
{
    /// <summary>Returns the root: its content is what precedes the first heading, its children the top headings.</summary>
    /// <param name="source">The page.</param>
    public static OutlineNode Build(MarkdownSource source)
    {
        var root = new OutlineNode(null, string.Empty, 0, 1);
        var stack = new Stack<OutlineNode>();
        stack.Push(root);
        foreach (var block in source.Document)
        {
            if (block is HeadingBlock heading)
            {
                while (stack.Peek().Level >= heading.Level)
                {
                    stack.Pop();
                }

                var node = new OutlineNode(heading, InlineText.Plain(heading.Inline), heading.Level, source.LineOf(heading));
                stack.Peek().Children.Add(node);
                stack.Push(node);
                continue;
            }

            if (block is Markdig.Extensions.Yaml.YamlFrontMatterBlock or BlankLineBlock)
            {
                continue;
            }

            stack.Peek().Content.Add(block);
        }

        return root;
    }
}
