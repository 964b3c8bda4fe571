using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Yaml;

namespace CareerLadder.Cli.Importing.Yaml;

/// <summary>
/// Writes imported tracks and overlays in the style of the repository's ladders/ files: block mappings indented by two
/// spaces, long-form expectations (<c>step:</c> and <c>text:</c> on their own lines), a blank line between levels.
/// </summary>
internal static class YamlLadderWriter
{
    /// <summary>The YAML of a track.</summary>
    /// <param name="track">The track.</param>
    /// <param name="header">Comment lines written first (without <c>#</c>).</param>
    /// <param name="map">Receives the Markdown line each YAML line comes from, if given.</param>
    public static string Track(ImportedTrack track, IEnumerable<string> header, SourceMap? map = null)
    {
        var yaml = new StringBuilder();
        AppendHeader(yaml, header);
        map?.Mark(yaml, track.Line);
        Line(yaml, 0, "track", track.Id);
        Line(yaml, 0, "name", track.Name);
        Line(yaml, 0, "abbreviation", track.Abbreviation);
        if (track.Summary is { } summary)
        {
            Line(yaml, 0, "summary", summary);
        }

        if (track.Links.Count > 0)
        {
            yaml.Append("links:\n");
            foreach (var link in track.Links)
            {
                yaml.Append("  - text: ").Append(YamlScalar.Format(link.Text)).Append('\n');
                Line(yaml, 4, "url", link.Url);
            }
        }

        yaml.Append("\nlevels:\n");
        for (var i = 0; i < track.Levels.Count; i++)
        {
            if (i > 0)
            {
                yaml.Append('\n');
            }

            AppendLevel(yaml, track.Levels[i], map);
        }

        return yaml.ToString();
    }

    /// <summary>The YAML of a localization overlay.</summary>
    /// <param name="overlay">The overlay.</param>
    /// <param name="header">Comment lines written first (without <c>#</c>).</param>
    public static string Overlay(ImportedOverlay overlay, IEnumerable<string> header)
    {
        var yaml = new StringBuilder();
        AppendHeader(yaml, header);
        Line(yaml, 0, "overlay", overlay.Track);
        Line(yaml, 0, "culture", overlay.Culture);
        if (overlay.Name is { } name)
        {
            Line(yaml, 0, "name", name);
        }

        if (overlay.Summary is { } summary)
        {
            Line(yaml, 0, "summary", summary);
        }

        if (overlay.Levels.Count > 0)
        {
            yaml.Append("\nlevels:\n");
            foreach (var level in overlay.Levels)
            {
                yaml.Append("  ").Append(YamlScalar.Format(level.Code)).Append(":\n");
                if (level.Title is { } title)
                {
                    Line(yaml, 4, "title", title);
                }

                if (level.Expectations.Count > 0)
                {
                    yaml.Append("    expectations:\n");
                    foreach (var (competency, text) in level.Expectations)
                    {
                        Line(yaml, 6, competency, text);
                    }
                }
            }
        }

        return yaml.ToString();
    }

    private static void AppendHeader(StringBuilder yaml, IEnumerable<string> header)
    {
        foreach (var line in header)
        {
            yaml.Append(line.Length == 0 ? "#" : "# " + line).Append('\n');
        }
    }

    private static void AppendLevel(StringBuilder yaml, ImportedLevel level, SourceMap? map)
    {
        map?.Mark(yaml, level.Line);
        yaml.Append("  - code: ").Append(YamlScalar.Format(level.Code)).Append('\n');
        yaml.Append("    rank: ").Append(level.Rank.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Line(yaml, 4, "title", level.Title);
        Optional(yaml, 4, "seniority", level.Seniority);
        Optional(yaml, 4, "public-title", level.PublicTitle);
        Optional(yaml, 4, "summary", level.Summary);
        Optional(yaml, 4, "extends", level.Extends);
        if (level.Chart is { } chart)
        {
            map?.Mark(yaml, level.ChartLine > 0 ? level.ChartLine : level.Line);
            if (chart.Dark is null && chart.Alt is null)
            {
                Line(yaml, 4, "chart", chart.Src);
            }
            else
            {
                yaml.Append("    chart:\n");
                Line(yaml, 6, "src", chart.Src);
                Optional(yaml, 6, "dark", chart.Dark);
                Optional(yaml, 6, "alt", chart.Alt);
            }
        }

        if (level.Expectations.Count > 0)
        {
            yaml.Append("    expectations:\n");
            foreach (var expectation in level.Expectations)
            {
                map?.Mark(yaml, level.ExpectationLines.TryGetValue(expectation.Competency, out var bulletLine) ? bulletLine : level.Line);
                if (expectation.Text is null)
                {
                    Line(yaml, 6, expectation.Competency, expectation.Step);
                    continue;
                }

                yaml.Append("      ").Append(expectation.Competency).Append(":\n");
                Line(yaml, 8, "step", expectation.Step);
                Line(yaml, 8, "text", expectation.Text);
            }
        }

        if (level.Sections.Count > 0)
        {
            yaml.Append("    sections:\n");
            foreach (var section in level.Sections)
            {
                map?.Mark(yaml, level.SectionLines.TryGetValue(section.Id, out var sectionLine) ? sectionLine : level.Line);
                AppendSection(yaml, section);
            }
        }
    }

    private static void AppendSection(StringBuilder yaml, ImportedSection section)
    {
        switch (section.Kind)
        {
            case SectionShape.Text:
                Line(yaml, 6, section.Id, section.Text ?? string.Empty);
                break;
            case SectionShape.Groups:
                yaml.Append("      ").Append(section.Id).Append(":\n");
                foreach (var group in section.Items)
                {
                    yaml.Append("        ").Append(YamlScalar.Format(group.Text)).Append(":\n");
                    AppendItems(yaml, 10, group.Items);
                }

                break;
            default:
                yaml.Append("      ").Append(section.Id).Append(":\n");
                AppendItems(yaml, 8, section.Items);
                break;
        }
    }

    private static void AppendItems(StringBuilder yaml, int indent, IReadOnlyList<ImportedItem> items)
    {
        foreach (var item in items)
        {
            if (item.Link is null && item.Items.Count == 0)
            {
                yaml.Append(' ', indent).Append("- ").Append(YamlScalar.Format(item.Text)).Append('\n');
                continue;
            }

            yaml.Append(' ', indent).Append("- text: ").Append(YamlScalar.Format(item.Text)).Append('\n');
            Optional(yaml, indent + 2, "link", item.Link);
            if (item.Items.Count > 0)
            {
                yaml.Append(' ', indent + 2).Append("items:\n");
                AppendItems(yaml, indent + 4, item.Items);
            }
        }
    }

    private static void Optional(StringBuilder yaml, int indent, string key, string? value)
    {
        if (value is not null)
        {
            Line(yaml, indent, key, value);
        }
    }

    private static void Line(StringBuilder yaml, int indent, string key, string value) =>
        yaml.Append(' ', indent).Append(key).Append(": ").Append(YamlScalar.Format(value)).Append('\n');
}
