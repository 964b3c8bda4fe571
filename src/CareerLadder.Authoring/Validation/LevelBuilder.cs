using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Naming;

namespace CareerLadder.Authoring.Validation;

/// <summary>Checks what one level states itself against the framework and fills in its texts, expectations and sections.</summary>
internal sealed class LevelBuilder
{
    private readonly FrameworkNames _names;
    private readonly OverlayIndex _overlays;
    private readonly DiagnosticSink _sink;

    public LevelBuilder(FrameworkNames names, OverlayIndex overlays, DiagnosticSink sink)
    {
        _names = names;
        _overlays = overlays;
        _sink = sink;
    }

    /// <summary>Fills the level's own content; inheritance is resolved later, on all levels at once.</summary>
    public void Build(ResolvedLevel level)
    {
        var definition = level.Definition;
        var trackId = level.Track.Id.Value;
        var code = level.Code;
        CheckRankAndSeniority(level);
        level.Title = _overlays.Text(trackId, TextKeys.Level(code, "title"), definition.Title.Value);
        level.PublicTitle = _overlays.OptionalText(trackId, TextKeys.Level(code, "public-title"), definition.PublicTitle?.Value);
        level.Summary = _overlays.OptionalText(trackId, TextKeys.Level(code, "summary"), definition.Summary);
        if (_names.Source is null)
        {
            return;
        }

        foreach (var expectation in definition.Expectations)
        {
            if (Expectation(level, expectation) is { } built)
            {
                level.OwnExpectations.Add(new ResolvedExpectation(built, expectation, level));
            }
            else
            {
                level.HasUnresolvedContent = true;
            }
        }

        level.OwnExpectations.Sort((left, right) => left.Code.CompetencyIndex.CompareTo(right.Code.CompetencyIndex));
        foreach (var value in definition.Sections)
        {
            if (Section(level, value) is not { } built)
            {
                level.HasUnresolvedContent = true;
            }
            else
            {
                if (value.Append && definition.Extends is null)
                {
                    _sink.Report(LadderRules.AppendWithoutExtends, level.Path, value.Section.Span, value.Section.Value, code);
                }

                level.OwnSections.Add(new ResolvedSection(built, value, level, value.Append && definition.Extends is not null));
            }
        }

        level.Expectations = level.OwnExpectations;
        level.Sections = level.OwnSections;
    }

    private void CheckRankAndSeniority(ResolvedLevel level)
    {
        var definition = level.Definition;
        if (_names.Source is { } source && _names.Framework.Ranks.Count > 0 && !_names.Framework.Ranks.Any(rank => rank.Value.Value == definition.Rank.Value))
        {
            if (_sink.Unreadable.MightHoldFrameworkName("rank", Identifiers.Number(definition.Rank.Value)) is { } unreadable)
            {
                unreadable.Skipped("rank " + Identifiers.Number(definition.Rank.Value), new LadderLocation(level.Path, definition.Rank.Span));
            }
            else
            {
                var known = string.Join(", ", _names.Framework.Ranks.Select(rank => Identifiers.Number(rank.Value.Value)));
                _sink.Report(LadderRules.UnknownRank, level.Path, definition.Rank.Span, Identifiers.Number(definition.Rank.Value),
                    $" Known ranks: {known}; add it to 'ranks' in {source.Path} or use one of them.");
            }
        }

        if (definition.Seniority is { } seniority && _names.Framework.Seniorities.Count > 0)
        {
            _sink.Find(_names.Seniorities, seniority.Value, level.Path, seniority.Span, LadderRules.UnknownSeniority, new[] { seniority.Value }, out _);
        }
    }

    private CodeExpectation? Expectation(ResolvedLevel level, ExpectationDefinition expectation)
    {
        if (!_sink.Find(_names.Competencies, expectation.Competency.Value, level.Path, expectation.Competency.Span, LadderRules.UnknownCompetency,
                new[] { expectation.Competency.Value }, out var competencyIndex))
        {
            return null;
        }

        var competency = _names.Framework.Competencies[competencyIndex];
        if (!_sink.Find(_names.Steps[competencyIndex], expectation.Step.Value, level.Path, expectation.Step.Span, LadderRules.UnknownStep,
                new[] { expectation.Step.Value, competency.Id }, out var stepIndex))
        {
            return null;
        }

        var text = _overlays.OptionalText(level.Track.Id.Value, TextKeys.Expectation(level.Code, competency.Id), expectation.Text);
        return new CodeExpectation(competencyIndex, stepIndex + 1, text, null);
    }

    private CodeSectionValue? Section(ResolvedLevel level, SectionValueDefinition value)
    {
        if (!_sink.Find(_names.Sections, value.Section.Value, level.Path, value.Section.Span, LadderRules.UnknownSection, new[] { value.Section.Value }, out var sectionIndex))
        {
            return null;
        }

        var definition = _names.Framework.Sections[sectionIndex];
        if (definition.Kind != value.Shape || (value.Append && definition.Kind == SectionShape.Text))
        {
            var expected = definition.Kind switch
            {
                SectionShape.Text => value.Append ? "a single text, which cannot be appended to ('+' works on list and groups sections)" : "a single text",
                SectionShape.List => "a list of items",
                _ => "a mapping of group titles to lists of items",
            };
            _sink.Report(LadderRules.SectionShape, level.Path, value.ValueSpan, definition.Id, definition.Kind.ToString().ToLowerInvariant(), expected);
            return null;
        }

        var key = TextKeys.Section(level.Code, definition.Id);
        return new CodeSectionValue(sectionIndex, _overlays.OptionalText(level.Track.Id.Value, key, value.Text), Items(level.Track.Id.Value, key, value.Items), null);
    }

    private EquatableArray<CodeItem> Items(string trackId, string key, EquatableArray<ItemDefinition> items) =>
        items.Select((item, index) => new CodeItem(
                _overlays.Text(trackId, TextKeys.Item(key, index), item.Text),
                item.Link,
                Items(trackId, TextKeys.Item(key, index), item.Items)))
            .ToEquatableArray();
}
