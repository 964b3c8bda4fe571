using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;

namespace CareerLadder.Docs.Tests;

/// <summary>
/// Every relative link of every Markdown file in the repository leads somewhere: the file or folder exists and the
/// anchor, if any, is a heading of the target (with the ids GitHub gives headings).
/// </summary>
public sealed class MarkdownLinkTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAutoIdentifiers(AutoIdentifierOptions.GitHub).UsePreciseSourceLocation().Build();

    private static readonly string[] SkippedFolders = { ".git", "bin", "obj", "artifacts", "TestResults", "BenchmarkDotNet.Artifacts", "node_modules" };

    public static TheoryData<string> MarkdownFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in FindMarkdown(CareerLadder.TestSupport.RepositoryRoot.Path))
        {
            data.Add(Path.GetRelativePath(CareerLadder.TestSupport.RepositoryRoot.Path, file).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void The_repository_has_its_documentation_files()
    {
        var files = FindMarkdown(CareerLadder.TestSupport.RepositoryRoot.Path)
            .Select(file => Path.GetRelativePath(CareerLadder.TestSupport.RepositoryRoot.Path, file).Replace('\\', '/'))
            .ToArray();

        Assert.Contains("README.md", files);
        Assert.Contains("ladders/README.md", files);
        Assert.Contains("src/CareerLadder/README.md", files);
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Every_relative_link_and_anchor_resolves(string relativePath)
    {
        var root = CareerLadder.TestSupport.RepositoryRoot.Path;
        var file = Path.Combine(root, relativePath);
        var broken = new List<string>();
        foreach (var (url, line) in Links(file))
        {
            if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var hash = url.IndexOf('#', StringComparison.Ordinal);
            var path = Uri.UnescapeDataString(hash >= 0 ? url[..hash] : url);
            var anchor = hash >= 0 ? url[(hash + 1)..] : null;
            var target = path.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                broken.Add($"{relativePath}({line}): '{url}': {Path.GetRelativePath(root, target)} does not exist");
                continue;
            }

            if (anchor is not null && target.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !HeadingIds(target).Contains(anchor))
            {
                broken.Add($"{relativePath}({line}): '{url}': no heading with the id '{anchor}' in {Path.GetRelativePath(root, target)}");
            }
        }

        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
    }

    private static IEnumerable<(string Url, int Line)> Links(string file)
    {
        var document = Markdown.Parse(File.ReadAllText(file), Pipeline);
        return document.Descendants<LinkInline>()
            .Where(link => !string.IsNullOrEmpty(link.Url))
            .Select(link => (link.Url!, link.Line + 1))
            .ToList();
    }

    private static HashSet<string> HeadingIds(string file)
    {
        var document = Markdown.Parse(File.ReadAllText(file), Pipeline);
        return document.Descendants<HeadingBlock>()
            .Select(heading => heading.GetAttributes().Id)
            .Where(id => id is not null)
            .Select(id => id!)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> FindMarkdown(string directory)
    {
        // Under Fixtures/, Markdown pages are the importer's input (broken links included on purpose): only a fixture
        // set's README is documentation, and a pages/ folder holds input only.
        var fixtures = directory.Split(Path.DirectorySeparatorChar).Contains("Fixtures", StringComparer.Ordinal);
        if (fixtures && Path.GetFileName(directory) == "pages")
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.md").Order(StringComparer.Ordinal))
        {
            if (!fixtures || Path.GetFileName(file) == "README.md")
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(child), StringComparer.Ordinal))
            {
                foreach (var file in FindMarkdown(child))
                {
                    yield return file;
                }
            }
        }
    }
}
