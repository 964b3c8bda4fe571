using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace CareerLadder.Package.Tests;

/// <summary>
/// A .NET 8 service with its own ladders takes the runtime, rendering and EF Core packages from the feed: it draws a
/// level's chart and stores a level in SQLite through EF Core 8 and the package's converters, then reads it back.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class Net8ServiceTests
{
    private const string Program = """
        using System;
        using System.IO;
        using System.Linq;
        using CareerLadder;
        using CareerLadder.EntityFrameworkCore;
        using CareerLadder.Rendering.Radar;
        using Microsoft.EntityFrameworkCore;
        using Shop.Ladders;

        var se2 = CareerLadders.SoftwareEngineer.SE2;
        var chart = RadarChart.Svg(se2, CareerLadders.Competencies);
        Console.WriteLine("Chart: " + (chart.StartsWith("<svg", StringComparison.Ordinal) && chart.Contains("Specializes") ? "drawn" : chart));

        var file = Path.Combine(AppContext.BaseDirectory, "people.db");
        File.Delete(file);
        using (var db = new PeopleDb(file))
        {
            db.Database.EnsureCreated();
            db.People.Add(new Person { Name = "Ada", Level = se2 });
            db.SaveChanges();
        }

        using (var db = new PeopleDb(file))
        {
            var person = db.People.Single();
            var stored = db.Database.SqlQueryRaw<string>("SELECT Level AS Value FROM People").Single();
            Console.WriteLine("Stored: " + stored + ", read back as the catalog's own level: " + ReferenceEquals(person.Level, se2));
        }

        public sealed class Person
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public Level Level { get; set; } = null!;
        }

        public sealed class PeopleDb(string file) : DbContext
        {
            public DbSet<Person> People => Set<Person>();

            protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseSqlite("Data Source=" + file);

            protected override void ConfigureConventions(ModelConfigurationBuilder builder) => builder.UseLadderCodes();
        }
        """;

    private readonly PackageFixture _package;

    public Net8ServiceTests(PackageFixture package)
    {
        _package = package;
        _package.AssertPacked();
    }

    [Fact]
    public async Task A_net8_service_draws_a_chart_and_stores_a_level_with_EF_Core_8_from_the_packages()
    {
        var folder = IsolatedFolder.Create(_package, "net8-service");
        folder.Write("Shop/Shop.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net8.0</TargetFramework>
                <RootNamespace>Shop</RootNamespace>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CareerLadder" Version="{_package.Version}" />
                <PackageReference Include="CareerLadder.Rendering" Version="{_package.Version}" />
                <PackageReference Include="CareerLadder.EntityFrameworkCore" Version="{_package.Version}" />
                <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="8.0.34" />
              </ItemGroup>
            </Project>
            """);
        folder.Write("Shop/Program.cs", Program);
        folder.CopyTemplateLadders("Shop/ladders");

        var build = await folder.DotNetAsync("Shop", "build", "Shop.csproj");

        Assert.True(build.Succeeded, build.ToString());
        Assert.Matches(@"(?m)^\s*0 Warning\(s\)", build.Output);
        var assets = File.ReadAllText(Path.Combine(folder.Root, "Shop", "obj", "project.assets.json"));
        Assert.Contains("\"Microsoft.EntityFrameworkCore/8.0.34\"", assets, StringComparison.Ordinal);

        // Only a newer runtime may be installed: let the .NET 8 program roll forward to it.
        var environment = new Dictionary<string, string>(folder.Environment(), StringComparer.Ordinal) { ["DOTNET_ROLL_FORWARD"] = "Major" };
        var run = await DotNet.RunAsync(Path.Combine(folder.Root, "Shop"), environment, "exec", Path.Combine("bin", "Debug", "net8.0", "Shop.dll"));

        Assert.True(run.Succeeded, run.ToString());
        var lines = run.Output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();
        Assert.Equal(new[] { "Chart: drawn", "Stored: SE2, read back as the catalog's own level: True" }, lines);
    }
}
