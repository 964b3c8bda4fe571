using System;
using Xunit;

namespace CareerLadder.Tests;

public class ChartTests
{
    [Fact]
    public void Constructor_SetsValues()
    {
        var chart = new Chart("/charts/tpm-3.png", "/charts/tpm-3-dark.png", "Technical Program Manager 3");

        Assert.Equal("/charts/tpm-3.png", chart.Source);
        Assert.Equal("/charts/tpm-3-dark.png", chart.DarkSource);
        Assert.Equal("Technical Program Manager 3", chart.AltText);
    }

    [Fact]
    public void Constructor_DarkSourceAndAltTextAreOptional()
    {
        var chart = new Chart("/charts/tpm-4.png");

        Assert.Equal("/charts/tpm-4.png", chart.Source);
        Assert.Null(chart.DarkSource);
        Assert.Null(chart.AltText);
    }

    [Fact]
    public void Constructor_NullSource_Throws()
    {
        Assert.Throws<ArgumentNullException>("source", () => new Chart(null!));
    }

    [Fact]
    public void Level_ExposesItsChart()
    {
        var chart = Ladder.Tpm.TPM3.Chart;

        Assert.NotNull(chart);
        Assert.Equal("/charts/tpm-3-dark.png", chart.DarkSource);
        Assert.Null(Ladder.Tpm.TPM4.Chart);
    }
}
