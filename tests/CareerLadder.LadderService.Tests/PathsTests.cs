using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using System.Xml.Linq;
using LadderService.Ladders;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace CareerLadder.LadderService.Tests;

/// <summary>The career-path graph page: one node per level, one arrow per NextSteps entry.</summary>
public sealed class PathsTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client;

    public PathsTests(WebApplicationFactory<Program> factory) => _client = factory.CreateClient();

    [Fact]
    public async Task The_graph_draws_every_level_and_every_next_step()
    {
        var html = await _client.GetStringAsync("/paths");
        var start = html.IndexOf("<svg", System.StringComparison.Ordinal);
        var svg = XDocument.Parse(html.Substring(start, html.IndexOf("</svg>", System.StringComparison.Ordinal) + 6 - start));
        XNamespace ns = "http://www.w3.org/2000/svg";

        var levels = CareerLadders.Tracks.SelectMany(track => track.Levels).ToList();
        Assert.Equal(levels.Select(level => level.Code).OrderBy(code => code), svg.Descendants(ns + "g").Where(g => (string?)g.Attribute("class") == "node").Select(g => (string)g.Attribute("data-level")!).OrderBy(code => code));
        var edges = svg.Descendants(ns + "polyline").Select(line => ((string)line.Attribute("data-from")!, (string)line.Attribute("data-to")!, ((string)line.Attribute("class")!).Replace("edge ", string.Empty, System.StringComparison.Ordinal))).ToList();
        Assert.Equal(levels.Sum(level => level.NextSteps.Count), edges.Count);
        Assert.Contains(("TPM5", "TPM6", "next"), edges);
        Assert.Contains(("TPM5", "PM5", "move"), edges);
        Assert.Contains(("PM5", "EM6", "move"), edges);
    }

    [Fact]
    public async Task The_index_links_the_graph()
    {
        Assert.Contains("href=\"/paths\"", await _client.GetStringAsync("/"), System.StringComparison.Ordinal);
    }
}
