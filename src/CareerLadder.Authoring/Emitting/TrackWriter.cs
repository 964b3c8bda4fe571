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
        writer.Doc("<summary>The track, built on its first use (the explicit static constructor keeps it from being built earlier).</summary>");
        writer.Line("internal static readonly " + className + " " + TrackInstance + " = new " + className + "(global::" + namespaceName + "." + Catalog + ".s_competencies);");
        writer.Line();
        writer.Line("static " + className + "()");
        writer.Open();
        writer.Close();
        writer.Line();
        writer.Line("private " + className + "(" + Runtime + "Competency[] competencies)");
        var baseArguments = new[] { CSharpText.Literal(track.Id), Text(track.Name), CSharpText.Literal(track.Abbreviation) }
            .Concat(track.Summary is null ? Enumerable.Empty<string>() : new[] { "summary: " + Text(track.Summary) })
            .Concat(track.Links.Count == 0 ? Enumerable.Empty<string>() : new[] { "links: new " + Runtime + "Link[] { " + Join(track.Links.Select(link => "new " + Runtime + "Link(" + Text(link.Text) + ", " + CSharpText.Literal(link.Url) + ")")) + " }" })
            .Concat(track.Cultures.Count == 0 ? Enumerable.Empty<string>() : new[] { "cultures: new string[] { " + Join(track.Cultures.Select(CSharpText.Literal)) + " }" })
            .Concat(track.FormerIds.Count == 0 ? Enumerable.Empty<string>() : new[] { "formerIds: new string[] { " + Join(track.FormerIds.Select(CSharpText.Literal)) + " }" })
            .ToList();
        writer.Line("    : base(");
        writer.Indent();
        writer.Indent();
        for (var index = 0; index < baseArguments.Count; index++)
        {
            writer.Line(baseArguments[index] + (index < baseArguments.Count - 1 ? "," : ")"));
        }

        writer.Outdent();
        writer.Outdent();
        writer.Open();
        foreach (var level in track.Levels)
        {
            WriteLevelConstruction(writer, namespaceName, framework, level);
        }

        writer.Wrapped("InitializeLevels(", track.Levels.Select(level => "this." + level.Identifier).ToList(), ");");
        writer.Close();

        foreach (var level in track.Levels)
        {
            writer.Line();
            writer.Doc(LevelDoc(framework, level));
            writer.Line("public " + Runtime + "Level " + level.Identifier + " { get; }");
        }

        FormerCodeAliases.Write(writer, namespaceName, className, track);
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
        writer.Wrapped("private static readonly " + levelEnum + "[] s_levelOrder = " + (track.Levels.Count == 0 ? "global::System.Array.Empty<" + levelEnum + ">()" : "new " + levelEnum + "[] { "),
            track.Levels.Select(level => levelEnum + "." + level.Identifier).ToList(), track.Levels.Count == 0 ? ";" : " };");
        writer.Close();
    }

    private static void WriteLevelConstruction(SourceWriter writer, string namespaceName, CodeFramework framework, CodeLevel level)
    {
        // Only what the level has: a null or empty argument is left to its default.
        var arguments = new System.Collections.Generic.List<string>();
        if (level.Seniority is { } seniority)
        {
            arguments.Add("seniority: " + CSharpText.Literal(seniority));
        }

        if (level.PublicTitle is { } publicTitle)
        {
            arguments.Add("publicTitle: " + Text(publicTitle));
        }

        if (level.Summary is { } summary)
        {
            arguments.Add("summary: " + Text(summary));
        }

        if (level.Chart is { } chart)
        {
            arguments.Add("chart: new " + Runtime + "Chart(" + CSharpText.Literal(chart.Source)
                + (chart.Dark is null && chart.Alt is null ? string.Empty : ", " + CSharpText.Literal(chart.Dark) + ", " + CSharpText.Literal(chart.Alt)) + ")");
        }

        if (level.Extends is { } extends)
        {
            arguments.Add("extends: () => " + LevelReference(namespaceName, extends));
        }

        if (level.Transitions.Count > 0)
        {
            arguments.Add("transitions: () => new " + Runtime + "Level[] { " + Join(level.Transitions.Select(transition => LevelReference(namespaceName, transition))) + " }");
        }

        var hasExpectations = level.Expectations.Count > 0;
        var hasSections = level.Sections.Count > 0;
        var head = "this." + level.Identifier + " = new " + Runtime + "Level(this, " + CSharpText.Literal(level.Code) + ", " + Identifiers.Number(level.Rank) + ", " + Text(level.Title);
        if (arguments.Count == 0 && !hasExpectations && !hasSections)
        {
            writer.Line(head + ");");
            writer.Line();
            return;
        }

        writer.Line(head + ",");
        writer.Indent();
        for (var index = 0; index < arguments.Count; index++)
        {
            writer.Line(arguments[index] + (index < arguments.Count - 1 || hasExpectations || hasSections ? "," : ");"));
        }

        if (hasExpectations)
        {
            writer.Line("expectations: new " + Runtime + "Expectation[]");
            writer.Open();
            foreach (var expectation in level.Expectations)
            {
                writer.Line("new " + Runtime + "Expectation(competencies[" + Identifiers.Number(expectation.CompetencyIndex) + "].GetStep(" + Identifiers.Number(expectation.StepValue) + ")"
                    + (expectation.Text is null && expectation.InheritedFrom is null ? string.Empty : ", " + OptionalText(expectation.Text))
                    + (expectation.InheritedFrom is null ? string.Empty : ", " + CSharpText.Literal(expectation.InheritedFrom)) + "),");
            }

            writer.Close(hasSections ? "}," : "});");
        }

        if (hasSections)
        {
            writer.Line("sections: new " + Runtime + "Section[]");
            writer.Open();
            foreach (var value in level.Sections)
            {
                var section = framework.Sections[value.SectionIndex];
                var sectionHead = "new " + Runtime + "Section(" + CSharpText.Literal(section.Id) + ", " + Text(section.Name) + ", ";
                var inherited = value.InheritedFrom is null ? string.Empty : ", " + CSharpText.Literal(value.InheritedFrom);
                if (section.Kind == SectionShape.Text)
                {
                    writer.Line(sectionHead + Text(value.Text ?? CodeText.Plain(string.Empty)) + inherited + "),");
                    continue;
                }

                writer.Line(sectionHead + Runtime + "SectionKind." + section.Kind + inherited + (value.Items.Count > 0 ? "," : "),"));
                WriteItems(writer, value.Items, "),");
            }

            writer.Close("});");
        }

        writer.Outdent();
        writer.Line();
    }

    internal static string LevelReference(string namespaceName, CodeLevelReference level) =>
        "global::" + namespaceName + "." + Catalog + "." + level.TrackIdentifier + "." + level.Identifier;

    private static void WriteItems(SourceWriter writer, EquatableArray<CodeItem> items, string closing)
    {
        writer.Indent();
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var last = index == items.Count - 1;
            var head = "new " + Runtime + "SectionItem(" + Text(item.Text) + (item.Link is null && item.Items.Count == 0 ? string.Empty : ", " + CSharpText.Literal(item.Link));
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
