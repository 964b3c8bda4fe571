using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace CareerLadder.LadderService.Tests;

/// <summary>
/// The service on Kestrel at a loopback port, started once for all browser tests: every start of a minimal-hosting
/// factory is a chance to catch another factory's host, so the browser tests share one.
/// </summary>
public sealed class LiveServer : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), "ladder-service-live-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly WebApplicationFactory<Program> _factory;

    public LiveServer()
    {
        // Port 0 instead of the sample's appsettings port (5080), which another run or the running sample may hold.
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:Sqlite", "Data Source=" + _database)
            .UseSetting("urls", "http://127.0.0.1:0"));
        _factory.UseKestrel(0);
        _factory.StartServer();
        using var client = _factory.CreateClient();
        BaseAddress = client.BaseAddress!;
        Seed(client);
    }

    public Uri BaseAddress { get; }

    /// <summary>The person the seed creates (with two assessments), for the page checks of <c>/people/{id}</c>.</summary>
    public const string SeededPerson = "/people/1";

    public void Dispose()
    {
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    private static void Seed(HttpClient client)
    {
        client.PostAsJsonAsync("/api/people", new { name = "Ada Lovelace-Byron, Technical Program Manager with a long name" }).GetAwaiter().GetResult().EnsureSuccessStatusCode();
        foreach (var (level, date) in new[] { ("TPM4", "2025-11-30"), ("TPM5", "2026-11-30") })
        {
            client.PostAsJsonAsync("/api/people/1/assessments", new
            {
                level,
                assessor = "Grace Hopper",
                date,
                steps = new Dictionary<string, int> { ["technology"] = 2, ["system"] = 3, ["people"] = 5, ["process"] = 4, ["influence"] = 3 },
            }).GetAwaiter().GetResult().EnsureSuccessStatusCode();
        }
    }
}

/// <summary>The browser tests, which share one <see cref="LiveServer"/>.</summary>
[CollectionDefinition(Name)]
public sealed class LiveServerCollection : ICollectionFixture<LiveServer>
{
    public const string Name = "live server";
}
