using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LadderService.Ladders;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Xunit;
using Xunit.Abstractions;

namespace CareerLadder.LadderService.Tests;

/// <summary>
/// Every HTML page in headless Chromium, in the light and the dark theme, at 1280 px and at 360 px: no horizontal
/// overflow, no text or block overlapping another, text contrast of at least 4.5:1 measured from computed styles
/// (page-checks.js). A screenshot of each is saved to $CAREERLADDER_SCREENSHOTS (default: a temporary folder).
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class PageQualityTests
{
    private static readonly string Checks = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "page-checks.js"));

    private readonly LiveServer _server;
    private readonly ITestOutputHelper _output;

    public PageQualityTests(LiveServer server, ITestOutputHelper output)
    {
        _server = server;
        _output = output;
    }

    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string> { "/", "/paths", "/assess", "/assess?technology=2&system=3&people=5&process=5&influence=4", "/people", LiveServer.SeededPerson };
        foreach (var track in CareerLadders.Tracks)
        {
            pages.Add("/tracks/" + track.Id + "/page");
        }

        return pages;
    }

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public void The_page_reads_in_both_themes_at_desktop_and_phone_width(string path)
    {
        using var browser = StartBrowser();
        var problems = new List<string>();
        foreach (var theme in new[] { "light", "dark" })
        {
            foreach (var width in new[] { 1280, 360 })
            {
                Resize(browser, width, 900);
                var separator = path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
                browser.Navigate().GoToUrl(new Uri(_server.BaseAddress, path + separator + "theme=" + theme));
                Assert.Equal(width, Convert.ToInt32(((IJavaScriptExecutor)browser).ExecuteScript("return window.innerWidth;"), System.Globalization.CultureInfo.InvariantCulture));
                var found = ((IReadOnlyCollection<object>)((IJavaScriptExecutor)browser).ExecuteScript(Checks)!).Select(problem => $"{theme} {width}px: {problem}").ToList();
                problems.AddRange(found);
                Screenshot(browser, path, theme, width);
            }
        }

        Assert.True(problems.Count == 0, $"{path}: {problems.Count} problems\n" + string.Join("\n", problems.Take(25)));
    }

    private void Screenshot(ChromeDriver browser, string path, string theme, int width)
    {
        var folder = Environment.GetEnvironmentVariable("CAREERLADDER_SCREENSHOTS") ?? Path.Combine(Path.GetTempPath(), "careerladder-screenshots");
        Directory.CreateDirectory(folder);
        var height = Convert.ToInt32(((IJavaScriptExecutor)browser).ExecuteScript("return document.documentElement.scrollHeight;"), System.Globalization.CultureInfo.InvariantCulture);
        Resize(browser, width, Math.Min(height, 12000));
        var name = new string(path.Select(character => char.IsLetterOrDigit(character) ? character : '_').ToArray()).Trim('_');
        var file = Path.Combine(folder, $"{(name.Length == 0 ? "index" : name[..Math.Min(name.Length, 60)])}-{theme}-{width}.png");
        browser.GetScreenshot().SaveAsFile(file);
        _output.WriteLine(file);
    }

    private static void Resize(ChromeDriver browser, int width, int height) =>
        browser.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = width,
            ["height"] = height,
            ["deviceScaleFactor"] = 1,
            ["mobile"] = width < 600,
        });

    private static ChromeDriver StartBrowser()
    {
        var options = new ChromeOptions { BinaryLocation = BrowserFactAttribute.Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,900");
        var service = ChromeDriverService.CreateDefaultService(BrowserFactAttribute.ChromeDriverDirectory, BrowserFactAttribute.ChromeDriver);
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}
