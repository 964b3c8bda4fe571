using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace CareerLadder.Package.Tests;

/// <summary>
/// Packs every packable project (<see cref="PackageIds"/>, listed in Packages.slnf) once per test run, with a unique
/// version, into a folder feed in a temporary directory outside the repository. The build goes to its own artifacts
/// folder, so the repository's bin/ and obj/ are left alone.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public const string PackageId = "CareerLadder";

    /// <summary>Every package the repository ships; Packages.slnf beside this file packs exactly these.</summary>
    public static readonly string[] PackageIds =
    {
        PackageId, "CareerLadder.Rendering", "CareerLadder.EntityFrameworkCore", "CareerLadder.Cli", "CareerLadder.Templates",
    };

    public PackageFixture()
    {
        RepositoryRoot = CareerLadder.TestSupport.RepositoryRoot.Path;
        Version = "1.0.0-test." + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
        TempRoot = Path.Combine(Path.GetTempPath(), "careerladder-package-tests", Guid.NewGuid().ToString("N"));
        FeedDirectory = Path.Combine(TempRoot, "feed");
        PackagesDirectory = Path.Combine(TempRoot, "packages");
    }

    public string RepositoryRoot { get; }

    public string Version { get; }

    /// <summary>Everything the tests write goes under this directory; it is deleted after the run.</summary>
    public string TempRoot { get; }

    public string FeedDirectory { get; }

    /// <summary>Global packages folder of the consumers, so that they never see another run's extracted package.</summary>
    public string PackagesDirectory { get; }

    public string PackagePath => PackagePathOf(PackageId);

    public string SymbolsPackagePath => Path.Combine(FeedDirectory, $"{PackageId}.{Version}.snupkg");

    public string PackagePathOf(string id) => Path.Combine(FeedDirectory, $"{id}.{Version}.nupkg");

    public ProcessResult Pack { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(TempRoot);
        Assert.False(IsUnder(TempRoot, RepositoryRoot), $"The temporary directory {TempRoot} must be outside the repository {RepositoryRoot}.");

        Pack = await DotNet.RunAsync(
            RepositoryRoot,
            environment: null,
            new[]
            {
                "pack", Path.Combine(RepositoryRoot, "tests", "CareerLadder.Package.Tests", "Packages.slnf"),
                "-c", "Release",
                "-o", FeedDirectory,
                "--artifacts-path", Path.Combine(TempRoot, "artifacts"),
                "-p:Version=" + Version,
            }.Concat(DotNet.NoServers).ToArray());
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("CAREERLADDER_KEEP_TEST_FILES") != "1")
        {
            try
            {
                Directory.Delete(TempRoot, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a process may still hold a file.
            }
            catch (UnauthorizedAccessException)
            {
                // Best effort.
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Fails the calling test with the pack output unless the package was produced.</summary>
    public void AssertPacked()
    {
        Assert.True(Pack.Succeeded, Pack.ToString());
        foreach (var id in PackageIds)
        {
            Assert.True(File.Exists(PackagePathOf(id)), $"{PackagePathOf(id)} was not produced. {Pack}");
        }
    }

    public ZipArchive OpenPackage() => ZipFile.OpenRead(PackagePath);

    public static bool IsUnder(string path, string directory)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(root, StringComparison.Ordinal);
    }

}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}
