using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CareerLadder.LadderService.Tests;

/// <summary>People and assessments in a real SQLite file, through the JSON API and the pages, across a restart.</summary>
public sealed class PeopleTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ladder-service-" + Guid.NewGuid().ToString("N"));

    public PeopleTests()
    {
        Directory.CreateDirectory(_folder);
    }

    [Fact]
    public async Task Assessments_are_stored_and_reloaded_across_a_restart_against_a_real_SQLite_file()
    {
        var file = Path.Combine(_folder, "people.db");

        await Assessments_survive_a_restart(() => Service(file));

        Assert.True(File.Exists(file));
        await using var service = Service(file);
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<global::LadderService.Data.LadderDb>();
        Assert.IsType<global::LadderService.Data.SqliteLadderDb>(db);
        Assert.Equal(db.Database.GetMigrations(), db.Database.GetAppliedMigrations());
    }

    /// <summary>A migration's name without its timestamp: both providers have the same steps, made at different seconds.</summary>
    private static string Name(string migration) => migration.Substring(migration.IndexOf('_', StringComparison.Ordinal) + 1);

    [Fact]
    public void The_migrations_of_both_providers_match_the_model()
    {
        using var sqlite = new global::LadderService.Data.SqliteLadderDbFactory().CreateDbContext(Array.Empty<string>());
        using var postgres = new global::LadderService.Data.PostgresLadderDbFactory().CreateDbContext(Array.Empty<string>());

        Assert.False(sqlite.Database.HasPendingModelChanges(), "The SQLite migrations lag behind the model: dotnet ef migrations add NAME --context SqliteLadderDb --output-dir Data/Migrations/Sqlite");
        Assert.False(postgres.Database.HasPendingModelChanges(), "The PostgreSQL migrations lag behind the model: dotnet ef migrations add NAME --context PostgresLadderDb --output-dir Data/Migrations/Postgres");
        Assert.Equal(sqlite.Database.GetMigrations().Select(Name), postgres.Database.GetMigrations().Select(Name));
    }

    [Fact]
    public async Task A_database_an_earlier_version_made_with_EnsureCreated_is_adopted_and_keeps_its_people()
    {
        var file = Path.Combine(_folder, "created.db");
        using (var old = new global::LadderService.Data.SqliteLadderDb(new DbContextOptionsBuilder<global::LadderService.Data.SqliteLadderDb>().UseSqlite("Data Source=" + file).Options))
        {
            old.Database.EnsureCreated();
            old.People.Add(new global::LadderService.Data.Person { Name = "Ada" });
            old.SaveChanges();
        }

        await using var service = Service(file);
        var people = await service.CreateClient().GetStringAsync(new Uri("/api/people", UriKind.Relative));

        Assert.Contains("\"Ada\"", people, StringComparison.Ordinal);
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<global::LadderService.Data.LadderDb>();
        Assert.Equal(db.Database.GetMigrations(), db.Database.GetAppliedMigrations());
    }

    [PostgresFact]
    public async Task Assessments_are_stored_and_reloaded_across_a_restart_against_PostgreSQL()
    {
        var server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable)
            ?? throw new InvalidOperationException(PostgresFactAttribute.ConnectionVariable + " is not set, but CAREERLADDER_REQUIRE_POSTGRES=1 asks for PostgreSQL.");
        var connection = server.TrimEnd(';') + ";Database=ladder_service_" + Guid.NewGuid().ToString("N");
        Func<WebApplicationFactory<Program>> service = () =>
            new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseSetting("ConnectionStrings:Postgres", connection));
        try
        {
            await Assessments_survive_a_restart(service);
            await using var migrated = service();
            using var scope = migrated.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<global::LadderService.Data.LadderDb>();
            Assert.IsType<global::LadderService.Data.PostgresLadderDb>(db);
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }
        finally
        {
            await using var cleanup = service();
            using var scope = cleanup.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<global::LadderService.Data.LadderDb>().Database.EnsureDeletedAsync();
        }
    }

    private static async Task Assessments_survive_a_restart(Func<WebApplicationFactory<Program>> service)
    {
        int id;
        await using (var first = service())
        {
            var client = first.CreateClient();
            var created = await client.PostAsJsonAsync("/api/people", new { name = "Ada" });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

            var assessed = await client.PostAsJsonAsync($"/api/people/{id}/assessments", new
            {
                level = "tpm5",
                assessor = "Grace",
                date = "2026-11-30",
                steps = new Dictionary<string, int> { ["technology"] = 2, ["system"] = 3, ["people"] = 5, ["process"] = 4, ["influence"] = 3 },
            });
            Assert.Equal(HttpStatusCode.Created, assessed.StatusCode);
        }

        await using (var second = service())
        {
            var client = second.CreateClient();
            using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/people/{id}/assessments", UriKind.Relative)));

            var assessment = Assert.Single(json.RootElement.EnumerateArray());
            Assert.Equal("TPM5", assessment.GetProperty("level").GetString());
            Assert.Equal("Grace", assessment.GetProperty("assessor").GetString());
            Assert.Equal("2026-11-30", assessment.GetProperty("date").GetString());
            Assert.Equal(
                new[] { ("technology", 2), ("system", 3), ("people", 5), ("process", 4), ("influence", 3) },
                assessment.GetProperty("steps").EnumerateArray().Select(step => (step.GetProperty("competency").GetString()!, step.GetProperty("value").GetInt32())).OrderBy(step => Array.IndexOf(new[] { "technology", "system", "people", "process", "influence" }, step.Item1)));

            var page = await client.GetStringAsync(new Uri($"/people/{id}", UriKind.Relative));
            Assert.Contains("<h1>Ada</h1>", page, StringComparison.Ordinal);
            Assert.Contains("data-level=\"TPM5\"", page, StringComparison.Ordinal);
            Assert.Contains("TPM5 → TPM6", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_pages_add_a_person_and_record_an_assessment()
    {
        await using var service = Service(Path.Combine(_folder, "pages.db"));
        var client = service.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var token = ProblemDetailsTests.Token(await client.GetStringAsync(new Uri("/people", UriKind.Relative)));
        var added = await client.PostAsync(new Uri("/people", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Lin <b>", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var personPage = added.Headers.Location!.OriginalString;

        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = ProblemDetailsTests.Token(await client.GetStringAsync(new Uri(personPage, UriKind.Relative))), ["level"] = "QD6", ["assessor"] = "Sam", ["technology"] = "3", ["system"] = "3", ["people"] = "4", ["process"] = "4", ["influence"] = "4" };
        var recorded = await client.PostAsync(new Uri(personPage + "/assessments", UriKind.Relative), new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var page = await client.GetStringAsync(new Uri(personPage, UriKind.Relative));
        Assert.Contains("<h1>Lin &lt;b&gt;</h1>", page, StringComparison.Ordinal);
        Assert.Contains("data-level=\"QD6\"", page, StringComparison.Ordinal);
        Assert.Contains("Sam", page, StringComparison.Ordinal);
        Assert.Contains("Lin &lt;b&gt;", await client.GetStringAsync(new Uri("/people", UriKind.Relative)), StringComparison.Ordinal);

        form["influence"] = "9";
        var bad = await client.PostAsync(new Uri(personPage + "/assessments", UriKind.Relative), new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("influence&#39; must be between 1 and 5.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_level_code_in_the_API_is_a_400_that_quotes_it_cut_short()
    {
        await using var service = Service(Path.Combine(_folder, "bad.db"));
        var client = service.CreateClient();
        var id = (await (await client.PostAsJsonAsync("/api/people", new { name = "Bo" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var response = await client.PostAsJsonAsync($"/api/people/{id}/assessments", new { level = "TPM99" + new string('9', 5000), assessor = "Grace", steps = new Dictionary<string, int>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API()
    {
        await using var service = Service(Path.Combine(_folder, "openapi.db"));

        using var json = JsonDocument.Parse(await service.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/people/{id}/assessments", out _), paths.ToString());
        Assert.True(paths.TryGetProperty("/levels/{code}", out _));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static WebApplicationFactory<Program> Service(string file) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseSetting("ConnectionStrings:Sqlite", "Data Source=" + file));
}
