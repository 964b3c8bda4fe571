using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Parsing;

namespace CareerLadder.Cli.Importing;

/// <summary>
/// What the importer needs from the framework: competencies with their steps (to map <c>**Step**</c> bullets), section
/// definitions (to map headings), seniorities and ranks. Read from the target directory's framework file, or from the
/// repository's default framework built into the tool.
/// </summary>
internal sealed class ImportFramework
{
    private const string DefaultResource = "CareerLadder.Cli.Importing.DefaultFramework.yaml";

    private ImportFramework(FrameworkDefinition definition, string source, string? defaultText)
    {
        Definition = definition;
        Source = source;
        DefaultText = defaultText;
    }

    /// <summary>The parsed framework.</summary>
    public FrameworkDefinition Definition { get; }

    /// <summary>Where it came from: a path, or "built-in".</summary>
    public string Source { get; }

    /// <summary>The YAML of the built-in framework when it is used (written next to the imported files), else null.</summary>
    public string? DefaultText { get; }

    /// <summary>The lowest rank of the rank table, or 1 when the table is empty.</summary>
    public int LowestRank => Definition.Ranks.Count == 0 ? 1 : Definition.Ranks.Min(rank => rank.Value.Value);

    /// <summary>The competencies in framework order.</summary>
    public IReadOnlyList<CompetencyDefinition> Competencies => Definition.Competencies;

    /// <summary>The section definitions.</summary>
    public IReadOnlyList<SectionDefinition> Sections => Definition.Sections;

    /// <summary>Uses a framework read from the target directory.</summary>
    /// <param name="definition">The parsed framework.</param>
    /// <param name="path">Its path as shown.</param>
    public static ImportFramework From(FrameworkDefinition definition, string path) => new(definition, path, null);

    /// <summary>The framework built into the tool: the repository's ladders/framework.yaml.</summary>
    public static ImportFramework BuiltIn()
    {
        using var stream = typeof(ImportFramework).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException("The built-in framework resource is missing.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        var parsed = LadderParser.Parse("framework.yaml", text);
        return new ImportFramework(parsed.Framework ?? throw new InvalidOperationException("The built-in framework does not parse."), "built-in", text);
    }

    /// <summary>The index of the competency with the given id, or -1.</summary>
    /// <param name="id">A competency id.</param>
    public int IndexOf(string id)
    {
        for (var i = 0; i < Competencies.Count; i++)
        {
            if (Competencies[i].Id.Value == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Every step name of every competency.</summary>
    public IEnumerable<string> AllStepNames => Competencies.SelectMany(competency => competency.Steps.Select(step => step.Name.Value));
}
