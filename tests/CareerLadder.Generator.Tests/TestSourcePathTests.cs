using System;
using System.IO;
using System.Linq;
using CareerLadder.TestSupport;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// CI builds with ContinuousIntegrationBuild, which maps every source path to "/_/": a test that finds
/// repository files through the caller-file-path attribute passes locally and fails in CI. Tests use RepositoryRoot instead.
/// </summary>
public sealed class TestSourcePathTests
{
    [Fact]
    public void No_test_locates_files_through_its_own_source_path()
    {
        var attribute = "[" + "CallerFilePath";
        var offenders = Directory.EnumerateFiles(RepositoryRoot.Combine("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(path => File.ReadAllText(path).Contains(attribute, StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepositoryRoot.Path, path))
            .ToList();

        Assert.Empty(offenders);
    }
}
