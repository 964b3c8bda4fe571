using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;
using LadderService.Ladders;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace CareerLadder.LadderService.Tests;

/// <summary>The HTML pages: one radar chart per level, whose polygon is computed here again from the generated catalog.</summary>
public sealed class PageTests : IClassFixture<WebApplicationFactory<Program>>
{
    private const double Tolerance = 0.01;

    private readonly HttpClient _client;

    public PageTests(WebApplicationFactory<Program> factory)
    {
        _client = factory.CreateClient();
    }

    public static TheoryData<string> TrackIds()
    {
        var data = new TheoryData<string>();
        foreach (var track in CareerLadders.Tracks)
        {
            data.Add(track.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TrackIds))]
    public async Task A_track_page_draws_one_radar_per_level_with_expectations_whose_polygon_matches_the_level_steps(string trackId)
    {
        Assert.True(CareerLadders.TryGetTrack(trackId, out var track));
        var page = await GetPageAsync($"/tracks/{trackId}/page");

        var charts = Elements(page, "svg").Where(svg => Class(svg) == "radar").ToArray();
        Assert.Equal(track.Levels.Where(level => level.Expectations.Count > 0).Select(level => level.Code), charts.Select(svg => (string?)svg.Attribute("data-level")));

        var competencies = CareerLadders.Competencies;
        foreach (var level in track.Levels.Where(level => level.Expectations.Count > 0))
        {
            var svg = charts.Single(chart => (string?)chart.Attribute("data-level") == level.Code);
            var expected = ExpectedRadar.Vertices(level, Number(svg, "data-cx"), Number(svg, "data-cy"), Number(svg, "data-radius"));
            var polygon = Assert.Single(Elements(svg, "polygon"), element => Class(element) == "radar-area");
            var points = ParsePoints((string)polygon.Attribute("points")!);

            Assert.True(competencies.Count == points.Count, $"{level.Code}: {points.Count} vertices for {competencies.Count} competencies.");
            for (var index = 0; index < competencies.Count; index++)
            {
                var competency = competencies[index];
                var step = level.GetExpectation(competency)?.Step;
                var (x, y) = points[index];
                Assert.True(
                    Math.Abs(x - expected[index].X) <= Tolerance && Math.Abs(y - expected[index].Y) <= Tolerance,
                    $"{level.Code} {competency.Id} ({step?.Name.Text ?? "none"}): vertex ({x}, {y}), expected ({expected[index].X:0.##}, {expected[index].Y:0.##}).");

                var marker = Assert.Single(Elements(svg, "circle"), circle => (string?)circle.Attribute("data-competency") == competency.Id);
                Assert.Equal(step?.Value ?? 0, (int)Number(marker, "data-value"));
                Assert.Equal(competency.Steps.Count, (int)Number(marker, "data-max"));
            }
        }
    }

    [Fact]
    public async Task The_page_shows_each_level_expectations_next_to_its_chart()
    {
        var page = await GetPageAsync("/tracks/tpm/page");

        var level = Assert.Single(Elements(page, "section"), section => (string?)section.Attribute("data-level") == "TPM5");
        Assert.Single(Elements(level, "svg"));
        var system = Assert.Single(Elements(level, "tr"), row => (string?)row.Attribute("data-competency") == "system");
        var cells = Elements(system, "td").Select(cell => cell.Value).ToArray();
        Assert.Equal("System", cells[0]);
        Assert.Equal("Owns (3/5)", cells[1]);
        Assert.Contains("owns the production operation and monitoring of the system", cells[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_level_without_expectations_shows_no_chart_but_what_it_is_measured_by()
    {
        var page = await GetPageAsync("/tracks/people-manager/page");

        var level = Assert.Single(Elements(page, "section"), section => (string?)section.Attribute("data-level") == "PM5");
        Assert.Empty(Elements(level, "svg"));
        Assert.Empty(Elements(level, "table"));
        var measuredBy = Assert.Single(Elements(level, "p"), paragraph => Class(paragraph) == "measured-by");
        Assert.StartsWith("PM5 expects no competency steps: it is measured by its sections Years of experience", measuredBy.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inherited_sections_are_marked_with_the_level_they_come_from()
    {
        var page = await GetPageAsync("/tracks/engineering-management/page");

        var em5 = Assert.Single(Elements(page, "section"), section => (string?)section.Attribute("data-level") == "EM5");
        Assert.Contains("Builds on PM5 - Engineering Manager", Assert.Single(Elements(em5, "p"), paragraph => Class(paragraph) == "extends").Value, StringComparison.Ordinal);
        var inherited = Elements(em5, "h3").Where(heading => Elements(heading, "span").Any(span => Class(span) == "inherited" && span.Value == "from PM5")).ToList();
        Assert.NotEmpty(inherited);
    }

    [Fact]
    public async Task Each_level_lists_its_next_level_and_career_moves_with_the_gap_in_words()
    {
        var page = await GetPageAsync("/tracks/tpm/page");

        var tpm5 = Assert.Single(Elements(page, "section"), section => (string?)section.Attribute("data-level") == "TPM5");
        var moves = Elements(tpm5, "li").Where(item => item.Attribute("data-to") is not null).ToDictionary(item => (string)item.Attribute("data-to")!);
        Assert.Equal(new[] { "TPM6", "PM5" }, moves.Keys);
        Assert.Contains("(next level)", moves["TPM6"].Value, StringComparison.Ordinal);
        Assert.Contains("(career move)", moves["PM5"].Value, StringComparison.Ordinal);
        Assert.Equal("/tracks/people-manager/page#PM5", (string?)Elements(moves["PM5"], "a").First().Attribute("href"));
        Assert.Contains("TPM5 → PM5: career move to People Manager; PM5 expects no competency steps", moves["PM5"].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("(-", moves["PM5"].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_has_a_light_and_a_dark_theme()
    {
        var automatic = await GetHtmlAsync("/tracks/qd/page");
        var dark = await GetPageAsync("/tracks/qd/page?theme=dark");
        var light = await GetPageAsync("/tracks/qd/page?theme=light");

        Assert.Contains("@media (prefers-color-scheme: dark)", automatic, StringComparison.Ordinal);
        Assert.Contains(":root[data-theme=\"dark\"]", automatic, StringComparison.Ordinal);
        Assert.DoesNotContain("data-theme=\"", automatic.Split("<style>")[0], StringComparison.Ordinal);
        Assert.Equal("dark", (string?)dark.Root!.Attribute("data-theme"));
        Assert.Equal("light", (string?)light.Root!.Attribute("data-theme"));
    }

    [Fact]
    public async Task The_index_links_every_track_page()
    {
        var page = await GetPageAsync("/");

        var links = Elements(page, "a").Select(link => (string?)link.Attribute("href")).ToArray();
        foreach (var track in CareerLadders.Tracks)
        {
            Assert.Contains($"/tracks/{track.Id}/page", links);
        }
    }

    private async Task<string> GetHtmlAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    /// <summary>The pages are well-formed XML (HTML with self-closed void elements), so they parse as XML.</summary>
    private async Task<XDocument> GetPageAsync(string path)
    {
        var html = await GetHtmlAsync(path);
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static IEnumerable<XElement> Elements(XContainer container, string localName) =>
        container.Descendants().Where(element => element.Name.LocalName == localName);

    private static string? Class(XElement element) => (string?)element.Attribute("class");

    private static double Number(XElement element, string attribute) =>
        double.Parse((string?)element.Attribute(attribute) ?? throw new InvalidOperationException($"No {attribute} on {element.Name.LocalName}."), CultureInfo.InvariantCulture);

    private static List<(double X, double Y)> ParsePoints(string points) =>
        points.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split(','))
            .Select(pair => (double.Parse(pair[0], CultureInfo.InvariantCulture), double.Parse(pair[1], CultureInfo.InvariantCulture)))
            .ToList();
}
