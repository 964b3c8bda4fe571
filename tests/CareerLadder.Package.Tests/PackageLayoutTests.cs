using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit;

namespace CareerLadder.Package.Tests;

/// <summary>What `dotnet pack src/CareerLadder` produces: one package, runtime in lib/, generator in analyzers/.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private static readonly string[] ExpectedFiles =
    {
        "README.md",
        "analyzers/dotnet/cs/CareerLadder.Authoring.dll",
        "analyzers/dotnet/cs/CareerLadder.Generator.dll",
        "analyzers/dotnet/cs/YamlDotNet.dll",
        "build/CareerLadder.props",
        "lib/net8.0/CareerLadder.dll",
        "lib/net8.0/CareerLadder.xml",
        "lib/netstandard2.0/CareerLadder.dll",
        "lib/netstandard2.0/CareerLadder.xml",
        "schemas/framework.schema.json",
        "schemas/level-details.schema.json",
        "schemas/overlay.schema.json",
        "schemas/track.schema.json",
    };

    private readonly PackageFixture _package;

    public PackageLayoutTests(PackageFixture package)
    {
        _package = package;
        _package.AssertPacked();
    }

    [Fact]
    public void The_package_holds_exactly_the_runtime_library_the_generator_the_props_and_the_readme()
    {
        using var zip = _package.OpenPackage();
        var files = zip.Entries
            .Select(entry => entry.FullName)
            .Where(name => !IsPackagingMetadata(name))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(ExpectedFiles, files);
    }

    [Fact]
    public void The_packed_props_is_the_repository_props()
    {
        using var zip = _package.OpenPackage();
        using var reader = new StreamReader(zip.GetEntry("build/CareerLadder.props")!.Open());
        var packed = reader.ReadToEnd();
        var source = File.ReadAllText(Path.Combine(_package.RepositoryRoot, "src", "CareerLadder", "build", "CareerLadder.props"));

        Assert.Equal(source, packed);
        Assert.Contains("CareerLadderFiles", packed, StringComparison.Ordinal);
        Assert.Contains("<CompilerVisibleProperty Include=\"CareerLadderNamespace\"", packed, StringComparison.Ordinal);
    }

    [Fact]
    public void The_nuspec_has_the_metadata_and_no_dependencies()
    {
        var nuspec = ReadNuspec();
        var metadata = Single(nuspec.Root!, "metadata");
        string Value(string name) => Single(metadata, name).Value;

        Assert.Equal(PackageFixture.PackageId, Value("id"));
        Assert.Equal(_package.Version, Value("version"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("expression", Single(metadata, "license").Attribute("type")?.Value);
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("source-generator", Value("tags").Split(' '));
        var repository = Single(metadata, "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Equal("https://github.com/CareerLadder/CareerLadder", repository.Attribute("url")?.Value);

        // The generator's YamlDotNet, Roslyn and PolySharp must not leak to consumers: no dependency at all.
        var dependencies = nuspec.Descendants().Where(element => element.Name.LocalName == "dependency").Select(element => element.Attribute("id")?.Value).ToArray();
        Assert.True(dependencies.Length == 0, "Unexpected package dependencies: " + string.Join(", ", dependencies) + Environment.NewLine + nuspec);
        var groups = nuspec.Descendants().Where(element => element.Name.LocalName == "group").Select(element => element.Attribute("targetFramework")?.Value).OrderBy(name => name, StringComparer.Ordinal);
        Assert.Equal(new[] { ".NETStandard2.0", "net8.0" }, groups);
    }

    [Fact]
    public void The_generator_targets_netstandard2_0_and_Roslyn_4_8_so_that_the_dotnet_8_SDK_can_load_it()
    {
        using var zip = _package.OpenPackage();
        var references = AssemblyReferences(zip, "analyzers/dotnet/cs/CareerLadder.Generator.dll");

        Assert.Contains("netstandard", references.Keys);
        Assert.Equal(new Version(4, 8, 0, 0), references["Microsoft.CodeAnalysis"]);
        Assert.True(references.ContainsKey("CareerLadder.Authoring"), string.Join(", ", references.Keys));
        Assert.Contains("YamlDotNet", AssemblyReferences(zip, "analyzers/dotnet/cs/CareerLadder.Authoring.dll").Keys);
    }

    [Fact]
    public void The_symbols_package_holds_the_runtime_pdbs()
    {
        Assert.True(File.Exists(_package.SymbolsPackagePath), _package.Pack.ToString());
        using var zip = ZipFile.OpenRead(_package.SymbolsPackagePath);
        var pdbs = zip.Entries.Select(entry => entry.FullName).Where(name => name.EndsWith(".pdb", StringComparison.Ordinal)).OrderBy(name => name, StringComparer.Ordinal);

        Assert.Equal(new[] { "lib/net8.0/CareerLadder.pdb", "lib/netstandard2.0/CareerLadder.pdb" }, pdbs);
    }

    private XDocument ReadNuspec()
    {
        using var zip = _package.OpenPackage();
        var entry = Assert.Single(zip.Entries, candidate => candidate.FullName == PackageFixture.PackageId + ".nuspec");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static XElement Single(XElement parent, string localName) =>
        Assert.Single(parent.Elements(), element => element.Name.LocalName == localName);

    private static bool IsPackagingMetadata(string name) =>
        name == PackageFixture.PackageId + ".nuspec"
        || name == "[Content_Types].xml"
        || name.StartsWith("_rels/", StringComparison.Ordinal)
        || name.StartsWith("package/", StringComparison.Ordinal);

    private static System.Collections.Generic.Dictionary<string, Version> AssemblyReferences(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path);
        Assert.True(entry is not null, path + " is not in the package.");
        using var buffer = new MemoryStream();
        using (var stream = entry!.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        using var pe = new PEReader(buffer);
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences
            .Select(handle => reader.GetAssemblyReference(handle))
            .ToDictionary(reference => reader.GetString(reference.Name), reference => reference.Version, StringComparer.Ordinal);
    }
}
