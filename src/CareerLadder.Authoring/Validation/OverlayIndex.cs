using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Checks localization overlays against their base tracks and indexes their translations by text key, so that the
/// code model can attach them to the texts they translate.
/// </summary>
internal sealed class OverlayIndex
{
    private static readonly Regex CultureName = new(@"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?\z", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, Dictionary<string, List<CultureText>>> _byTrack = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _cultures = new(StringComparer.Ordinal);

    public static OverlayIndex Build(IEnumerable<OverlayDefinition> overlays, IReadOnlyList<TrackDefinition> tracks, DiagnosticSink sink)
    {
        var index = new OverlayIndex();
        var trackIds = new NameIndex<TrackDefinition>(tracks.Select(track => (track.Id.Value, track)), StringComparer.Ordinal, mightHold: _ => sink.Unreadable.MightHoldTrack());
        var seen = new Dictionary<(string Track, string Culture), OverlayDefinition>();
        foreach (var overlay in overlays.OrderBy(overlay => overlay.Path, StringComparer.Ordinal))
        {
            if (!sink.Find(trackIds, overlay.Track.Value, overlay.Path, overlay.Track.Span, LadderRules.OverlayUnknownTrack, new[] { overlay.Track.Value }, out var track))
            {
                continue;
            }

            if (!CultureName.IsMatch(overlay.Culture.Value))
            {
                sink.Report(LadderRules.InvalidCulture, overlay.Path, overlay.Culture.Span, overlay.Culture.Value);
                continue;
            }

            var key = (track.Id.Value, overlay.Culture.Value.ToLowerInvariant());
            if (seen.TryGetValue(key, out var first))
            {
                sink.Report(LadderRules.DuplicateOverlay, new LadderLocation(overlay.Path, overlay.Culture.Span), new[] { new LadderLocation(first.Path, first.Culture.Span) },
                    track.Id.Value, overlay.Culture.Value, first.Path);
                continue;
            }

            seen.Add(key, overlay);
            new OverlayChecker(index, overlay, track, sink).Check();
        }

        return index;
    }

    /// <summary>Returns the text with every translation the overlays give for <paramref name="key"/>.</summary>
    public CodeText Text(string trackId, string key, string text) =>
        _byTrack.TryGetValue(trackId, out var texts) && texts.TryGetValue(key, out var translations)
            ? new CodeText(text, translations.OrderBy(translation => translation.Culture, StringComparer.Ordinal).ToEquatableArray())
            : CodeText.Plain(text);

    public CodeText? OptionalText(string trackId, string key, string? text) => text is null ? null : Text(trackId, key, text);

    public EquatableArray<string> Cultures(string trackId) =>
        _cultures.TryGetValue(trackId, out var cultures) ? cultures.ToEquatableArray() : EquatableArray<string>.Empty;

    private void Add(string trackId, string culture, string key, string text)
    {
        if (!_byTrack.TryGetValue(trackId, out var texts))
        {
            _byTrack[trackId] = texts = new Dictionary<string, List<CultureText>>(StringComparer.Ordinal);
        }

        if (!texts.TryGetValue(key, out var translations))
        {
            texts[key] = translations = new List<CultureText>();
        }

        translations.Add(new CultureText(culture, text));
        if (!_cultures.TryGetValue(trackId, out var cultures))
        {
            _cultures[trackId] = cultures = new SortedSet<string>(StringComparer.Ordinal);
        }

        cultures.Add(culture);
    }

    /// <summary>Checks one overlay against its base track, records its translations and reports its coverage.</summary>
    private sealed class OverlayChecker
    {
        private readonly OverlayIndex _index;
        private readonly OverlayDefinition _overlay;
        private readonly TrackDefinition _track;
        private readonly DiagnosticSink _sink;
        private readonly NameIndex<LevelDefinition> _baseLevels;
        private readonly List<string> _baseKeys = new();
        private readonly HashSet<string> _baseKeySet = new(StringComparer.Ordinal);
        private readonly HashSet<string> _translated = new(StringComparer.Ordinal);

        public OverlayChecker(OverlayIndex index, OverlayDefinition overlay, TrackDefinition track, DiagnosticSink sink)
        {
            _index = index;
            _overlay = overlay;
            _track = track;
            _sink = sink;
            var unreadable = sink.Unreadable.File(track.Path);
            _baseLevels = new NameIndex<LevelDefinition>(track.Levels.Select(level => (level.Code.Value, level)), StringComparer.Ordinal,
                mightHold: unreadable is null ? null : _ => unreadable);
        }

        public void Check()
        {
            CollectBaseKeys();
            Translate(TextKeys.Name, _overlay.Name, _overlay.Track.Span);
            Translate(TextKeys.Summary, _overlay.Summary, _overlay.Track.Span);
            foreach (var level in _overlay.Levels)
            {
                if (!_sink.Find(_baseLevels, level.Code.Value, _overlay.Path, level.Code.Span, LadderRules.OverlayNotInBase,
                        new[] { "Level", level.Code.Value, $"track '{_track.Id.Value}'" }, out var baseLevel))
                {
                    continue;
                }

                CheckLevel(level, baseLevel);
            }

            var total = _baseKeys.Count;
            var missing = _baseKeys.Where(key => !_translated.Contains(key)).ToList();
            if (missing.Count > 0)
            {
                var listed = string.Join(", ", missing.Take(5)) + (missing.Count > 5 ? $" and {missing.Count - 5} more" : string.Empty);
                Report(LadderRules.OverlayCoverage, _overlay.Culture.Span, _overlay.Culture.Value, Number(total - missing.Count), Number(total), _track.Id.Value, listed);
            }
        }

        private void CheckLevel(LevelOverlay level, LevelDefinition baseLevel)
        {
            var code = baseLevel.Code.Value;
            if (level.Rank is { } rank && rank.Value != baseLevel.Rank.Value)
            {
                Report(LadderRules.OverlayStructureDiffers, rank.Span, $"the rank of level '{code}'", Number(rank.Value), Number(baseLevel.Rank.Value));
            }

            Translate(TextKeys.Level(code, "title"), level.Title, level.Code.Span);
            Translate(TextKeys.Level(code, "public-title"), level.PublicTitle, level.Code.Span);
            Translate(TextKeys.Level(code, "summary"), level.Summary, level.Code.Span);
            var baseExpectations = new NameIndex<ExpectationDefinition>(
                baseLevel.Expectations.Select(candidate => (candidate.Competency.Value, candidate)), StringComparer.Ordinal, mightHold: _baseLevels.MightHold);
            var baseSections = new NameIndex<SectionValueDefinition>(
                baseLevel.Sections.Select(candidate => (candidate.Section.Value, candidate)), StringComparer.Ordinal, mightHold: _baseLevels.MightHold);
            foreach (var expectation in level.Expectations)
            {
                if (!_sink.Find(baseExpectations, expectation.Competency.Value, _overlay.Path, expectation.Competency.Span, LadderRules.OverlayNotInBase,
                        new[] { "Expectation", expectation.Competency.Value, $"level '{code}' of the base track" }, out var baseExpectation))
                {
                    continue;
                }

                if (expectation.Step is { } step && step.Value != baseExpectation.Step.Value)
                {
                    Report(LadderRules.OverlayStructureDiffers, step.Span, $"the {expectation.Competency.Value} step of level '{code}'", $"'{step.Value}'", $"'{baseExpectation.Step.Value}'");
                }

                Translate(TextKeys.Expectation(code, expectation.Competency.Value), expectation.Text, expectation.Competency.Span);
            }

            foreach (var section in level.Sections)
            {
                if (!_sink.Find(baseSections, section.Section.Value, _overlay.Path, section.Section.Span, LadderRules.OverlayNotInBase,
                        new[] { "Section", section.Section.Value, $"level '{code}' of the base track" }, out var baseSection))
                {
                    continue;
                }

                var key = TextKeys.Section(code, section.Section.Value);
                if (section.Shape != baseSection.Shape)
                {
                    Report(LadderRules.OverlayStructureDiffers, section.ValueSpan, $"section '{section.Section.Value}' of level '{code}'", Describe(section.Shape), Describe(baseSection.Shape));
                    continue;
                }

                Translate(key, section.Text, section.Section.Span);
                TranslateItems(key, section.Items, baseSection.Items, section.ValueSpan, $"section '{section.Section.Value}' of level '{code}'");
            }
        }

        private void TranslateItems(string key, EquatableArray<ItemDefinition> items, EquatableArray<ItemDefinition> baseItems, SourceSpan span, string what)
        {
            if (items.Count != baseItems.Count)
            {
                // Items the overlay adds are reported at the first of them; items it leaves out at the list.
                var added = items.Count > baseItems.Count ? items[baseItems.Count] : null;
                Report(LadderRules.OverlayStructureDiffers, added?.Span ?? span, "the number of items of " + what,
                    Number(items.Count) + (added is null ? string.Empty : " (from '" + added.Text + "' on)"), Number(baseItems.Count));
                return;
            }

            for (var i = 0; i < items.Count; i++)
            {
                var itemKey = TextKeys.Item(key, i);
                Translate(itemKey, items[i].Text, items[i].Span ?? span);
                if (items[i].Items.Count > 0 || baseItems[i].Items.Count > 0)
                {
                    TranslateItems(itemKey, items[i].Items, baseItems[i].Items, span, $"item {Number(i + 1)} of {what}");
                }
            }
        }

        private void CollectBaseKeys()
        {
            _baseKeys.Add(TextKeys.Name);
            _baseKeySet.Add(TextKeys.Name);
            AddIf(TextKeys.Summary, _track.Summary);
            foreach (var level in _track.Levels)
            {
                var code = level.Code.Value;
                _baseKeys.Add(TextKeys.Level(code, "title"));
                _baseKeySet.Add(TextKeys.Level(code, "title"));
                AddIf(TextKeys.Level(code, "public-title"), level.PublicTitle?.Value);
                AddIf(TextKeys.Level(code, "summary"), level.Summary);
                foreach (var expectation in level.Expectations)
                {
                    AddIf(TextKeys.Expectation(code, expectation.Competency.Value), expectation.Text);
                }

                foreach (var section in level.Sections)
                {
                    var key = TextKeys.Section(code, section.Section.Value);
                    AddIf(key, section.Text);
                    CollectItemKeys(key, section.Items);
                }
            }
        }

        private void CollectItemKeys(string key, EquatableArray<ItemDefinition> items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                _baseKeys.Add(TextKeys.Item(key, i));
                _baseKeySet.Add(TextKeys.Item(key, i));
                CollectItemKeys(TextKeys.Item(key, i), items[i].Items);
            }
        }

        private void AddIf(string key, string? text)
        {
            if (text is not null)
            {
                _baseKeys.Add(key);
                _baseKeySet.Add(key);
            }
        }

        /// <summary>
        /// Records a translation; one of a text the base track does not have (a summary the base leaves out, a sentence
        /// for an expectation given by its step only) would never be shown, so it is reported at <paramref name="at"/>.
        /// </summary>
        private void Translate(string key, string? text, SourceSpan at)
        {
            if (text is not null && !_baseKeySet.Contains(key))
            {
                Report(LadderRules.OverlayNotInBase, at, "The text", key, $"track '{_track.Id.Value}'",
                    " The base track has no such text to translate; remove the translation, or add the text to the base track first.");
                return;
            }

            if (text is not null)
            {
                _index.Add(_track.Id.Value, _overlay.Culture.Value, key, text);
                _translated.Add(key);
            }
        }

        private void Report(LadderRule rule, SourceSpan span, params string[] arguments) =>
            _sink.Report(rule, _overlay.Path, span, arguments);

        private static string Describe(SectionShape shape) => shape switch
        {
            SectionShape.Text => "a text",
            SectionShape.List => "a list",
            _ => "groups",
        };

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
