namespace CareerLadder.Cli.Rendering;

/// <summary>What <c>render</c> writes.</summary>
public enum RenderFormat
{
    /// <summary>Markdown pages in the seeds' style, with the radar charts as SVG files in <c>charts/</c>.</summary>
    Md,

    /// <summary>Standalone HTML pages with inline SVG radar charts and light and dark themes.</summary>
    Html,
}
