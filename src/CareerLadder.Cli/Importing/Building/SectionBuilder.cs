using System.Collections.Generic;
using CareerLadder.Authoring.Model;
using CareerLadder.Cli.Importing.Reading;

namespace CareerLadder.Cli.Importing.Building;

/// <summary>Turns free-form sections into section values keyed by the framework's section ids.</summary>
internal static class SectionBuilder
{
    /// <summary>Builds one section value, or null when it is empty.</summary>
    /// <param name="context">The import context.</param>
    /// <param name="heading">The heading as written.</param>
    /// <param name="content">Its Markdown.</param>
    /// <param name="line">The heading's line.</param>
    public static ImportedSection? Build(ImportContext context, string heading, RawContent content, int line)
    {
        var path = content.Source.Path;
        var resolved = SectionResolver.Resolve(context.Framework, heading);
        if (resolved is null)
        {
            var id = Naming.Id(heading, Naming.Id(System.IO.Path.GetFileNameWithoutExtension(path) + " " + line.ToString(System.Globalization.CultureInfo.InvariantCulture), "section"));
            var known = context.AddedSections.TryGetValue(id, out var added) ? added.Kind : (SectionShape?)null;
            var value = SectionContentReader.Read(id, known, heading, content, context.Log);
            if (context.CanExtendFramework)
            {
                if (value is not null && known is null)
                {
                    context.AddedSections[id] = (heading.Trim(), value.Kind);
                }

                context.Log.Warn(path, line, ImportWarnings.SectionHeading, $"Section '{heading}' is not a section of the built-in framework; it is imported as '{id}' and added to the framework written with the tracks");
            }
            else
            {
                context.Log.Warn(path, line, ImportWarnings.SectionHeading, $"Section '{heading}' is not a section of the framework; it is imported as '{id}': add it to the framework's sections");
            }

            return value;
        }

        var (section, approximate) = resolved.Value;
        if (approximate)
        {
            context.Log.Warn(path, line, ImportWarnings.SectionHeading, $"Section '{heading}' is taken as the framework's '{section.Name}' ({section.Id.Value})");
        }

        return SectionContentReader.Read(section.Id.Value, section.Kind, heading, content, context.Log);
    }

    /// <summary>
    /// The section value of a table cell (a table-only ladder's column): text, or one item for a list section. The column
    /// is matched to the framework's sections as a heading is, once per page.
    /// </summary>
    /// <param name="context">The import context.</param>
    /// <param name="path">The page.</param>
    /// <param name="heading">The column's header.</param>
    /// <param name="text">The cell's text.</param>
    /// <param name="line">The row's line.</param>
    /// <param name="what">What names the section in warnings: "Column" or "Label".</param>
    public static ImportedSection FromCell(ImportContext context, string path, string heading, string text, int line, string what = "Column")
    {
        var report = context.ReportedOnce.Add(path + "\n" + heading);
        string id;
        SectionShape kind;
        if (SectionResolver.Resolve(context.Framework, heading) is { } resolved)
        {
            (id, kind) = (resolved.Section.Id.Value, resolved.Section.Kind);
            if (resolved.Approximate && report)
            {
                context.Log.Warn(path, line, ImportWarnings.SectionHeading, $"{what} '{heading}' is taken as the framework's section '{resolved.Section.Name}' ({id})");
            }
        }
        else
        {
            id = Naming.Id(heading, "column");
            kind = context.AddedSections.TryGetValue(id, out var added) ? added.Kind : SectionShape.Text;
            if (context.CanExtendFramework)
            {
                context.AddedSections.TryAdd(id, (heading.Trim(), kind));
            }

            if (report)
            {
                context.Log.Warn(path, line, ImportWarnings.SectionHeading, context.CanExtendFramework
                    ? $"{what} '{heading}' is not a section of the built-in framework; it is imported as section '{id}' and added to the framework written with the tracks"
                    : $"{what} '{heading}' is not a section of the framework; it is imported as section '{id}': add it to the framework's sections");
            }
        }

        return kind switch
        {
            SectionShape.Text => new ImportedSection(id, SectionShape.Text, text, new List<ImportedItem>()),
            SectionShape.Groups => new ImportedSection(id, SectionShape.Groups, null, new List<ImportedItem> { new(heading.Trim(), null, new List<ImportedItem> { new(text, null, new List<ImportedItem>()) }) }),
            _ => new ImportedSection(id, SectionShape.List, null, new List<ImportedItem> { new(text, null, new List<ImportedItem>()) }),
        };
    }

    /// <summary>Builds the values of several sections, in order, leaving out empty ones.</summary>
    /// <param name="context">The import context.</param>
    /// <param name="sections">The sections.</param>
    /// <param name="lines">Receives the line of each imported section, by section id.</param>
    public static List<ImportedSection> Build(ImportContext context, IEnumerable<RawSection> sections, IDictionary<string, int>? lines = null)
    {
        var result = new List<ImportedSection>();
        foreach (var section in sections)
        {
            if (Build(context, section.Heading, section.Content, section.Content.Line) is { } value)
            {
                if (result.Exists(existing => existing.Id == value.Id))
                {
                    context.Log.Warn(section.Content.Source.Path, section.Content.Line, ImportWarnings.Ignored, $"Section '{section.Heading}' appears twice; only the first is imported");
                    continue;
                }

                result.Add(value);
                if (lines is not null)
                {
                    lines[value.Id] = section.Content.Line;
                }
            }
        }

        return result;
    }
}
