using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using CareerLadder.Rendering.Radar;
using CareerLadder.Rendering.Tests.Ladders;
using Xunit;

namespace CareerLadder.Rendering.Tests;

public sealed class RadarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_polygon_puts_each_step_at_its_value_over_the_number_of_steps()
    {
        var level = CareerLadders.TechnicalProgramManager.TPM3;

        var chart = XDocument.Parse(RadarChart.Svg(level, CareerLadders.Competencies, CultureInfo.InvariantCulture));

        // TPM3: Specializes 2/5, Designs 2/5, Coordinates 4/5, Adjusts 4/5, Multiple Teams 3/5.
        var expected = new[] { 2, 2, 4, 4, 3 }.Select((value, index) => RadarGeometry.At(index, 5, value / 5.0, RadarChart.CenterX, RadarChart.CenterY, RadarChart.Radius)).ToList();
        var points = ((string)chart.Descendants(Svg + "polygon").Single(polygon => (string?)polygon.Attribute("class") == "radar-area").Attribute("points")!)
            .Split(' ').Select(pair => pair.Split(',').Select(value => double.Parse(value, CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.Equal(5, points.Count);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(expected[i].X, points[i][0], 2);
            Assert.Equal(expected[i].Y, points[i][1], 2);
        }

        Assert.Equal(5, chart.Descendants(Svg + "polygon").Count(polygon => (string?)polygon.Attribute("class") == "radar-ring"));
    }

    [Fact]
    public void The_first_axis_points_up_and_a_missing_step_sits_at_the_centre()
    {
        var top = RadarGeometry.At(0, 5, 1, 100, 100, 50);
        var polygon = RadarGeometry.Polygon(new[] { (0, 5), (5, 5) }, 100, 100, 50);

        Assert.Equal(100, top.X, 6);
        Assert.Equal(50, top.Y, 6);
        Assert.Equal(new SvgPoint(100, 100), polygon[0]);
        Assert.Equal(150, polygon[1].Y, 6);
    }

    [Fact]
    public void The_chart_has_an_accessible_name_and_a_description_of_every_step()
    {
        var chart = XDocument.Parse(RadarChart.Svg(CareerLadders.TechnicalProgramManager.TPM5, CareerLadders.Competencies, CultureInfo.InvariantCulture));
        var root = chart.Root!;

        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("radar-TPM5-title radar-TPM5-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal("TPM5 - Technical Program Manager 5: competency steps", root.Element(Svg + "title")!.Value);
        Assert.Equal("Technology: Specializes (2/5); System: Owns (3/5); People: Manages (5/5); Process: Defines (5/5); Influence: Company (4/5).", root.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void A_standalone_chart_carries_both_palettes_and_its_own_background()
    {
        var standalone = RadarChart.Svg(CareerLadders.TechnicalProgramManager.TPM5, CareerLadders.Competencies);
        var inline = RadarChart.Svg(CareerLadders.TechnicalProgramManager.TPM5, CareerLadders.Competencies, standalone: false);

        Assert.Contains("@media (prefers-color-scheme: dark)", standalone, System.StringComparison.Ordinal);
        Assert.Contains("<rect class=\"radar-background\"", standalone, System.StringComparison.Ordinal);
        Assert.DoesNotContain("<style>", inline, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_that_expects_no_step_has_nothing_to_chart()
    {
        Assert.False(RadarAxis.AnyStep(RadarAxis.Of(CareerLadders.PeopleManager.PM5, CareerLadders.Competencies)));
        Assert.True(RadarAxis.AnyStep(RadarAxis.Of(CareerLadders.TechnicalProgramManager.TPM3, CareerLadders.Competencies)));
    }
}
