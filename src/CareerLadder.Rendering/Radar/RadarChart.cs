using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CareerLadder.Rendering.Pages;
using CareerLadder.Rendering.Text;

namespace CareerLadder.Rendering.Radar;

/// <summary>
/// Draws a level's competency steps as an SVG radar chart: one axis per competency (the first pointing up), a ring per
/// step, one polygon whose vertex on each axis lies at <c>step value / number of steps</c> of the radius. The chart has
/// an accessible name and a text description listing every step.
/// </summary>
public static class RadarChart
{
    /// <summary>Width of the drawing.</summary>
    public const double Width = 480;

    /// <summary>Height of the drawing.</summary>
    public const double Height = 310;

    /// <summary>Centre, horizontal.</summary>
    public const double CenterX = 240;

    /// <summary>Centre, vertical.</summary>
    public const double CenterY = 170;

    /// <summary>Radius of the outer ring.</summary>
    public const double Radius = 105;

    /// <summary>Draws the radar chart of a runtime level.</summary>
    /// <param name="level">The level.</param>
    /// <param name="competencies">Every competency of the framework, for example the generated <c>CareerLadders.Competencies</c>.</param>
    /// <param name="culture">The culture of the names; null for the current UI culture.</param>
    /// <param name="standalone">True (default) for a self-contained SVG with its own palette and background; false to inline in a page styled by <see cref="PageStyles"/>.</param>
    public static string Svg(Level level, IReadOnlyList<Competency> competencies, CultureInfo? culture = null, bool standalone = true)
    {
        if (level is null)
        {
            throw new ArgumentNullException(nameof(level));
        }

        var label = level.Code + " - " + level.Title.Get(culture ?? CultureInfo.CurrentUICulture);
        return Svg(level.Code, label, RadarAxis.Of(level, competencies, culture), standalone);
    }

    /// <summary>Draws a radar chart from plain axes.</summary>
    /// <param name="code">The level code (written as <c>data-level</c>).</param>
    /// <param name="label">What the chart shows, for its accessible name, for example <c>TPM3 - Technical Program Manager 3</c>.</param>
    /// <param name="axes">The axes, in order.</param>
    /// <param name="standalone">True (default) for a self-contained SVG with its own palette and background; false to inline in a page styled by <see cref="PageStyles"/>.</param>
    public static string Svg(string code, string label, IReadOnlyList<RadarAxis> axes, bool standalone = true)
    {
        if (code is null)
        {
            throw new ArgumentNullException(nameof(code));
        }

        if (label is null)
        {
            throw new ArgumentNullException(nameof(label));
        }

        if (axes is null)
        {
            throw new ArgumentNullException(nameof(axes));
        }

        var svg = new StringBuilder();
        var id = "radar-" + Slug(code);
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"radar\" role=\"img\" viewBox=\"0 0 ")
            .Append(Invariant.Number(Width)).Append(' ').Append(Invariant.Number(Height)).Append("\" width=\"").Append(Invariant.Number(Width))
            .Append("\" height=\"").Append(Invariant.Number(Height)).Append("\" data-level=\"").Append(HtmlText.Encode(code))
            .Append("\" data-cx=\"").Append(Invariant.Number(CenterX)).Append("\" data-cy=\"").Append(Invariant.Number(CenterY))
            .Append("\" data-radius=\"").Append(Invariant.Number(Radius)).Append("\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\">\n");
        svg.Append("<title id=\"").Append(id).Append("-title\">").Append(HtmlText.Encode(label + ": competency steps")).Append("</title>\n");
        svg.Append("<desc id=\"").Append(id).Append("-desc\">").Append(HtmlText.Encode(Description(axes))).Append("</desc>\n");
        if (standalone)
        {
            svg.Append("<style>\n").Append(Theme.Rules("svg.radar")).Append(Rules).Append(".radar-background { fill: var(--bg); }\n</style>\n")
                .Append("<rect class=\"radar-background\" width=\"100%\" height=\"100%\"/>\n");
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
            svg.Append("<line class=\"radar-spoke\" x1=\"").Append(Invariant.Number(CenterX)).Append("\" y1=\"").Append(Invariant.Number(CenterY))
                .Append("\" x2=\"").Append(Invariant.Number(end.X)).Append("\" y2=\"").Append(Invariant.Number(end.Y)).Append("\"/>\n");
        }

        svg.Append("</g>\n");
        var polygon = RadarGeometry.Polygon(axes.Select(axis => (axis.Value, axis.Max)).ToList(), CenterX, CenterY, Radius);
        svg.Append("<polygon class=\"radar-area\" data-level=\"").Append(HtmlText.Encode(code)).Append("\" points=\"").Append(Points(polygon)).Append("\"/>\n");
        svg.Append("<g class=\"radar-vertices\">\n");
        for (var index = 0; index < count; index++)
        {
            svg.Append("<circle class=\"radar-vertex\" r=\"4\" cx=\"").Append(Invariant.Number(polygon[index].X)).Append("\" cy=\"").Append(Invariant.Number(polygon[index].Y))
                .Append("\" data-competency=\"").Append(HtmlText.Encode(axes[index].CompetencyId)).Append("\" data-value=\"")
                .Append(Invariant.Number(axes[index].Value)).Append("\" data-max=\"").Append(Invariant.Number(axes[index].Max)).Append("\"><title>")
                .Append(HtmlText.Encode(axes[index].Competency + ": " + axes[index].StepText)).Append("</title></circle>\n");
        }

        svg.Append("</g>\n<g class=\"radar-labels\" aria-hidden=\"true\">\n");
        for (var index = 0; index < count; index++)
        {
            AppendLabel(svg, axes[index], index, count);
        }

        svg.Append("</g>\n</svg>\n");
        return svg.ToString();
    }

    /// <summary>Rules that draw the chart's parts from the palette's custom properties (see <see cref="Theme"/>).</summary>
    public const string Rules =
        ".radar { max-width: 100%; height: auto; font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }\n" +
        ".radar-ring, .radar-spoke { fill: none; stroke: var(--grid); stroke-width: 1; }\n" +
        ".radar-area { fill: var(--area); stroke: var(--accent); stroke-width: 2; stroke-linejoin: round; }\n" +
        ".radar-vertex { fill: var(--accent); }\n" +
        ".radar-label { fill: var(--fg); font-size: 16px; font-weight: 600; }\n" +
        ".radar-step { fill: var(--muted); font-size: 15px; font-weight: normal; }\n";

    /// <summary>The chart's text description: every competency with its step, for screen readers.</summary>
    /// <param name="axes">The axes.</param>
    public static string Description(IReadOnlyList<RadarAxis> axes) =>
        string.Join("; ", axes.Select(axis => axis.Competency + ": " + axis.StepText)) + ".";

    private static void AppendLabel(StringBuilder svg, RadarAxis axis, int index, int count)
    {
        var anchorPoint = RadarGeometry.At(index, count, 1, CenterX, CenterY, Radius + 14);
        var anchor = anchorPoint.X < CenterX - 1 ? "end" : anchorPoint.X > CenterX + 1 ? "start" : "middle";
        var baseline = anchorPoint.Y < CenterY - Radius ? anchorPoint.Y - 20 : anchorPoint.Y > CenterY + 1 ? anchorPoint.Y + 10 : anchorPoint.Y;
        svg.Append("<text class=\"radar-label\" text-anchor=\"").Append(anchor).Append("\" x=\"").Append(Invariant.Number(anchorPoint.X))
            .Append("\" y=\"").Append(Invariant.Number(baseline)).Append("\">").Append(HtmlText.Encode(axis.Competency));
        svg.Append("<tspan class=\"radar-step\" x=\"").Append(Invariant.Number(anchorPoint.X)).Append("\" dy=\"17\">")
            .Append(HtmlText.Encode(axis.Step ?? "—")).Append("</tspan></text>\n");
    }

    private static string Points(IEnumerable<SvgPoint> points) =>
        string.Join(" ", points.Select(point => Invariant.Number(point.X) + "," + Invariant.Number(point.Y)));

    private static string Slug(string code)
    {
        var slug = new StringBuilder(code.Length);
        foreach (var character in code)
        {
            slug.Append(character is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') ? character : '-');
        }

        return slug.ToString();
    }
}
