using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CareerLadder.Cli.Rendering;

/// <summary>
/// Draws a level's competency steps as an SVG radar chart: one axis per competency (the first pointing up), a ring per
/// step, one polygon whose vertex on each axis lies at <c>step value / number of steps</c> of the radius.
/// </summary>
public static class RadarChartSvg
{
    /// <summary>Width of the drawing.</summary>
    public const double Width = 520;

    /// <summary>Height of the drawing.</summary>
    public const double Height = 380;

    /// <summary>Centre, horizontal.</summary>
    public const double CenterX = 260;

    /// <summary>Centre, vertical.</summary>
    public const double CenterY = 195;

    /// <summary>Radius of the outer ring.</summary>
    public const double Radius = 120;

    /// <summary>Draws the chart.</summary>
    /// <param name="label">What the chart shows, for its accessible name, for example <c>TPM3 - Technical Program Manager 3</c>.</param>
    /// <param name="axes">The axes, in order.</param>
    /// <param name="standalone">True for an .svg file (XML declaration-free, with its own light/dark style sheet); false to inline in HTML.</param>
    public static string Render(string label, IReadOnlyList<RadarAxis> axes, bool standalone)
    {
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"radar\" role=\"img\" viewBox=\"0 0 ")
            .Append(Format(Width)).Append(' ').Append(Format(Height)).Append("\" width=\"").Append(Format(Width))
            .Append("\" height=\"").Append(Format(Height)).Append("\" aria-label=\"").Append(Markup.Encode(label + " competency radar")).Append("\">\n");
        svg.Append("<title>").Append(Markup.Encode(Title(label, axes))).Append("</title>\n");
        if (standalone)
        {
            svg.Append("<style>\n").Append(RadarStyles.Standalone).Append("</style>\n");
        }

        var count = axes.Count;
        var rings = axes.Count == 0 ? 0 : axes.Max(axis => axis.Max);
        svg.Append("<g class=\"radar-grid\">\n");
        for (var ring = 1; ring <= rings; ring++)
        {
            var points = Enumerable.Range(0, count).Select(index => RadarGeometry.At(index, count, (double)ring / rings, CenterX, CenterY, Radius));
            svg.Append("<polygon class=\"radar-ring\" points=\"").Append(Points(points)).Append("\"/>\n");
        }

        for (var index = 0; index < count; index++)
        {
            var end = RadarGeometry.At(index, count, 1, CenterX, CenterY, Radius);
            svg.Append("<line class=\"radar-spoke\" x1=\"").Append(Format(CenterX)).Append("\" y1=\"").Append(Format(CenterY))
                .Append("\" x2=\"").Append(Format(end.X)).Append("\" y2=\"").Append(Format(end.Y)).Append("\"/>\n");
        }

        svg.Append("</g>\n");
        var polygon = RadarGeometry.Polygon(axes.Select(axis => (axis.Value, axis.Max)).ToList(), CenterX, CenterY, Radius);
        svg.Append("<polygon class=\"radar-area\" points=\"").Append(Points(polygon)).Append("\"/>\n");
        svg.Append("<g class=\"radar-vertices\">\n");
        for (var index = 0; index < count; index++)
        {
            svg.Append("<circle class=\"radar-vertex\" r=\"4\" cx=\"").Append(Format(polygon[index].X)).Append("\" cy=\"").Append(Format(polygon[index].Y))
                .Append("\" data-competency=\"").Append(Markup.Encode(axes[index].Competency)).Append("\" data-value=\"")
                .Append(axes[index].Value.ToString(CultureInfo.InvariantCulture)).Append("\" data-max=\"").Append(axes[index].Max.ToString(CultureInfo.InvariantCulture)).Append("\"/>\n");
        }

        svg.Append("</g>\n<g class=\"radar-labels\">\n");
        for (var index = 0; index < count; index++)
        {
            AppendLabel(svg, axes[index], index, count);
        }

        svg.Append("</g>\n</svg>\n");
        return svg.ToString();
    }

    private static void AppendLabel(StringBuilder svg, RadarAxis axis, int index, int count)
    {
        var anchorPoint = RadarGeometry.At(index, count, 1, CenterX, CenterY, Radius + 16);
        var anchor = anchorPoint.X < CenterX - 1 ? "end" : anchorPoint.X > CenterX + 1 ? "start" : "middle";
        var baseline = anchorPoint.Y < CenterY - Radius ? anchorPoint.Y - 16 : anchorPoint.Y > CenterY + 1 ? anchorPoint.Y + 8 : anchorPoint.Y;
        svg.Append("<text class=\"radar-label\" text-anchor=\"").Append(anchor).Append("\" x=\"").Append(Format(anchorPoint.X))
            .Append("\" y=\"").Append(Format(baseline)).Append("\">").Append(Markup.Encode(axis.Competency));
        svg.Append("<tspan class=\"radar-step\" x=\"").Append(Format(anchorPoint.X)).Append("\" dy=\"16\">")
            .Append(Markup.Encode(axis.Step is null ? "—" : $"{axis.Step} ({axis.Value}/{axis.Max})")).Append("</tspan></text>\n");
    }

    private static string Title(string label, IReadOnlyList<RadarAxis> axes) =>
        label + ": " + string.Join(", ", axes.Select(axis => axis.Step is null ? axis.Competency + " none" : $"{axis.Competency} {axis.Step} ({axis.Value}/{axis.Max})"));

    private static string Points(IEnumerable<RadarPoint> points) =>
        string.Join(" ", points.Select(point => Format(point.X) + "," + Format(point.Y)));

    private static string Format(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
