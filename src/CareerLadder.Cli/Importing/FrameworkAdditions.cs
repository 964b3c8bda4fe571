using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Yaml;

namespace CareerLadder.Cli.Importing;

/// <summary>
/// Adds to the built-in framework written next to imported tracks the competencies and sections the pages use and it
/// lacks (front-matter topics, section headings of another company's pages), so that the output validates on its own.
/// </summary>
internal static class FrameworkAdditions
{
    /// <summary>
    /// <paramref name="yaml"/> (a framework file with block <c>competencies:</c> and <c>sections:</c> mappings, as the
    /// built-in one) with one row per added competency and section at the end of each mapping.
    /// </summary>
    /// <param name="yaml">The framework's YAML.</param>
    /// <param name="competencies">Competencies to add: id, name, steps.</param>
    /// <param name="sections">Sections to add: id, name, kind.</param>
    public static string Add(string yaml, IEnumerable<KeyValuePair<string, (string Name, IReadOnlyList<string> Steps)>> competencies, IEnumerable<KeyValuePair<string, (string Name, SectionShape Kind)>> sections)
    {
        var lines = yaml.Split('\n').ToList();
        Append(lines, "competencies:", competencies.SelectMany(pair => new[]
        {
            $"  {pair.Key}:",
            $"    name: {YamlScalar.Format(pair.Value.Name)}",
            $"    steps: [{string.Join(", ", pair.Value.Steps.Select(YamlScalar.FormatInFlow))}]",
        }));
        Append(lines, "sections:", sections.Select(pair => $"  {pair.Key}: {{ name: {YamlScalar.FormatInFlow(pair.Value.Name)}, kind: {Kind(pair.Value.Kind)} }}"));
        return string.Join("\n", lines);
    }

    /// <summary>Inserts <paramref name="rows"/> after the last indented line of the block that starts with <paramref name="header"/>.</summary>
    private static void Append(List<string> lines, string header, IEnumerable<string> rows)
    {
        var added = rows.ToList();
        if (added.Count == 0)
        {
            return;
        }

        var start = lines.IndexOf(header);
        if (start < 0)
        {
            lines.InsertRange(lines.Count > 0 && lines[^1].Length == 0 ? lines.Count - 1 : lines.Count, new[] { string.Empty, header }.Concat(added));
            return;
        }

        var end = start + 1;
        for (var i = start + 1; i < lines.Count && (lines[i].Length == 0 || lines[i][0] == ' '); i++)
        {
            if (lines[i].Length > 0)
            {
                end = i + 1;
            }
        }

        lines.InsertRange(end, added);
    }

    private static string Kind(SectionShape kind) => kind switch
    {
        SectionShape.Text => "text",
        SectionShape.Groups => "groups",
        _ => "list",
    };
}
