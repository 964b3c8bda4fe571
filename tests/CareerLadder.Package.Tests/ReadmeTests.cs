using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace CareerLadder.Package.Tests;

/// <summary>The quick start of README.md (its project file, its two ladder files and its C#), extracted and built as written.</summary>
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
    public async Task The_README_quick_start_builds_without_warnings_runs_as_its_comments_say_and_fails_as_it_says_on_a_misspelt_step()
    {
        var readme = File.ReadAllText(Path.Combine(_package.RepositoryRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        const string QuickStart = "## Quick start";
        var framework = CodeBlockAfter(readme, QuickStart, "yaml");
        var track = CodeBlockAfter(readme, "A track, `ladders/software-engineer.yaml`", "yaml");
        var project = CodeBlockAfter(readme, QuickStart, "xml");
        var program = CodeBlockAfter(readme, QuickStart, "csharp");
        Assert.Contains("<PackageReference Include=\"CareerLadder\" Version=\"1.0.0\" />", project, StringComparison.Ordinal);

        var folder = IsolatedFolder.Create(_package, "readme-consumer");
        folder.Write("MyService/MyService.csproj", project.Replace("Version=\"1.0.0\"", "Version=\"" + _package.Version + "\"", StringComparison.Ordinal));
        folder.Write("MyService/Program.cs", program);
        folder.Write("MyService/ladders/framework.yaml", framework);
        var trackPath = folder.Write("MyService/ladders/software-engineer.yaml", track);

        var build = await folder.DotNetAsync("MyService", "build", "MyService.csproj", "-p:TreatWarningsAsErrors=true", "-p:NuGetAudit=false");

        Assert.True(build.Succeeded, build.ToString());
        Assert.Matches(new Regex(@"^\s*0 Warning\(s\)", RegexOptions.Multiline), build.Output);

        // The README targets net8.0; only a newer runtime may be installed, so let the app roll forward to it.
        var environment = new Dictionary<string, string>(folder.Environment(), StringComparer.Ordinal) { ["DOTNET_ROLL_FORWARD"] = "Major" };
        var run = await DotNet.RunAsync(Path.Combine(folder.Root, "MyService"), environment, "exec", Path.Combine("bin", "Debug", "net8.0", "MyService.dll"));
        Assert.True(run.Succeeded, run.ToString());
        var lines = run.Output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();
        var comments = Regex.Matches(program, @"Console\.WriteLine\(.*?// (?<shown>.*)$", RegexOptions.Multiline).Select(match => match.Groups["shown"].Value.Trim()).ToArray();
        Assert.Equal(comments.Length, lines.Length);
        for (var index = 0; index < lines.Length; index++)
        {
            var shown = comments[index].EndsWith(", ...", StringComparison.Ordinal) ? comments[index][..^5] : comments[index];
            Assert.StartsWith(shown, lines[index], StringComparison.Ordinal);
        }

        // The error README promises for a misspelt step, at the line and column it gives.
        var promised = Regex.Match(readme, @"`(?<error>ladders/software-engineer\.yaml\(\d+,\d+\): error CL\d{4}: [^`]*)`");
        Assert.True(promised.Success, "README no longer shows the error of a misspelt step.");
        File.WriteAllText(trackPath, track.Replace("step: Adopts,", "step: Adopt,", StringComparison.Ordinal));
        var broken = await folder.DotNetAsync("MyService", "build", "MyService.csproj", "-p:NuGetAudit=false");
        Assert.False(broken.Succeeded, broken.ToString());
        Assert.Contains(promised.Groups["error"].Value, broken.Output.Replace(Path.Combine(folder.Root, "MyService") + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>The first fenced code block of <paramref name="language"/> after <paramref name="marker"/>.</summary>
    private static string CodeBlockAfter(string markdown, string marker, string language)
    {
        var start = markdown.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md no longer contains '{marker}'.");
        var match = new Regex("^```" + language + @"\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline).Match(markdown, start);
        Assert.True(match.Success, $"No ```{language} block after '{marker}' in README.md.");
        return match.Groups["code"].Value;
    }
}
