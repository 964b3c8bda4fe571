using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>Checks one level's references against the framework and builds its code model with translations.</summary>
internal sealed class LevelBuilder
{
    private readonly TrackDefinition _track;
    private readonly CodeFramework _framework;
    private readonly FrameworkDefinition? _frameworkSource;
    private readonly OverlayIndex _overlays;
    private readonly List<LadderDiagnostic> _diagnostics;

    public LevelBuilder(TrackDefinition track, CodeFramework framework, FrameworkDefinition? frameworkSource, OverlayIndex overlays, List<LadderDiagnostic> diagnostics)
    {
        _track = track;
        _framework = framework;
        _frameworkSource = frameworkSource;
        _overlays = overlays;
        _diagnostics = diagnostics;
    }

    private string Path => _track.Path;

    private string TrackId => _track.Id.Value;

    /// <summary>Builds the level; <paramref name="appendedSections"/> receives the sections written <c>+id</c>.</summary>
    public CodeLevel Build(LevelDefinition level, out HashSet<int> appendedSections)
    {
        appendedSections = new HashSet<int>();
        CheckRankAndSeniority(level);
        var code = level.Code.Value;
        var expectations = new List<CodeExpectation>();
        var sections = new List<CodeSectionValue>();
        if (_frameworkSource is not null)
        {
            foreach (var expectation in level.Expectations)
            {
                if (Expectation(code, expectation) is { } built)
                {
                    expectations.Add(built);
                }
            }

            foreach (var value in level.Sections)
            {
                if (Section(code, value) is { } built)
                {
                    sections.Add(built);
                    if (value.Append && level.Extends is null)
                    {
                        Report(LadderRules.AppendWithoutExtends, value.Section.Span, value.Section.Value, code);
                    }
                    else if (value.Append)
                    {
                        appendedSections.Add(built.SectionIndex);
                    }
                }
            }
        }

        return new CodeLevel(
            code,
            code,
            level.Rank.Value,
            _overlays.Text(TrackId, TextKeys.Level(code, "title"), level.Title.Value),
            level.Seniority?.Value,
            _overlays.OptionalText(TrackId, TextKeys.Level(code, "public-title"), level.PublicTitle?.Value),
            _overlays.OptionalText(TrackId, TextKeys.Level(code, "summary"), level.Summary),
            level.Chart,
            expectations.OrderBy(expectation => expectation.CompetencyIndex).ToEquatableArray(),
            sections.ToEquatableArray(),
            null);
    }

    private void CheckRankAndSeniority(LevelDefinition level)
    {
        if (_frameworkSource is not null && _framework.Ranks.Count > 0 && !_framework.Ranks.Any(rank => rank.Value.Value == level.Rank.Value))
        {
            var known = string.Join(", ", _framework.Ranks.Select(rank => Identifiers.Number(rank.Value.Value)));
            Report(LadderRules.UnknownRank, level.Rank.Span, Identifiers.Number(level.Rank.Value),
                $" Known ranks: {known}; add it to 'ranks' in {_frameworkSource.Path} or use one of them.");
        }

        if (level.Seniority is { } seniority && _framework.Seniorities.Count > 0 && !_framework.Seniorities.Contains(seniority.Value))
        {
            Report(LadderRules.UnknownSeniority, seniority.Span, seniority.Value, Suggestions.DidYouMean(seniority.Value, _framework.Seniorities));
        }
    }

    private CodeExpectation? Expectation(string code, ExpectationDefinition expectation)
    {
        var competencyIndex = LadderValidator.IndexOf(_framework.Competencies, competency => competency.Id == expectation.Competency.Value);
        if (competencyIndex < 0)
        {
            Report(LadderRules.UnknownCompetency, expectation.Competency.Span, expectation.Competency.Value,
                Suggestions.DidYouMean(expectation.Competency.Value, _framework.Competencies.Select(competency => competency.Id)));
            return null;
        }

        var competency = _framework.Competencies[competencyIndex];
        var stepIndex = LadderValidator.IndexOf(competency.Steps, step => step.Name == expectation.Step.Value);
        if (stepIndex < 0)
        {
            Report(LadderRules.UnknownStep, expectation.Step.Span, expectation.Step.Value, competency.Id,
                Suggestions.DidYouMean(expectation.Step.Value, competency.Steps.Select(step => step.Name)));
            return null;
        }

        var text = _overlays.OptionalText(TrackId, TextKeys.Expectation(code, competency.Id), expectation.Text);
        return new CodeExpectation(competencyIndex, stepIndex + 1, text, null);
    }

    private CodeSectionValue? Section(string code, SectionValueDefinition value)
    {
        var sectionIndex = LadderValidator.IndexOf(_framework.Sections, section => section.Id == value.Section.Value);
        if (sectionIndex < 0)
        {
            Report(LadderRules.UnknownSection, value.Section.Span, value.Section.Value,
                Suggestions.DidYouMean(value.Section.Value, _framework.Sections.Select(section => section.Id)));
            return null;
        }

        var definition = _framework.Sections[sectionIndex];
        if (definition.Kind != value.Shape || (value.Append && definition.Kind == SectionShape.Text))
        {
            var expected = definition.Kind switch
            {
                SectionShape.Text => value.Append ? "a single text, which cannot be appended to ('+' works on list and groups sections)" : "a single text",
                SectionShape.List => "a list of items",
                _ => "a mapping of group titles to lists of items",
            };
            Report(LadderRules.SectionShape, value.ValueSpan, definition.Id, definition.Kind.ToString().ToLowerInvariant(), expected);
            return null;
        }

        var key = TextKeys.Section(code, definition.Id);
        return new CodeSectionValue(sectionIndex, _overlays.OptionalText(TrackId, key, value.Text), Items(key, value.Items), null);
    }

    private EquatableArray<CodeItem> Items(string key, EquatableArray<ItemDefinition> items) =>
        items.Select((item, index) => new CodeItem(
                _overlays.Text(TrackId, TextKeys.Item(key, index), item.Text),
                item.Link,
                Items(TextKeys.Item(key, index), item.Items)))
            .ToEquatableArray();

    private void Report(LadderRule rule, SourceSpan span, params string[] arguments) =>
        _diagnostics.Add(LadderDiagnostic.Create(rule, Path, span, arguments));
}
