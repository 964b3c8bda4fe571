using System;
using System.IO;
using Xunit;

namespace CareerLadder.LadderService.Tests;

/// <summary>
/// A fact that needs Debian's Chromium and ChromeDriver. It is skipped where they are not installed, unless
/// CAREERLADDER_REQUIRE_BROWSER=1 (set by .ci/run once it has installed them), in which case it runs and fails loudly.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";
    public const string ChromeDriverDirectory = "/usr/bin";
    public const string ChromeDriver = "chromedriver";

    public BrowserFactAttribute()
    {
        var installed = File.Exists(Chromium) && File.Exists(Path.Combine(ChromeDriverDirectory, ChromeDriver));
        if (!installed && Environment.GetEnvironmentVariable("CAREERLADDER_REQUIRE_BROWSER") != "1")
        {
            Skip = "Chromium is not installed: apt-get install chromium chromium-driver (.ci/run does it).";
        }
    }
}
