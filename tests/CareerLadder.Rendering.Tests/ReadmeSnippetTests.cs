using System;
using System.IO;
using System.Linq;
using Xunit;

namespace CareerLadder.Rendering.Tests;

/// <summary>The chart endpoint of the package readme is the web sample's, which the build compiles.</summary>
public sealed class ReadmeSnippetTests
{
    [Fact]
    public void The_readme_chart_snippet_is_the_code_the_web_sample_compiles()
    {
        var root = CareerLadder.TestSupport.RepositoryRoot.Path;
        var source = File.ReadAllLines(Path.Combine(root, "samples", "LadderService", "TrackPages.cs"));
        var start = Array.FindIndex(source, line => line.Contains("// chart-snippet-start", StringComparison.Ordinal));
        var end = Array.FindIndex(source, line => line.Contains("// chart-snippet-end", StringComparison.Ordinal));
        var compiled = source[(start + 1)..end].Select(line => line.Trim()).ToArray();

        var readme = File.ReadAllText(Path.Combine(root, "src", "CareerLadder.Rendering", "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var block = readme[(readme.IndexOf("```csharp\nendpoints.MapGet(\"/levels/{level}/chart.svg\"", StringComparison.Ordinal) + 10)..];
        var shown = block[..block.IndexOf("```", StringComparison.Ordinal)].Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()).ToArray();

        Assert.Equal(2, compiled.Length);
        Assert.Equal(compiled, shown);
    }

}
