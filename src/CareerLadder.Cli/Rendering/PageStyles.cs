namespace CareerLadder.Cli.Rendering;

/// <summary>The style sheet of the HTML pages: a light theme and a dark one chosen by <c>prefers-color-scheme</c>.</summary>
public static class PageStyles
{
    /// <summary>The whole style sheet.</summary>
    public static string Css =>
        ":root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --accent: #0969da; --row: #f6f8fa; " + RadarStyles.Light + " }\n" +
        "@media (prefers-color-scheme: dark) {\n  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --accent: #58a6ff; --row: #151b23; " + RadarStyles.Dark + " }\n}\n" +
        "body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif; }\n" +
        "main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }\n" +
        "a { color: var(--accent); }\n" +
        "nav { font-size: 0.9rem; }\n" +
        ".summary, .extends, .muted { color: var(--muted); }\n" +
        "table { border-collapse: collapse; width: 100%; margin: 1rem 0; }\n" +
        "th, td { border: 1px solid var(--border); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }\n" +
        "tbody tr:nth-child(even) { background: var(--row); }\n" +
        "section.level { border-top: 1px solid var(--border); margin-top: 2rem; }\n" +
        ".chart { margin: 1rem 0; }\n" +
        ".expectations .competency { color: var(--muted); }\n" +
        ".inherited { color: var(--muted); font-size: 0.8rem; font-weight: normal; margin-left: 0.5rem; }\n" +
        RadarStyles.Rules;
}
