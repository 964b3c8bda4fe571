using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace CareerLadder.Package.Tests;

/// <summary>The minimal consumer and the quick start of README.md, extracted from it and built as written.</summary>
[Collection(PackageCollection.Name)]
public sealed class ReadmeTests
{
    private readonly PackageFixture _package;

    public ReadmeTests(PackageFixture package)
    {
        _package = package;
        _package.AssertPacked();
    }

    [Fact]
    public async Task The_README_minimal_consumer_and_quick_start_compile_without_warnings_and_run()
    {
        var readme = File.ReadAllText(Path.Combine(_package.RepositoryRoot, "README.md"));
        var project = CodeBlockAfter(readme, "A minimal consumer is", "xml");
        var quickStart = CodeBlockAfter(readme, "## Quick start for a consumer", "csharp");
        Assert.Contains("<PackageReference Include=\"CareerLadder\" Version=\"1.0.0\" />", project, StringComparison.Ordinal);

        var folder = IsolatedFolder.Create(_package, "readme-consumer");
        folder.Write("MyService/MyService.csproj", project.Replace("Version=\"1.0.0\"", "Version=\"" + _package.Version + "\"", StringComparison.Ordinal));
        folder.Write("MyService/Program.cs", quickStart);
        folder.CopyLadders("MyService/ladders", Directory.GetFiles(Path.Combine(_package.RepositoryRoot, "ladders"), "*.yaml").Select(Path.GetFileName).ToArray()!);

        var build = await folder.DotNetAsync("MyService", "build", "MyService.csproj", "-p:TreatWarningsAsErrors=true", "-p:NuGetAudit=false");

        Assert.True(build.Succeeded, build.ToString());
        Assert.Matches(new Regex(@"^\s*0 Warning\(s\)", RegexOptions.Multiline), build.Output);

        // The README targets net8.0; only a newer runtime may be installed, so let the app roll forward to it.
        var environment = new Dictionary<string, string>(folder.Environment(), StringComparer.Ordinal) { ["DOTNET_ROLL_FORWARD"] = "Major" };
        var run = await DotNet.RunAsync(Path.Combine(folder.Root, "MyService"), environment, "exec", Path.Combine("bin", "Debug", "net8.0", "MyService.dll"));
        Assert.True(run.Succeeded, run.ToString());
        Assert.StartsWith("Owns", run.Output, StringComparison.Ordinal);
    }

    /// <summary>The first fenced code block of <paramref name="language"/> after <paramref name="marker"/>.</summary>
    private static string CodeBlockAfter(string markdown, string marker, string language)
    {
        var start = markdown.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md no longer contains '{marker}'.");
        var match = new Regex("^```" + language + @"\r?\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline).Match(markdown, start);
        Assert.True(match.Success, $"No ```{language} block after '{marker}' in README.md.");
        return match.Groups["code"].Value;
    }
}
