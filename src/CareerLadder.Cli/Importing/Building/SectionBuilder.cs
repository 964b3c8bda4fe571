using System.Collections.Generic;
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
            var id = Naming.Id(heading, "section");
            context.Log.Warn(path, line, ImportWarnings.SectionHeading, $"Section '{heading}' is not a section of the framework; it is imported as '{id}': add it to the framework's sections");
            return SectionContentReader.Read(id, null, heading, content, context.Log);
        }

        var (section, approximate) = resolved.Value;
        if (approximate)
        {
            context.Log.Warn(path, line, ImportWarnings.SectionHeading, $"Section '{heading}' is taken as the framework's '{section.Name}' ({section.Id.Value})");
        }

        return SectionContentReader.Read(section.Id.Value, section.Kind, heading, content, context.Log);
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
