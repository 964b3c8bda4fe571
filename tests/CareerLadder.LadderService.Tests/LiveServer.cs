using System;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerLadder.LadderService.Tests;

/// <summary>The service on Kestrel at a loopback port, started once for a test class (each start of a minimal-hosting factory is a chance to race another).</summary>
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
