using System.Linq;
using System.Text;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Validation;
using static CareerLadder.Authoring.Emitting.CodeNames;
using static CareerLadder.Authoring.Emitting.LadderEmitter;

namespace CareerLadder.Authoring.Emitting;

/// <summary>Writes one track's file: its level enum and its class with a property per level.</summary>
internal static class TrackWriter
{
    public static string Write(EmitOptions options, CodeFramework framework, CodeTrack track)
    {
        var writer = Begin(options);
        WriteLevelEnum(writer, options, track);
        WriteTrackClass(writer, options, framework, track);
        writer.Close();
        return writer.ToString();
    }

    private static void WriteLevelEnum(SourceWriter writer, EmitOptions options, CodeTrack track)
    {
        writer.Doc(Summary("The levels of the " + track.Name.Text + " track; the value is the level's company-wide rank."));
        writer.Line(GeneratedCodeAttribute);
        writer.Line(options.AccessibilityKeyword + " enum " + LevelEnum(track));
        writer.Open();
        foreach (var level in track.Levels)
        {
            writer.Doc(Summary(level.Code + " - " + level.Title.Text));
            writer.Line(level.Identifier + " = " + Identifiers.Number(level.Rank) + ",");
        }

        writer.Close();
        writer.Line();
    }

    private static void WriteTrackClass(SourceWriter writer, EmitOptions options, CodeFramework framework, CodeTrack track)
    {
        var namespaceName = options.Namespace;
        var className = TrackClass(track);
        writer.Doc(Summary(track.Name.Text + " (" + track.Abbreviation + ")" + (track.Summary is null ? "." : ": " + Sentence(track.Summary.Text))));
        writer.Line(GeneratedCodeAttribute);
        InteropWriter.WriteTrackAttribute(writer, "global::" + namespaceName + "." + className);
        writer.Line(options.AccessibilityKeyword + " sealed partial class " + className + " : " + Runtime + "Track");
        writer.Open();
        writer.Line("internal " + className + "(" + Runtime + "Competency[] competencies)");
        writer.Line("    : base(");
        writer.Line("        " + CSharpText.Literal(track.Id) + ",");
        writer.Line("        " + Text(track.Name) + ",");
        writer.Line("        " + CSharpText.Literal(track.Abbreviation) + ",");
        writer.Line("        " + OptionalText(track.Summary) + ",");
        writer.Line("        new " + Runtime + "Link[] { " + Join(track.Links.Select(link => "new " + Runtime + "Link(" + Text(link.Text) + ", " + CSharpText.Literal(link.Url) + ")")) + " },");
        writer.Line("        new string[] { " + Join(track.Cultures.Select(CSharpText.Literal)) + " })");
        writer.Open();
        foreach (var level in track.Levels)
        {
            WriteLevelConstruction(writer, namespaceName, framework, level);
        }

        writer.Line("InitializeLevels(" + Join(track.Levels.Select(level => "this." + level.Identifier)) + ");");
        writer.Close();

        foreach (var level in track.Levels)
        {
            writer.Line();
            writer.Doc(LevelDoc(framework, level));
            writer.Line("public " + Runtime + "Level " + level.Identifier + " { get; }");
        }

        writer.Line();
        writer.Doc(Summary("Returns the level of this track with the given code."));
        writer.Doc("<param name=\"level\">The level.</param>");
        writer.Line("public " + Runtime + "Level this[global::" + namespaceName + "." + LevelEnum(track) + " level]");
        writer.Open();
        writer.Line("get");
        writer.Open();
        writer.Line("switch (global::System.Array.IndexOf(s_levelOrder, level))");
        writer.Open();
        for (var index = 0; index < track.Levels.Count; index++)
        {
            writer.Line("case " + Identifiers.Number(index) + ": return this." + track.Levels[index].Identifier + ";");
        }

        writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(level), level, \"Not a level of this track.\");");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Line();
        var levelEnum = "global::" + namespaceName + "." + LevelEnum(track);
        writer.Line("private static readonly " + levelEnum + "[] s_levelOrder = new " + levelEnum + "[] { " + Join(track.Levels.Select(level => levelEnum + "." + level.Identifier)) + " };");
        writer.Close();
    }

    private static void WriteLevelConstruction(SourceWriter writer, string namespaceName, CodeFramework framework, CodeLevel level)
    {
        writer.Line("this." + level.Identifier + " = new " + Runtime + "Level(");
        writer.Indent();
        writer.Line("this,");
        writer.Line(CSharpText.Literal(level.Code) + ",");
        writer.Line(Identifiers.Number(level.Rank) + ",");
        writer.Line(Text(level.Title) + ",");
        writer.Line("seniority: " + CSharpText.Literal(level.Seniority) + ",");
        writer.Line("publicTitle: " + OptionalText(level.PublicTitle) + ",");
        writer.Line("summary: " + OptionalText(level.Summary) + ",");
        writer.Line("chart: " + (level.Chart is { } chart
            ? "new " + Runtime + "Chart(" + CSharpText.Literal(chart.Source) + ", " + CSharpText.Literal(chart.Dark) + ", " + CSharpText.Literal(chart.Alt) + ")"
            : "null") + ",");
        writer.Line("expectations: new " + Runtime + "Expectation[]");
        writer.Open();
        foreach (var expectation in level.Expectations)
        {
            writer.Line("new " + Runtime + "Expectation(competencies[" + Identifiers.Number(expectation.CompetencyIndex) + "].GetStep(" + Identifiers.Number(expectation.StepValue) + "), " + OptionalText(expectation.Text)
                + (expectation.InheritedFrom is null ? string.Empty : ", " + CSharpText.Literal(expectation.InheritedFrom)) + "),");
        }

        writer.Close("},");
        writer.Line("sections: new " + Runtime + "Section[]");
        writer.Open();
        foreach (var value in level.Sections)
        {
            var section = framework.Sections[value.SectionIndex];
            var head = "new " + Runtime + "Section(" + CSharpText.Literal(section.Id) + ", " + Text(section.Name) + ", ";
            var inherited = value.InheritedFrom is null ? string.Empty : ", " + CSharpText.Literal(value.InheritedFrom);
            if (section.Kind == SectionShape.Text)
            {
                writer.Line(head + Text(value.Text ?? CodeText.Plain(string.Empty)) + inherited + "),");
                continue;
            }

            writer.Line(head + Runtime + "SectionKind." + section.Kind + inherited + (value.Items.Count > 0 ? "," : "),"));
            WriteItems(writer, value.Items, "),");
        }

        var hasTransitions = level.Transitions.Count > 0;
        writer.Close(level.Extends is null && !hasTransitions ? "});" : "},");
        if (level.Extends is { } extends)
        {
            writer.Line("extends: () => " + LevelReference(namespaceName, extends) + (hasTransitions ? "," : ");"));
        }

        if (hasTransitions)
        {
            writer.Line("transitions: () => new " + Runtime + "Level[] { " + Join(level.Transitions.Select(transition => LevelReference(namespaceName, transition))) + " });");
        }
        writer.Outdent();
        writer.Line();
    }

    private static string LevelReference(string namespaceName, CodeLevelReference level) =>
        "global::" + namespaceName + "." + Catalog + "." + level.TrackIdentifier + "." + level.Identifier;

    private static void WriteItems(SourceWriter writer, EquatableArray<CodeItem> items, string closing)
    {
        writer.Indent();
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var last = index == items.Count - 1;
            var head = "new " + Runtime + "SectionItem(" + Text(item.Text) + ", " + CSharpText.Literal(item.Link);
            if (item.Items.Count == 0)
            {
                writer.Line(head + ")" + (last ? closing : ","));
            }
            else
            {
                writer.Line(head + ",");
                WriteItems(writer, item.Items, last ? ")" + closing : "),");
            }
        }

        writer.Outdent();
    }

    private static string LevelDoc(CodeFramework framework, CodeLevel level)
    {
        var doc = new StringBuilder();
        var facts = "rank " + Identifiers.Number(level.Rank)
            + (level.Seniority is null ? string.Empty : ", " + level.Seniority)
            + (level.PublicTitle is null ? string.Empty : ", public title " + level.PublicTitle.Text)
            + (level.Extends is null ? string.Empty : ", extends " + level.Extends.Code)
            + (level.Transitions.Count == 0 ? string.Empty : ", leads to " + string.Join(", ", level.Transitions.Select(transition => transition.Code)));
        doc.Append(Summary(level.Code + " - " + level.Title.Text + " (" + facts + ")." + (level.Summary is null ? string.Empty : " " + Sentence(level.Summary.Text))));
        if (level.Expectations.Count > 0)
        {
            doc.Append("\n<remarks>\n<list type=\"bullet\">");
            foreach (var expectation in level.Expectations)
            {
                var competency = framework.Competencies[expectation.CompetencyIndex];
                var step = competency.Steps[expectation.StepValue - 1];
                doc.Append("\n<item><description>")
                    .Append(CSharpText.Xml(competency.Name + " - " + step.Name + (expectation.Text is null ? string.Empty : ": " + expectation.Text.Text)))
                    .Append("</description></item>");
            }

            doc.Append("\n</list>\n</remarks>");
        }

        return doc.ToString();
    }
}
