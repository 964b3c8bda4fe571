namespace CareerLadder.Cli.Rendering;

/// <summary>The CSS of the radar charts: colours as custom properties, with a light and a dark palette.</summary>
public static class RadarStyles
{
    /// <summary>Rules that draw the chart's parts from the custom properties.</summary>
    public const string Rules =
        ".radar { max-width: 100%; height: auto; font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }\n" +
        ".radar-ring, .radar-spoke { fill: none; stroke: var(--radar-grid); stroke-width: 1; }\n" +
        ".radar-area { fill: var(--radar-area); stroke: var(--radar-stroke); stroke-width: 2; stroke-linejoin: round; }\n" +
        ".radar-vertex { fill: var(--radar-stroke); }\n" +
        ".radar-label { fill: var(--radar-fg); font-size: 13px; }\n" +
        ".radar-step { fill: var(--radar-muted); font-size: 12px; }\n";

    /// <summary>The light palette (custom property declarations).</summary>
    public const string Light = "--radar-fg: #1f2328; --radar-muted: #59636e; --radar-grid: #d1d9e0; --radar-area: rgba(9, 105, 218, 0.22); --radar-stroke: #0969da;";

    /// <summary>The dark palette (custom property declarations).</summary>
    public const string Dark = "--radar-fg: #e6edf3; --radar-muted: #9198a1; --radar-grid: #3d444d; --radar-area: rgba(88, 166, 255, 0.28); --radar-stroke: #58a6ff;";

    /// <summary>The style sheet embedded in a standalone SVG file: palettes on the root element, switched by <c>prefers-color-scheme</c>.</summary>
    public static string Standalone =>
        ".radar { " + Light + " }\n" +
        "@media (prefers-color-scheme: dark) { .radar { " + Dark + " } }\n" +
        Rules;
}
