using System;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace CareerLadder.LadderService.Tests;

/// <summary>
/// The service on Kestrel at a loopback port, started once for all browser tests: every start of a minimal-hosting
/// factory is a chance to catch another factory's host, so the browser tests share one.
/// </summary>
public sealed class LiveServer : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory = new();

    public LiveServer()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        using var client = _factory.CreateClient();
        BaseAddress = client.BaseAddress!;
    }

    public Uri BaseAddress { get; }

    public void Dispose() => _factory.Dispose();
}

/// <summary>The browser tests, which share one <see cref="LiveServer"/>.</summary>
[CollectionDefinition(Name)]
public sealed class LiveServerCollection : ICollectionFixture<LiveServer>
{
    public const string Name = "live server";
}
