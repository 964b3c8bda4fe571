using System;
using System.Collections.Generic;

namespace CareerLadder.Rendering.Radar;

/// <summary>
/// The geometry of a radar chart: one axis per competency, the first pointing up and the others clockwise at equal
/// angles; a level's vertex on an axis lies at <c>step value / number of steps</c> of the radius.
/// </summary>
public static class RadarGeometry
{
    /// <summary>The angle of axis <paramref name="index"/> of <paramref name="count"/>, in radians (the first points up).</summary>
    /// <param name="index">The axis.</param>
    /// <param name="count">How many axes.</param>
    public static double Angle(int index, int count) => -Math.PI / 2 + (2 * Math.PI * index / count);

    /// <summary>The point at <paramref name="fraction"/> of the radius on axis <paramref name="index"/>.</summary>
    /// <param name="index">The axis.</param>
    /// <param name="count">How many axes.</param>
    /// <param name="fraction">0 (centre) to 1 (outer ring).</param>
    /// <param name="centerX">Centre, horizontal.</param>
    /// <param name="centerY">Centre, vertical.</param>
    /// <param name="radius">Outer radius.</param>
    public static SvgPoint At(int index, int count, double fraction, double centerX, double centerY, double radius)
    {
        var angle = Angle(index, count);
        return new SvgPoint(centerX + (radius * fraction * Math.Cos(angle)), centerY + (radius * fraction * Math.Sin(angle)));
    }

    /// <summary>The polygon of a level: one vertex per axis at <c>value / max</c> of the radius (0 when there is no expectation).</summary>
    /// <param name="axes">Per axis, the step value (0 when none) and the number of steps.</param>
    /// <param name="centerX">Centre, horizontal.</param>
    /// <param name="centerY">Centre, vertical.</param>
    /// <param name="radius">Outer radius.</param>
    public static IReadOnlyList<SvgPoint> Polygon(IReadOnlyList<(int Value, int Max)> axes, double centerX, double centerY, double radius)
    {
        var points = new SvgPoint[axes.Count];
        for (var i = 0; i < axes.Count; i++)
        {
            var (value, max) = axes[i];
            var fraction = max <= 0 ? 0 : Math.Min(1, Math.Max(0, (double)value / max));
            points[i] = At(i, axes.Count, fraction, centerX, centerY, radius);
        }

        return points;
    }
}
