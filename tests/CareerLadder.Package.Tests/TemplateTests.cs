using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace CareerLadder.Package.Tests;

/// <summary>
/// A new user's first steps: `dotnet new install` of the template package and the `careerladder` tool from the feed,
/// `dotnet new careerladder`, then build with TreatWarningsAsErrors, test, and check the ladders with the tool. The
/// template hive and the CLI home are temporary folders, so the user's own template list is never touched.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class TemplateTests
{
    private readonly PackageFixture _package;

    public TemplateTests(PackageFixture package)
    {
        _package = package;
        _package.AssertPacked();
    }

    [Fact]
    public async Task The_template_creates_a_ladder_library_its_tests_and_a_service_that_build_without_warnings_and_pass()
    {
        var folder = IsolatedFolder.Create(_package, "template");
        var environment = new Dictionary<string, string>(folder.Environment(), StringComparer.Ordinal)
        {
            ["DOTNET_CLI_HOME"] = Path.Combine(folder.Root, "cli-home"),
        };
        var hive = Path.Combine(folder.Root, "template-hive");
        Task<ProcessResult> Run(string directory, params string[] arguments) => DotNet.RunAsync(Path.Combine(folder.Root, directory), environment, arguments);

        var install = await Run(".", "new", "install", "CareerLadder.Templates::" + _package.Version, "--add-source", _package.FeedDirectory, "--debug:custom-hive", hive);
        Assert.True(install.Succeeded, install.ToString());
        Assert.Contains("careerladder", install.Output, StringComparison.Ordinal);

        var create = await Run(".", "new", "careerladder", "-n", "Acme", "--debug:custom-hive", hive);
        Assert.True(create.Succeeded, create.ToString());
        foreach (var file in new[]
        {
            "Acme.slnx", "Acme.Ladders/Acme.Ladders.csproj", "Acme.Ladders/ladders/framework.yaml", "Acme.Ladders/ladders/software-engineer.yaml",
            "Acme.Ladders/ladders/ladders.shipped.txt", "Acme.Ladders.Tests/Acme.Ladders.Tests.csproj", "Acme.Service/Acme.Service.csproj", "Acme.Service/Program.cs",
        })
        {
            Assert.True(File.Exists(Path.Combine(folder.Root, "Acme", file)), file + " was not created. " + create);
        }

        Assert.Contains($"Include=\"CareerLadder\" Version=\"{_package.Version}\"", File.ReadAllText(Path.Combine(folder.Root, "Acme", "Acme.Ladders", "Acme.Ladders.csproj")), StringComparison.Ordinal);

        var build = await Run("Acme", new[] { "build", "Acme.slnx", "-p:TreatWarningsAsErrors=true", "-p:NuGetAudit=false" }.Concat(DotNet.NoServers).ToArray());
        Assert.True(build.Succeeded, build.ToString());
        Assert.Matches(@"(?m)^\s*0 Warning\(s\)", build.Output);

        var test = await Run("Acme", "test", "Acme.slnx", "--no-build");
        Assert.True(test.Succeeded, test.ToString());
        Assert.Matches(@"Failed:\s+0, Passed:\s+2,", test.Output);

        // The tool from the feed agrees with the generator on the template's ladders and with its baseline.
        var tool = await Run(".", "tool", "install", "CareerLadder.Cli", "--version", _package.Version, "--tool-path", "tools");
        Assert.True(tool.Succeeded, tool.ToString());
        var careerladder = Path.Combine(folder.Root, "tools", "careerladder");
        var validate = await DotNet.RunProgramAsync(careerladder, Path.Combine(folder.Root, "Acme"), "validate", "Acme.Ladders/ladders");
        Assert.True(validate.Succeeded, validate.ToString());
        Assert.Contains("0 errors, 0 warnings", validate.Output, StringComparison.Ordinal);
        var baseline = await DotNet.RunProgramAsync(careerladder, Path.Combine(folder.Root, "Acme"), "baseline", "Acme.Ladders/ladders", "--check");
        Assert.True(baseline.Succeeded, "The template's ladders.shipped.txt is not what `careerladder baseline` writes. " + baseline);
    }
}
