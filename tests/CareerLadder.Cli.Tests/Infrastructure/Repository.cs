using System;
using System.IO;

namespace CareerLadder.Cli.Tests.Infrastructure;

/// <summary>Paths of the repository and of this project's fixtures.</summary>
internal static class Repository
{
    public static string Root => CareerLadder.TestSupport.RepositoryRoot.Path;

    public static string Ladders => Path.Combine(Root, "ladders");

    public static string RuleFixtures => Path.Combine(Root, "tests", "CareerLadder.Generator.Tests", "Fixtures", "Rules");

    /// <summary>A fixture of this project, copied to the output directory.</summary>
    public static string Fixture(params string[] parts) => Path.Combine(new[] { AppContext.BaseDirectory, "Fixtures" }.Concat(parts));

    /// <summary>The same fixture in the source tree, for UPDATE_SNAPSHOTS=1.</summary>
    public static string SourceFixture(params string[] parts) => Path.Combine(new[] { Root, "tests", "CareerLadder.Cli.Tests", "Fixtures" }.Concat(parts));

    public static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }
}
