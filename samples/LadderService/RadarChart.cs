using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using CareerLadder;

namespace LadderService;

/// <summary>
/// Draws a level's expectations as an SVG radar chart, one axis per competency (framework order, the first pointing up,
/// then clockwise). A step's distance from the centre is its value over the competency's number of steps, so the
/// outer ring is each competency's highest step; a competency the level does not expect sits at the centre.
/// </summary>
public static class RadarChart
{
    public const double Width = 480;
    public const double Height = 340;
    public const double CenterX = 240;
    public const double CenterY = 170;
    public const double Radius = 120;

    /// <summary>The angle of axis <paramref name="index"/> of <paramref name="count"/>, in radians (screen y points down).</summary>
    public static double Angle(int index, int count) => -Math.PI / 2 + (2 * Math.PI * index / count);

    /// <summary>The vertices of the level's polygon, one per competency.</summary>
    public static IReadOnlyList<(double X, double Y)> Points(Level level, IReadOnlyList<Competency> competencies) =>
        competencies.Select((competency, index) => Point(index, competencies.Count, Fraction(level, competency))).ToArray();

    public static string Svg(Level level, IReadOnlyList<Competency> competencies)
    {
        var count = competencies.Count;
        var rings = competencies.Count == 0 ? 0 : competencies.Max(competency => competency.Steps.Count);
        var label = level.Chart?.AltText ?? level.Title.Text;
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"radar\" role=\"img\"")
            .Append(" viewBox=\"0 0 ").Append(Format(Width)).Append(' ').Append(Format(Height)).Append('"')
            .Append(" width=\"").Append(Format(Width)).Append("\" height=\"").Append(Format(Height)).Append('"')
            .Append(" data-level=\"").Append(Encode(level.Code)).Append('"')
            .Append(" data-cx=\"").Append(Format(CenterX)).Append("\" data-cy=\"").Append(Format(CenterY)).Append('"')
            .Append(" data-radius=\"").Append(Format(Radius)).Append('"')
            .Append(" aria-label=\"").Append(Encode(label + " competency radar")).Append("\">\n");
        svg.Append("<title>").Append(Encode(label)).Append(": ")
            .Append(Encode(string.Join(", ", competencies.Select(competency => competency.Name.Text + " " + (level.GetExpectation(competency)?.Step.Name.Text ?? "none")))))
            .Append("</title>\n");

        svg.Append("<g class=\"radar-grid\">\n");
        for (var ring = 1; ring <= rings; ring++)
        {
            var fraction = (double)ring / rings;
            svg.Append("<polygon class=\"radar-ring\" points=\"")
                .Append(Points(Enumerable.Range(0, count).Select(index => Point(index, count, fraction))))
                .Append("\" />\n");
        }

        for (var index = 0; index < count; index++)
        {
            var (x, y) = Point(index, count, 1);
            svg.Append("<line class=\"radar-spoke\" x1=\"").Append(Format(CenterX)).Append("\" y1=\"").Append(Format(CenterY))
                .Append("\" x2=\"").Append(Format(x)).Append("\" y2=\"").Append(Format(y)).Append("\" />\n");
        }

        svg.Append("</g>\n");

        svg.Append("<polygon class=\"radar-area\" data-level=\"").Append(Encode(level.Code)).Append("\" points=\"")
            .Append(Points(Points(level, competencies))).Append("\" />\n");

        svg.Append("<g class=\"radar-steps\">\n");
        for (var index = 0; index < count; index++)
        {
            var competency = competencies[index];
            var step = level.GetExpectation(competency)?.Step;
            var (x, y) = Point(index, count, Fraction(level, competency));
            svg.Append("<circle class=\"radar-step\" r=\"4\" cx=\"").Append(Format(x)).Append("\" cy=\"").Append(Format(y)).Append('"')
                .Append(" data-competency=\"").Append(Encode(competency.Id)).Append('"')
                .Append(" data-step=\"").Append(Encode(step?.Id ?? string.Empty)).Append('"')
                .Append(" data-value=\"").Append(step?.Value ?? 0).Append("\" data-max=\"").Append(competency.Steps.Count).Append("\">")
                .Append("<title>").Append(Encode(competency.Name.Text + ": " + (step is null ? "not expected" : $"{step.Name.Text} ({step.Value}/{competency.Steps.Count})"))).Append("</title>")
                .Append("</circle>\n");
        }

        svg.Append("</g>\n<g class=\"radar-labels\">\n");
        for (var index = 0; index < count; index++)
        {
            var competency = competencies[index];
            var step = level.GetExpectation(competency)?.Step;
            var (x, y) = Point(index, count, 1, offset: 16);
            var cos = Math.Cos(Angle(index, count));
            var anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
            var sin = Math.Sin(Angle(index, count));
            var baseline = sin < -0.5 ? y - 14 : sin > 0.5 ? y + 8 : y - 4;
            svg.Append("<text class=\"radar-label\" x=\"").Append(Format(x)).Append("\" y=\"").Append(Format(baseline))
                .Append("\" text-anchor=\"").Append(anchor).Append("\">")
                .Append("<tspan class=\"radar-competency\">").Append(Encode(competency.Name.Text)).Append("</tspan>")
                .Append("<tspan class=\"radar-step-name\" x=\"").Append(Format(x)).Append("\" dy=\"15\">")
                .Append(Encode(step?.Name.Text ?? "–")).Append("</tspan>")
                .Append("</text>\n");
        }

        svg.Append("</g>\n</svg>");
        return svg.ToString();
    }

    private static double Fraction(Level level, Competency competency)
    {
        var step = level.GetExpectation(competency)?.Step;
        return step is null || competency.Steps.Count == 0 ? 0 : (double)step.Value / competency.Steps.Count;
    }

    private static (double X, double Y) Point(int index, int count, double fraction, double offset = 0)
    {
        var angle = Angle(index, count);
        var distance = (Radius * fraction) + offset;
        return (CenterX + (distance * Math.Cos(angle)), CenterY + (distance * Math.Sin(angle)));
    }

    private static string Points(IEnumerable<(double X, double Y)> points) =>
        string.Join(" ", points.Select(point => Format(point.X) + "," + Format(point.Y)));

    private static string Format(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
