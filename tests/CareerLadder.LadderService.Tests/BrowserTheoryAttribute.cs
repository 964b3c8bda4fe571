using System;
using System.IO;
using Xunit;

namespace CareerLadder.LadderService.Tests;

/// <summary>A theory that needs Debian's Chromium and ChromeDriver; skipped like <see cref="BrowserFactAttribute"/> where they are missing.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        var installed = File.Exists(BrowserFactAttribute.Chromium) && File.Exists(Path.Combine(BrowserFactAttribute.ChromeDriverDirectory, BrowserFactAttribute.ChromeDriver));
        if (!installed && Environment.GetEnvironmentVariable("CAREERLADDER_REQUIRE_BROWSER") != "1")
        {
            Skip = "Chromium is not installed: apt-get install chromium chromium-driver (.ci/run does it).";
        }
    }
}
