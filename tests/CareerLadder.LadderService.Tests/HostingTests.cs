using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CareerLadder.LadderService.Tests;

/// <summary>The service over a real socket, and its default address.</summary>
public sealed class HostingTests
{
    [Fact]
    public void The_service_listens_on_the_loopback_address_by_default()
    {
        using var factory = new WebApplicationFactory<Program>();

        var urls = factory.Services.GetRequiredService<IConfiguration>()["Urls"];

        Assert.Equal("http://127.0.0.1:5080", urls);
    }

    [Fact]
    public async Task Over_Kestrel_on_a_loopback_port_the_service_answers()
    {
        using var factory = new WebApplicationFactory<Program>();
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();

        Assert.True(client.BaseAddress is not null && (client.BaseAddress.IsLoopback), $"Base address {client.BaseAddress}");
        Assert.NotEqual(0, client.BaseAddress!.Port);
        using var tracks = await client.GetAsync("/tracks");
        using var page = await client.GetAsync("/tracks/tpm/page");

        Assert.Equal(HttpStatusCode.OK, tracks.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<polygon class=\"radar-area\" data-level=\"TPM5\"", await page.Content.ReadAsStringAsync(), System.StringComparison.Ordinal);
    }
}
