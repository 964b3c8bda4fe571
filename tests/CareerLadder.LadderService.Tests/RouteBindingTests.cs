using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace CareerLadder.LadderService.Tests;

/// <summary>A <c>Level</c> bound from the route by the runtime library's <c>TryParse</c>, as a consumer's endpoint binds it.</summary>
public sealed class RouteBindingTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client;

    public RouteBindingTests(WebApplicationFactory<Program> factory)
    {
        _client = factory.CreateClient();
    }

    [Theory]
    [InlineData("TPM5")]
    [InlineData("tpm5")]
    [InlineData("%20TPM5%20")]
    public async Task A_level_code_in_any_case_binds_to_the_level_and_draws_its_chart(string code)
    {
        using var response = await _client.GetAsync("/levels/" + code + "/chart.svg");
        var svg = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", svg, System.StringComparison.Ordinal);
        Assert.Contains("TPM5", svg, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_level_code_is_not_found_before_the_endpoint_runs()
    {
        using var response = await _client.GetAsync("/levels/XYZ9/chart.svg");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
