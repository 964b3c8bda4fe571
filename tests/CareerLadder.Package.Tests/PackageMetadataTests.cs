using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace CareerLadder.Package.Tests;

/// <summary>What a package page shows for each package the repository ships: readme, description, tags, licence, release notes, symbols.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageMetadataTests
{
    private readonly PackageFixture _package;

    public PackageMetadataTests(PackageFixture package)
    {
        _package = package;
        _package.AssertPacked();
    }

    public static TheoryData<string> Packages()
    {
        var data = new TheoryData<string>();
        foreach (var id in PackageFixture.PackageIds)
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Each_package_has_its_own_readme_a_description_tags_the_licence_and_the_changelog_section_as_release_notes(string id)
    {
        using var zip = ZipFile.OpenRead(_package.PackagePathOf(id));
        var metadata = Metadata(zip, id);
        string Value(string name) => Assert.Single(metadata.Elements(), element => element.Name.LocalName == name).Value;

        Assert.Equal("README.md", Value("readme"));
        var readme = Read(zip, "README.md");
        var projectFolder = id == "CareerLadder" ? "CareerLadder" : id;
        Assert.Equal(File.ReadAllText(Path.Combine(_package.RepositoryRoot, "src", projectFolder, "README.md")), readme);

        Assert.True(Value("description").Length > 80, id + ": the description says too little: " + Value("description"));
        Assert.Contains("career-ladder", Value("tags").Split(' '));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("https://github.com/CareerLadder/CareerLadder", Value("projectUrl"));

        var notes = Value("releaseNotes");
        Assert.StartsWith("## 1.0.0", notes, StringComparison.Ordinal);
        Assert.Contains("**" + id + "**", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("\n## ", notes, StringComparison.Ordinal);
        Assert.Contains(notes, File.ReadAllText(Path.Combine(_package.RepositoryRoot, "src", "CHANGELOG.md")).Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Each_package_with_code_has_a_symbols_package_with_the_pdb_of_every_assembly_it_ships(string id)
    {
        using var zip = ZipFile.OpenRead(_package.PackagePathOf(id));
        var assemblies = zip.Entries.Select(entry => entry.FullName)
            .Where(name => name.EndsWith(".dll", StringComparison.Ordinal) && (name.StartsWith("lib/", StringComparison.Ordinal) || name.StartsWith("tools/", StringComparison.Ordinal)))
            .Where(name => Path.GetFileName(name).StartsWith("CareerLadder", StringComparison.Ordinal))
            .Select(name => Path.ChangeExtension(name, ".pdb"))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
        var symbols = Path.ChangeExtension(_package.PackagePathOf(id), ".snupkg");
        if (id == "CareerLadder.Templates")
        {
            Assert.Empty(assemblies);
            Assert.False(File.Exists(symbols), "The template package has no code and needs no symbols package.");
            return;
        }

        Assert.NotEmpty(assemblies);
        Assert.True(File.Exists(symbols), symbols + " was not produced. " + _package.Pack);
        using var symbolsZip = ZipFile.OpenRead(symbols);
        var pdbs = symbolsZip.Entries.Select(entry => entry.FullName).Where(name => name.EndsWith(".pdb", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        Assert.All(assemblies, pdb => Assert.Contains(pdb, pdbs));
    }

    [Fact]
    public void The_EF_Core_package_targets_net8_with_EF_Core_8_and_net10_with_EF_Core_10()
    {
        const string id = "CareerLadder.EntityFrameworkCore";
        using var zip = ZipFile.OpenRead(_package.PackagePathOf(id));
        var groups = Metadata(zip, id).Descendants().Where(element => element.Name.LocalName == "group")
            .ToDictionary(
                group => group.Attribute("targetFramework")!.Value,
                group => group.Elements().Single(dependency => dependency.Attribute("id")!.Value == "Microsoft.EntityFrameworkCore").Attribute("version")!.Value,
                StringComparer.Ordinal);

        Assert.Equal(new[] { "net10.0", "net8.0" }, groups.Keys.OrderBy(name => name, StringComparer.Ordinal));
        Assert.StartsWith("8.0.", groups["net8.0"], StringComparison.Ordinal);
        Assert.StartsWith("10.0.", groups["net10.0"], StringComparison.Ordinal);
        Assert.NotNull(zip.GetEntry("lib/net8.0/CareerLadder.EntityFrameworkCore.dll"));
        Assert.NotNull(zip.GetEntry("lib/net10.0/CareerLadder.EntityFrameworkCore.dll"));
    }

    private static XElement Metadata(ZipArchive zip, string id)
    {
        var nuspec = XDocument.Parse(Read(zip, id + ".nuspec"));
        return Assert.Single(nuspec.Root!.Elements(), element => element.Name.LocalName == "metadata");
    }

    private static string Read(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path);
        Assert.True(entry is not null, path + " is not in the package.");
        using var reader = new StreamReader(entry!.Open());
        return reader.ReadToEnd();
    }
}
