using System;
using System.Globalization;
using System.Linq;
using LadderService.Ladders;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Xunit;

namespace CareerLadder.LadderService.Tests;

/// <summary>The track pages loaded in headless Chromium from the service listening on a loopback port.</summary>
[Collection(LiveServerCollection.Name)]
public sealed class BrowserTests
{
    private readonly LiveServer _server;

    public BrowserTests(LiveServer server) => _server = server;

    [BrowserFact]
    public void Radar_polygons_rendered_by_chromium_match_every_level_steps()
    {
        using var browser = StartBrowser();
        foreach (var track in CareerLadders.Tracks.Where(candidate => candidate.Levels.Any(level => level.Expectations.Count > 0)))
        {
            browser.Navigate().GoToUrl(new Uri(BaseAddress, $"/tracks/{track.Id}/page"));

            var charts = browser.FindElements(By.CssSelector("svg.radar"));
            Assert.Equal(track.Levels.Select(level => level.Code), charts.Select(chart => chart.GetAttribute("data-level")));
            foreach (var chart in charts)
            {
                var level = track.Levels.Single(candidate => candidate.Code == chart.GetAttribute("data-level"));
                var expected = ExpectedRadar.Vertices(level, Number(chart, "data-cx"), Number(chart, "data-cy"), Number(chart, "data-radius"));
                var polygon = chart.FindElement(By.CssSelector("polygon.radar-area"));
                var points = ((string)((IJavaScriptExecutor)browser).ExecuteScript(
                    "return Array.from(arguments[0].points).map(p => p.x + ',' + p.y).join(' ');", polygon)!)
                    .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(pair => pair.Split(','))
                    .Select(pair => (X: double.Parse(pair[0], CultureInfo.InvariantCulture), Y: double.Parse(pair[1], CultureInfo.InvariantCulture)))
                    .ToList();

                Assert.Equal(expected.Count, points.Count);
                for (var i = 0; i < expected.Count; i++)
                {
                    Assert.True(Math.Abs(points[i].X - expected[i].X) < 0.01 && Math.Abs(points[i].Y - expected[i].Y) < 0.01,
                        $"{level.Code} vertex {i}: browser ({points[i].X}, {points[i].Y}), expected ({expected[i].X}, {expected[i].Y}).");
                }

                Assert.True(polygon.Displayed, $"{level.Code}: the radar polygon is not displayed.");
            }
        }
    }

    [BrowserFact]
    public void Light_and_dark_themes_paint_the_radar_differently()
    {
        using var browser = StartBrowser();

        var light = Fill(browser, "light");
        var dark = Fill(browser, "dark");

        Assert.False(string.IsNullOrEmpty(light));
        Assert.NotEqual(light, dark);
    }

    [BrowserFact]
    public void Choosing_a_seed_level_steps_in_the_selectors_shows_that_level_live()
    {
        using var browser = StartBrowser();
        browser.Navigate().GoToUrl(new Uri(BaseAddress, "/assess"));
        var script = (IJavaScriptExecutor)browser;

        foreach (var level in new[] { CareerLadders.QualityDirector.QD6, CareerLadders.TechnicalProgramManager.TPM4, CareerLadders.TechnicalProgramManager.TPM6 })
        {
            foreach (var expectation in level.Expectations)
            {
                browser.FindElement(By.CssSelector($"select#{expectation.Competency.Id} option[value='{expectation.Step.Value}']")).Click();
            }

            var query = string.Join("&", level.Expectations.Select(expectation => expectation.Competency.Id + "=" + expectation.Step.Value.ToString(CultureInfo.InvariantCulture)));
            var row = $"#assessment tr[data-track='{level.Track.Id}'] .level";
            var deadline = DateTime.UtcNow.AddSeconds(20);
            string? shown = null;
            while (DateTime.UtcNow < deadline)
            {
                shown = (string?)script.ExecuteScript(
                    "const t = document.getElementById('assessment'); return t.dataset.query === arguments[0] ? document.querySelector(arguments[1]).dataset.level : null;", query, row);
                if (shown is not null)
                {
                    break;
                }

                System.Threading.Thread.Sleep(50);
            }

            Assert.Equal(level.Code, shown);
            Assert.StartsWith(level.Code + " – ", browser.FindElement(By.CssSelector(row)).Text, StringComparison.Ordinal);
            Assert.Equal("exact", browser.FindElement(By.CssSelector($"#assessment tr[data-track='{level.Track.Id}'] .distance")).Text);
        }
    }

    private Uri BaseAddress => _server.BaseAddress;

    private string Fill(ChromeDriver browser, string theme)
    {
        browser.Navigate().GoToUrl(new Uri(BaseAddress, "/tracks/technical-program-manager/page?theme=" + theme));
        return (string)((IJavaScriptExecutor)browser).ExecuteScript(
            "return getComputedStyle(document.querySelector('svg.radar')).backgroundColor + ' ' + getComputedStyle(document.querySelector('polygon.radar-area')).fill;")!;
    }

    private static ChromeDriver StartBrowser()
    {
        var options = new ChromeOptions { BinaryLocation = BrowserFactAttribute.Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,2000");
        var service = ChromeDriverService.CreateDefaultService(BrowserFactAttribute.ChromeDriverDirectory, BrowserFactAttribute.ChromeDriver);
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    private static double Number(IWebElement element, string attribute) =>
        double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);
}
