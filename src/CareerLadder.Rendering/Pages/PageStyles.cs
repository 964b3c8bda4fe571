using CareerLadder.Rendering.Graph;
using CareerLadder.Rendering.Radar;

namespace CareerLadder.Rendering.Pages;

/// <summary>
/// The one style sheet of every page: the palettes of <see cref="Theme"/> (light, dark by <c>prefers-color-scheme</c>,
/// or forced by <c>data-theme</c> on the root), the layout of level cards, tables and forms, a single column below
/// 48rem that works at 360 px, and the rules of the charts and the graph.
/// </summary>
public static class PageStyles
{
    /// <summary>The whole style sheet.</summary>
    public static string Css { get; } =
        Theme.Rules(":root") +
        "*, *::before, *::after { box-sizing: border-box; }\n" +
        "body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif; overflow-wrap: break-word; }\n" +
        "main { max-width: 66rem; margin: 0 auto; padding: 1.25rem; }\n" +
        "main.wide { max-width: 90rem; }\n" +
        "a { color: var(--accent); }\n" +
        "h1 { font-size: 1.9rem; line-height: 1.25; margin: 0.5rem 0 0.75rem; }\n" +
        "h2 { font-size: 1.35rem; line-height: 1.3; }\n" +
        "h3 { font-size: 1.1rem; margin: 1rem 0 0.35rem; }\n" +
        "h4 { font-size: 1rem; margin: 0.75rem 0 0.25rem; }\n" +
        "nav.site { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; font-size: 0.95rem; }\n" +
        ".muted, .summary, .facts, .extends { color: var(--muted); }\n" +
        ".table-scroll { overflow-x: auto; }\n" +
        "table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; }\n" +
        "th, td { border-bottom: 1px solid var(--border); padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }\n" +
        "caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }\n" +
        "section.level { margin: 1.5rem 0; padding: 1rem 1.25rem; background: var(--card); border: 1px solid var(--border); border-radius: 8px; }\n" +
        "section.level h2 { margin: 0 0 0.25rem; }\n" +
        ".level-body { display: grid; grid-template-columns: minmax(0, 26rem) minmax(0, 1fr); gap: 1.25rem; align-items: start; }\n" +
        ".level-body.no-chart { grid-template-columns: minmax(0, 1fr); }\n" +
        ".chart { margin: 0; }\n" +
        ".chart svg { display: block; width: 100%; height: auto; }\n" +
        ".measured-by { border-left: 4px solid var(--accent); padding: 0.25rem 0.75rem; margin: 0.5rem 0; }\n" +
        ".inherited { display: inline-block; margin-left: 0.35rem; padding: 0 0.4rem; border-radius: 4px; background: var(--mark); color: var(--mark-fg); font-size: 0.8rem; font-weight: normal; }\n" +
        ".moves { padding-left: 1.25rem; }\n" +
        ".moves li { margin: 0.25rem 0; }\n" +
        ".move-kind { color: var(--muted); font-size: 0.9rem; }\n" +
        ".move-kind.career { color: var(--move); }\n" +
        ".gap { color: var(--muted); font-size: 0.9rem; margin: 0.1rem 0 0.4rem; }\n" +
        ".blocked-link { text-decoration: underline dotted; }\n" +
        ".graph-scroll { overflow-x: auto; border: 1px solid var(--border); border-radius: 8px; }\n" +
        ".graph-scroll svg { display: block; }\n" +
        ".graph-narrow { display: none; border: 1px solid var(--border); border-radius: 8px; }\n" +
        ".graph-narrow svg { display: block; max-width: 100%; height: auto; }\n" +
        "@media (max-width: 40rem) {\n  .graph-wide { display: none; }\n  .graph-narrow { display: block; }\n}\n" +
        ".assess fieldset { border: 1px solid var(--border); border-radius: 8px; padding: 0.75rem 1rem; margin: 1rem 0; }\n" +
        ".assess .field { display: grid; grid-template-columns: minmax(8rem, 12rem) minmax(0, 18rem); gap: 0.25rem 1rem; align-items: center; margin: 0.35rem 0; }\n" +
        "select, button, input { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 0.35rem 0.5rem; max-width: 100%; }\n" +
        "button.primary { background: var(--accent); color: var(--bg); border-color: var(--accent); font-weight: 600; cursor: pointer; }\n" +
        "figure.paths { margin: 1rem 0; }\n" +
        "@media (max-width: 48rem) {\n  main { padding: 0.75rem; }\n  section.level { padding: 0.75rem; }\n  table.stack thead { display: none; }\n  table.stack tr { display: block; padding: 0.4rem 0; border-bottom: 1px solid var(--border); }\n  table.stack td { display: block; border: 0; padding: 0.1rem 0; }\n  table.stack td:empty { display: none; }\n  table.stack td:first-child { font-weight: 600; }\n  table.stack td[data-label]::before { content: attr(data-label) \": \"; color: var(--muted); }\n  .level-body { grid-template-columns: minmax(0, 1fr); }\n  .assess .field { grid-template-columns: minmax(0, 1fr); }\n  h1 { font-size: 1.5rem; }\n}\n" +
        RadarChart.Rules +
        CareerPathSvg.Rules;
}
