namespace CareerLadder.Rendering.Pages;

/// <summary>
/// The two palettes every page, chart and graph is painted with, as CSS custom properties. Each text colour reaches a
/// contrast of at least 4.5:1 on every background it is drawn on (page, card, graph node), in both palettes.
/// </summary>
public static class Theme
{
    /// <summary>The light palette.</summary>
    public const string Light =
        "color-scheme: light; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --card: #f6f8fa; --border: #d1d9e0; " +
        "--accent: #0969da; --move: #9a4300; --node: #ddf4ff; --node-border: #0969da; --grid: #d1d9e0; " +
        "--area: rgba(9, 105, 218, 0.22); --mark: #fff8c5; --mark-fg: #3b2300;";

    /// <summary>The dark palette.</summary>
    public const string Dark =
        "color-scheme: dark; --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --card: #151b23; --border: #3d444d; " +
        "--accent: #58a6ff; --move: #f0883e; --node: #12263f; --node-border: #58a6ff; --grid: #3d444d; " +
        "--area: rgba(88, 166, 255, 0.28); --mark: #3b2e00; --mark-fg: #f2cc60;";

    /// <summary>
    /// The palette rules for a selector: light by default, dark when the browser prefers it (unless
    /// <c>data-theme="light"</c> is set on the root), dark when <c>data-theme="dark"</c> forces it.
    /// </summary>
    /// <param name="selector">Where the custom properties are declared, for example <c>:root</c> or <c>svg.radar</c>.</param>
    public static string Rules(string selector) =>
        selector + " { " + Light + " }\n" +
        "@media (prefers-color-scheme: dark) {\n  " + selector + ":not([data-theme=\"light\"]) { " + Dark + " }\n}\n" +
        selector + "[data-theme=\"dark\"] { " + Dark + " }\n";
}
