using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace CareerLadder.LadderService.Tests;

/// <summary>The JSON endpoints, served in memory by WebApplicationFactory.</summary>
public sealed class ApiTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client;

    public ApiTests(WebApplicationFactory<Program> factory)
    {
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Tracks_lists_every_track_with_its_levels()
    {
        using var json = await GetJsonAsync("/tracks");

        var tracks = json.RootElement.EnumerateArray().ToDictionary(track => track.GetProperty("id").GetString()!);
        Assert.Equal(new[] { "engineering-management", "people-manager", "quality-director", "technical-program-manager" }, tracks.Keys.Order());
        var tpm = tracks["technical-program-manager"];
        Assert.Equal("Technical Program Manager", tpm.GetProperty("name").GetString());
        Assert.Equal("TPM", tpm.GetProperty("abbreviation").GetString());
        Assert.Equal(new[] { "TPM3", "TPM4", "TPM5", "TPM6" }, tpm.GetProperty("levels").EnumerateArray().Select(level => level.GetString()));
        Assert.Equal("/tracks/technical-program-manager/page", tpm.GetProperty("page").GetString());
    }

    [Theory]
    [InlineData("technical-program-manager")]
    [InlineData("tpm")]
    [InlineData("TPM")]
    public async Task A_track_is_found_by_id_or_abbreviation(string id)
    {
        using var json = await GetJsonAsync("/tracks/" + id);

        var track = json.RootElement;
        Assert.Equal("technical-program-manager", track.GetProperty("id").GetString());
        var levels = track.GetProperty("levels").EnumerateArray().ToArray();
        Assert.Equal(new[] { "TPM3", "TPM4", "TPM5", "TPM6" }, levels.Select(level => level.GetProperty("code").GetString()));
        Assert.All(levels, level => Assert.Equal(5, level.GetProperty("expectations").GetArrayLength()));
    }

    [Fact]
    public async Task A_level_has_its_expectations_with_step_values_and_neighbours()
    {
        using var json = await GetJsonAsync("/levels/tpm5");

        var level = json.RootElement;
        Assert.Equal("TPM5", level.GetProperty("code").GetString());
        Assert.Equal("technical-program-manager", level.GetProperty("track").GetString());
        Assert.Equal(5, level.GetProperty("rank").GetInt32());
        Assert.Equal("TPM4", level.GetProperty("previous").GetString());
        Assert.Equal("TPM6", level.GetProperty("next").GetString());
        var system = level.GetProperty("expectations").EnumerateArray().Single(expectation => expectation.GetProperty("competency").GetString() == "system");
        Assert.Equal("Owns", system.GetProperty("stepName").GetString());
        Assert.Equal(3, system.GetProperty("value").GetInt32());
        Assert.Equal(5, system.GetProperty("max").GetInt32());
        Assert.Contains("owns the production operation and monitoring of the system", system.GetProperty("text").GetString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_level_with_sections_returns_them_by_kind()
    {
        using var json = await GetJsonAsync("/levels/PM6");

        var sections = json.RootElement.GetProperty("sections").EnumerateArray().ToDictionary(section => section.GetProperty("id").GetString()!);
        var checkpoints = sections["checkpoints"];
        Assert.Equal("list", checkpoints.GetProperty("kind").GetString());
        Assert.Contains(checkpoints.GetProperty("items").EnumerateArray(), item => item.GetProperty("text").GetString() == "4+ directly managed ICs are now Staff Engs or EMs");
    }

    [Fact]
    public async Task The_gap_lists_the_competencies_that_change()
    {
        using var json = await GetJsonAsync("/levels/TPM5/gap/tpm6");

        var gap = json.RootElement;
        Assert.Equal("TPM5", gap.GetProperty("from").GetString());
        Assert.Equal("TPM6", gap.GetProperty("to").GetString());
        Assert.Equal(1, gap.GetProperty("ranks").GetInt32());
        var changes = gap.GetProperty("changes").EnumerateArray()
            .Select(change => (change.GetProperty("competency").GetString(), change.GetProperty("from").GetString(), change.GetProperty("to").GetString(), change.GetProperty("steps").GetInt32()))
            .ToArray();
        Assert.Equal(new (string?, string?, string?, int)[] { ("system", "Owns", "Evolves", 1), ("influence", "Company", "Community", 1) }, changes);
        Assert.Equal(2, gap.GetProperty("totalSteps").GetInt32());
    }

    [Fact]
    public async Task A_gap_to_a_level_that_expects_no_steps_is_a_career_move_in_words_not_a_negative_total()
    {
        using var json = await GetJsonAsync("/levels/TPM5/gap/PM5");

        var gap = json.RootElement;
        Assert.True(gap.GetProperty("careerMove").GetBoolean());
        Assert.False(gap.GetProperty("comparesSteps").GetBoolean());
        Assert.Equal(0, gap.GetProperty("totalSteps").GetInt32());
        Assert.Equal(0, gap.GetProperty("changes").GetArrayLength());
        Assert.StartsWith("TPM5 → PM5: career move to People Manager; PM5 expects no competency steps: it is described by its sections", gap.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tracks/{0}")]
    [InlineData("/levels/{0}")]
    [InlineData("/levels/TPM5/gap/{0}")]
    [InlineData("/tracks/{0}/page")]
    public async Task A_404_quotes_at_most_40_characters_of_what_was_asked_for(string template)
    {
        var requested = new string('x', 5000);

        using var response = await _client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, requested));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("'" + new string('x', 39) + "…'", body, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 41), body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tracks/nope", "Unknown track")]
    [InlineData("/levels/XYZ9", "Unknown level")]
    [InlineData("/levels/TPM5/gap/XYZ9", "Unknown level")]
    [InlineData("/tracks/nope/page", "Unknown track")]
    public async Task Unknown_ids_are_404_problem_details(string path, string title)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(title, json.RootElement.GetProperty("title").GetString());
    }

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body);
    }
}
