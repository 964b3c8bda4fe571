using System.Collections.Generic;
using System.Linq;
using System;
using CareerLadder.Authoring.Naming;
using static CareerLadder.Authoring.Emitting.LadderEmitter;
using static CareerLadder.Authoring.Naming.CodeNames;

namespace CareerLadder.Authoring.Emitting;

/// <summary>Writes the generated enums: <c>TrackId</c>, <c>CompetencyId</c>, a step enum per competency, <c>SectionId</c> and each track's level enum.</summary>
internal static class EnumWriter
{
    /// <summary>Writes the enums of the catalog file, each value at its stable number.</summary>
    public static void WriteCatalogEnums(SourceWriter writer, CatalogContext context)
    {
        var framework = context.Framework;
        Write(writer, context.Access, TrackIdEnum,
            "The tracks of the ladder. A value keeps naming its track in every later version of the ladders (it may be stored).",
            context.Tracks.Select((track, index) => (track.Name.Text + " (" + track.Abbreviation + ")", track.Identifier, context.TrackNumbers[index])));
        Write(writer, context.Access, CompetencyIdEnum,
            "The competencies of the framework. A value keeps naming its competency in every later version of the ladders (it may be stored).",
            framework.Competencies.Select((competency, index) => (WithDescription(competency.Name, competency.Description), competency.Identifier, context.CompetencyNumbers[index])));
        foreach (var competency in framework.Competencies)
        {
            var name = StepEnum(competency);
            Write(writer, context.Access, name, "The steps of " + competency.Name + ", from lowest (1) to highest.",
                competency.Steps.Select((step, index) => (WithDescription(step.Name, step.Description), step.Identifier, index + 1)),
                attributes: () => InteropWriter.WriteStepEnumAttribute(writer, context.Qualified(name)));
        }

        Write(writer, context.Access, SectionIdEnum,
            "The free-form sections levels may carry. A value keeps naming its section in every later version of the ladders (it may be stored).",
            framework.Sections.Select((section, index) => (section.Name + " (" + section.Kind.ToString().ToLowerInvariant() + ")", section.Identifier, context.SectionNumbers[index])));
    }

    /// <summary>Writes an enum: its summary, <c>[GeneratedCode]</c>, any further <paramref name="attributes"/>, then a documented member a line.</summary>
    public static void Write(SourceWriter writer, string access, string name, string summary, IEnumerable<(string Doc, string Member, int Value)> members, Action? attributes = null)
    {
        writer.Doc(Summary(summary));
        writer.Line(GeneratedCodeAttribute);
        attributes?.Invoke();
        using (writer.Block(access + " enum " + name))
        {
            foreach (var (doc, member, value) in members)
            {
                writer.Doc(Summary(doc));
                writer.Line(member + " = " + Identifiers.Number(value) + ",");
            }
        }

        writer.Line();
    }

    private static string WithDescription(string name, string? description) => description is null ? name : name + ": " + description;
}
