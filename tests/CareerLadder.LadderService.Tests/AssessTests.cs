using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using LadderService.Ladders;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace CareerLadder.LadderService.Tests;

/// <summary>The self-assessment page and its JSON endpoint, served in memory.</summary>
public sealed class AssessTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client;

    public AssessTests(WebApplicationFactory<Program> factory)
    {
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task The_page_has_one_selector_per_competency_with_its_steps_as_options()
    {
        using var response = await _client.GetAsync("/assess");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);

        var page = XDocument.Load(new StringReader(html.Replace("<!DOCTYPE html>", string.Empty, System.StringComparison.Ordinal)));
        var selects = page.Descendants("select").ToArray();
        Assert.Equal(CareerLadders.Competencies.Select(competency => competency.Id), selects.Select(select => (string?)select.Attribute("name")));
        foreach (var (select, competency) in selects.Zip(CareerLadders.Competencies))
        {
            Assert.Equal(competency.Steps.Select(step => (step.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), step.Name.Text)),
                select.Elements("option").Select(option => ((string)option.Attribute("value")!, option.Value)));
        }

        Assert.Equal(CareerLadders.Tracks.Select(track => track.Id), page.Descendants("tr").Select(row => (string?)row.Attribute("data-track")).OfType<string>());
    }

    [Fact]
    public async Task The_json_endpoint_returns_the_closest_level_of_each_track_and_the_gap_to_the_next()
    {
        // TPM5: Specializes, Owns, Manages, Defines, Company.
        using var json = await GetJsonAsync("/assess?technology=2&system=3&people=5&process=5&influence=4");

        var matches = json.RootElement.GetProperty("matches").EnumerateArray().ToDictionary(match => match.GetProperty("track").GetString()!);
        Assert.Equal(CareerLadders.Tracks.Select(track => track.Id), matches.Keys);
        var tpm = matches["technical-program-manager"];
        Assert.Equal("TPM5", tpm.GetProperty("level").GetString());
        Assert.Equal(0, tpm.GetProperty("distance").GetInt32());
        Assert.True(tpm.GetProperty("exact").GetBoolean());
        Assert.Equal("TPM6", tpm.GetProperty("next").GetString());
        Assert.Equal("TPM6", tpm.GetProperty("gapToNext").GetProperty("to").GetString());
        Assert.Equal(JsonValueKind.Null, matches["people-manager"].GetProperty("level").ValueKind);
        Assert.Equal(3, json.RootElement.GetProperty("steps").GetProperty("system").GetInt32());
    }

    [Theory]
    [InlineData("/assess?technology=0&system=3&people=5&process=5&influence=4", "technology")]
    [InlineData("/assess?technology=2&system=3&people=6&process=5&influence=4", "people")]
    [InlineData("/assess?technology=2&system=3&people=5&process=5", "influence")]
    [InlineData("/assess?technology=2&system=x&people=5&process=5&influence=4", "system")]
    public async Task Invalid_steps_are_a_400_problem_naming_the_competency(string path, string competency)
    {
        using var response = await _client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'" + competency + "'", body, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_following_a_shared_link_gets_the_results_rendered_on_the_server()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assess?technology=2&system=3&people=5&process=5&influence=4");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");

        using var response = await _client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = XDocument.Load(new StringReader(html.Replace("<!DOCTYPE html>", string.Empty, System.StringComparison.Ordinal)));
        Assert.Equal("3", page.Descendants("select").Single(select => (string?)select.Attribute("name") == "system")
            .Elements("option").Single(option => option.Attribute("selected") is not null).Attribute("value")!.Value);
        var tpm = page.Descendants("tr").Single(row => (string?)row.Attribute("data-track") == "technical-program-manager");
        Assert.Equal("TPM5", tpm.Descendants("td").Single(cell => (string?)cell.Attribute("class") == "level").Attribute("data-level")!.Value);
        Assert.Equal("exact", tpm.Descendants("td").Single(cell => (string?)cell.Attribute("class") == "distance").Value);
        Assert.StartsWith("TPM5 → TPM6: ", tpm.Descendants("td").Single(cell => (string?)cell.Attribute("class") == "next").Value, System.StringComparison.Ordinal);
        Assert.Contains("href=\"/assess?technology=2&amp;system=3&amp;people=5&amp;process=5&amp;influence=4\"", html, System.StringComparison.Ordinal);
        Assert.Equal("get", (string?)page.Descendants("form").Single().Attribute("method"));
    }

    [Fact]
    public async Task A_browser_sending_a_bad_step_gets_the_page_with_the_error_and_no_unbounded_echo()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assess?technology=" + new string('9', 3000));
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await _client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\"", html, System.StringComparison.Ordinal);
        Assert.DoesNotContain(new string('9', 21), html, System.StringComparison.Ordinal);
    }

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }
}
