using System;
using System.Collections.Generic;
using System.Globalization;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Yaml;

namespace CareerLadder.Authoring.Parsing;

/// <summary>Reads a framework file: competencies, ranks, seniorities and section definitions.</summary>
internal static class FrameworkParser
{
    public static FrameworkDefinition? Parse(ParseContext context, YMapping root)
    {
        var reader = new MappingReader(context, root, "the framework file", LadderKeys.Framework);
        var id = context.Id(reader.Text("framework", required: true), "framework id");
        var name = reader.PlainText("name", required: true);
        var description = reader.PlainText("description");
        var seniorities = Seniorities(context, reader);
        var ranks = reader.Mapping("ranks") is { } ranksNode ? Ranks(context, ranksNode) : EquatableArray<RankDefinition>.Empty;
        var competencies = reader.Mapping("competencies", required: true) is { } competenciesNode
            ? Competencies(context, competenciesNode)
            : EquatableArray<CompetencyDefinition>.Empty;
        var unreadable = new List<UnreadableDefinition>();
        var sections = reader.Mapping("sections") is { } sectionsNode ? Sections(context, sectionsNode, unreadable) : EquatableArray<SectionDefinition>.Empty;

        return id is { } frameworkId
            ? new FrameworkDefinition(context.Path, frameworkId, name ?? frameworkId.Value, description, seniorities, ranks, competencies, sections, unreadable.ToEquatableArray())
            : null;
    }

    private static EquatableArray<LocatedString> Seniorities(ParseContext context, MappingReader reader)
    {
        var result = new List<LocatedString>();
        if (reader.Sequence("seniorities") is { } sequence)
        {
            foreach (var node in sequence.Items)
            {
                if (context.Text(node, "a seniority") is not { } seniority)
                {
                    continue;
                }

                // Seniorities are ordered: a repeated one is a copy, left out.
                var first = result.FindIndex(earlier => string.Equals(earlier.Value, seniority.Value, System.StringComparison.Ordinal));
                if (first >= 0)
                {
                    context.Diagnostics.Add(LadderDiagnostic
                        .Create(LadderRules.DuplicateStep, context.Path, seniority.Span, "The framework's 'seniorities'", $"the seniority '{seniority.Value}'", (result[first].Span.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
                        .WithAdditionalLocation(new LadderLocation(context.Path, result[first].Span)));
                    continue;
                }

                result.Add(seniority);
            }
        }

        return result.ToEquatableArray();
    }

    private static EquatableArray<RankDefinition> Ranks(ParseContext context, YMapping ranks)
    {
        var result = new List<RankDefinition>();
        foreach (var entry in ranks.Entries)
        {
            if (!int.TryParse(entry.Key.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var rank))
            {
                context.Report(LadderRules.WrongType, entry.Key.Span, "A key of 'ranks'", "a whole number (the rank)", entry.Key.Describe());
                continue;
            }

            var what = "rank " + rank.ToString(CultureInfo.InvariantCulture);
            string? publicTitle = null;
            string? description = null;
            if (entry.Value is not YScalar { IsNull: true } && MappingReader.For(context, entry.Value, what, LadderKeys.Rank) is { } reader)
            {
                publicTitle = reader.PlainText("public-title");
                description = reader.PlainText("description");
            }

            result.Add(new RankDefinition(new LocatedInt(rank, entry.Key.Span), publicTitle, description));
        }

        return result.ToEquatableArray();
    }

    private static EquatableArray<CompetencyDefinition> Competencies(ParseContext context, YMapping competencies)
    {
        var result = new List<CompetencyDefinition>();
        var names = new DisplayNames(context, "Competency");
        foreach (var entry in competencies.Entries)
        {
            var what = "competency '" + entry.Key.Value + "'";
            var id = context.Id(new LocatedString(entry.Key.Value, entry.Key.Span), "competency id");
            if (MappingReader.For(context, entry.Value, what, LadderKeys.Competency) is not { } reader)
            {
                continue;
            }

            var name = names.Add(entry.Key.Value, reader.Text("name", required: true));
            var description = reader.PlainText("description");
            var steps = new List<StepDefinition>();
            if (reader.Sequence("steps", required: true) is { } stepsNode)
            {
                foreach (var stepNode in stepsNode.Items)
                {
                    if (stepNode is YScalar)
                    {
                        if (context.Text(stepNode, "a step of " + what) is { } stepName)
                        {
                            steps.Add(new StepDefinition(stepName, null));
                        }

                        continue;
                    }

                    if (MappingReader.For(context, stepNode, "a step of " + what, LadderKeys.Step) is { } stepReader
                        && stepReader.Text("name", required: true) is { } longName)
                    {
                        steps.Add(new StepDefinition(longName, stepReader.PlainText("description")));
                    }
                }

                if (stepsNode.Items.Count == 0)
                {
                    context.Report(LadderRules.WrongType, stepsNode.Span, reader.Describe("steps"), "a list with at least one step", "an empty list");
                }
            }

            var renamedFrom = reader.Sequence("renamed-from") is { } renamedNode
                ? ParsedNames.Read(context, renamedNode, "'renamed-from' of " + what, (value, kind) => context.Id(value, kind), "competency id in 'renamed-from'")
                : EquatableArray<LocatedString>.Empty;
            var previousNode = reader.Sequence("previous-steps");
            var previousSteps = previousNode is not null
                ? ParsedNames.Read(context, previousNode, "'previous-steps' of " + what, (value, _) => value, "step name")
                : EquatableArray<LocatedString>.Empty;
            if (previousNode is { Items.Count: 0 })
            {
                context.Report(LadderRules.WrongType, previousNode.Span, reader.Describe("previous-steps"), "a list of the shipped steps", "an empty list");
            }
            if (id is { } competencyId)
            {
                result.Add(new CompetencyDefinition(competencyId, name ?? competencyId.Value, description, steps.ToEquatableArray(), renamedFrom, previousSteps));
            }
        }

        return result.ToEquatableArray();
    }

    private static EquatableArray<SectionDefinition> Sections(ParseContext context, YMapping sections, List<UnreadableDefinition> unreadable)
    {
        var result = new List<SectionDefinition>();
        var names = new DisplayNames(context, "Section");
        foreach (var entry in sections.Entries)
        {
            var what = "section '" + entry.Key.Value + "'";
            var id = context.Id(new LocatedString(entry.Key.Value, entry.Key.Span), "section id");
            if (MappingReader.For(context, entry.Value, what, LadderKeys.Section) is not { } reader)
            {
                continue;
            }

            var name = names.Add(entry.Key.Value, reader.Text("name", required: true));
            var kindText = reader.Text("kind", required: true);
            var description = reader.PlainText("description");
            SectionShape? kind = kindText?.Value switch
            {
                "text" => SectionShape.Text,
                "list" => SectionShape.List,
                "groups" => SectionShape.Groups,
                _ => null,
            };
            if (kindText is { } written && kind is null)
            {
                context.Report(LadderRules.WrongType, written.Span, reader.Describe("kind"), "one of text, list, groups", "'" + written.Value + "'");
            }

            if (id is { } sectionId && kind is { } sectionKind)
            {
                result.Add(new SectionDefinition(sectionId, name ?? sectionId.Value, sectionKind, description));
            }
            else if (id is { } unreadableId)
            {
                unreadable.Add(new UnreadableDefinition("section", unreadableId));
            }
        }

        return result.ToEquatableArray();
    }
}
