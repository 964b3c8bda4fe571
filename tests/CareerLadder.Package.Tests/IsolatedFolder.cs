using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace CareerLadder.Package.Tests;

/// <summary>
/// A folder under the fixture's temporary root that no outer MSBuild or NuGet file reaches: its own NuGet.config (the
/// folder feed for CareerLadder and the test's own packages, nuget.org for anything else) and empty Directory.* files
/// unless the test writes its own.
/// </summary>
internal sealed class IsolatedFolder
{
    private readonly PackageFixture _package;

    private IsolatedFolder(PackageFixture package, string root)
    {
        _package = package;
        Root = root;
    }

    public string Root { get; }

    /// <summary>Creates the folder; <paramref name="localPackages"/> are package id patterns served by the folder feed.</summary>
    public static IsolatedFolder Create(PackageFixture package, string name, params string[] localPackages)
    {
        var root = Path.Combine(package.TempRoot, name);
        Assert.False(PackageFixture.IsUnder(root, package.RepositoryRoot));
        Directory.CreateDirectory(root);
        var patterns = string.Concat(new[] { PackageFixture.PackageId, PackageFixture.PackageId + ".*" }.Concat(localPackages)
            .Select(pattern => System.Environment.NewLine + "      <package pattern=\"" + pattern + "\" />"));
        File.WriteAllText(Path.Combine(root, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{package.FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local">{patterns}
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(root, file), "<Project />\n");
        }

        return new IsolatedFolder(package, root);
    }

    /// <summary>Writes a file, creating its folders; the path is relative to the root.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Copies ladder files of the repository's ladders/ folder into <paramref name="folder"/>.</summary>
    public void CopyLadders(string folder, params string[] names)
    {
        Directory.CreateDirectory(Path.Combine(Root, folder));
        foreach (var name in names)
        {
            File.Copy(Path.Combine(_package.RepositoryRoot, "ladders", name), Path.Combine(Root, folder, name));
        }
    }

    /// <summary>Copies the ladder files of the template's library (a framework and one track) into <paramref name="folder"/>.</summary>
    public void CopyTemplateLadders(string folder)
    {
        var source = Path.Combine(_package.RepositoryRoot, "src", "CareerLadder.Templates", "content", "careerladder", "MyCompany.Ladders", "ladders");
        Directory.CreateDirectory(Path.Combine(Root, folder));
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(Root, folder, Path.GetFileName(file)));
        }
    }

    /// <summary>Runs the .NET CLI in <paramref name="relativeDirectory"/> with this run's packages folder and no build servers.</summary>
    public Task<ProcessResult> DotNetAsync(string relativeDirectory, params string[] arguments) =>
        DotNet.RunAsync(Path.Combine(Root, relativeDirectory), Environment(), arguments.Concat(IsBuild(arguments) ? DotNet.NoServers : Array.Empty<string>()).ToArray());

    /// <summary>Like <see cref="DotNetAsync"/>, with a longer time limit.</summary>
    public Task<ProcessResult> DotNetLongAsync(string relativeDirectory, TimeSpan timeout, params string[] arguments) =>
        DotNet.RunLongAsync(Path.Combine(Root, relativeDirectory), Environment(), timeout, arguments.Concat(IsBuild(arguments) ? DotNet.NoServers : Array.Empty<string>()).ToArray());

    public Dictionary<string, string> Environment() => new(StringComparer.Ordinal)
    {
        ["NUGET_PACKAGES"] = _package.PackagesDirectory,
    };

    private static bool IsBuild(string[] arguments) => arguments.Length > 0 && arguments[0] is "build" or "pack" or "publish";
}
