namespace CareerLadder.Rendering.Radar;

/// <summary>A point of a drawing.</summary>
/// <param name="X">Horizontal coordinate.</param>
/// <param name="Y">Vertical coordinate (down is positive, as in SVG).</param>
public readonly record struct SvgPoint(double X, double Y);
