using System.Collections.Generic;
using System.Linq;
using CareerLadder.Cli.IO;
using CareerLadder.Rendering.Radar;
using CareerLadder.Cli.Validation;

namespace CareerLadder.Cli.Rendering;

/// <summary>Renders every track of validated ladders into staged output: one page per track, an index and, for Markdown, the chart files.</summary>
public static class SiteRenderer
{
    /// <summary>Renders the site.</summary>
    /// <param name="ladders">Validated ladders without errors.</param>
    /// <param name="format">Markdown or HTML.</param>
    /// <param name="culture">The culture of the texts, or null for the base language.</param>
    /// <param name="output">Where the files are staged.</param>
    public static void Render(LadderSet ladders, RenderFormat format, string? culture, StagedOutput output)
    {
        var site = new SiteModel(ladders.Ladders.Framework, ladders.Ladders.Tracks.ToList(), new TextSelector(culture));
        foreach (var track in site.Tracks)
        {
            if (format == RenderFormat.Html)
            {
                output.WriteText(track.Id + ".html", HtmlPageRenderer.Track(site, track));
                continue;
            }

            output.WriteText(track.Id + ".md", MarkdownPageRenderer.Track(site, track));
            foreach (var level in track.Levels.Where(site.HasChart))
            {
                output.WriteText("charts/" + level.Code + ".svg", RadarChart.Svg(level.Code, LevelHeadings.Heading(level, site.Text), LadderViewBuilder.Axes(site.Framework, level), standalone: true));
            }
        }

        output.WriteText(format == RenderFormat.Html ? "index.html" : "index.md", format == RenderFormat.Html ? HtmlPageRenderer.Index(site) : MarkdownPageRenderer.Index(site));
    }

    /// <summary>The cultures some track is translated into.</summary>
    /// <param name="ladders">The ladders.</param>
    public static IReadOnlyCollection<string> Cultures(LadderSet ladders) =>
        ladders.Ladders.Tracks.SelectMany(track => track.Cultures).Distinct(System.StringComparer.OrdinalIgnoreCase).ToList();
}
