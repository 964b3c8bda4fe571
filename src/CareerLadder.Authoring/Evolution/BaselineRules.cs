using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Evolution;

/// <summary>
/// Checks the ladders against a shipped baseline (CL0075–CL0082): every stored identity that would break is an error at
/// the YAML line that breaks it; an identity that is not shipped yet is information.
/// </summary>
public static class BaselineRules
{
    /// <summary>Whether <paramref name="path"/> is a baseline file: it is named <see cref="BaselineText.FileName"/> (in any case).</summary>
    /// <param name="path">An additional file's path.</param>
    public static bool IsBaselineFile(string path)
    {
        var name = path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
        return string.Equals(name, BaselineText.FileName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The history declared in <paramref name="files"/> (<see cref="HistoryRules"/>) and, when the project has a baseline, the
    /// comparison with it. A project has at most one baseline; every further one is CL0075 and not checked. Never throws:
    /// a failure is CL0020.
    /// </summary>
    /// <param name="baselines">The baseline files passed to the build (normally none or one).</param>
    /// <param name="files">The parsed ladder files.</param>
    public static EquatableArray<LadderDiagnostic> Check(IReadOnlyList<BaselineFile> baselines, IReadOnlyList<ParsedLadderFile> files) =>
        CheckHistory(files).Concat(CheckBaselines(baselines, files)).ToEquatableArray();

    /// <summary>
    /// The history the files declare (<see cref="HistoryRules"/>), checked with or without a baseline. It reads only what
    /// <see cref="Validation.IndexFacts"/> keep of a file, so the generator runs it on those and skips it after a text edit.
    /// Never throws: a failure is CL0020.
    /// </summary>
    /// <param name="files">The parsed ladder files, or their <see cref="Validation.IndexFacts"/>.</param>
    public static EquatableArray<LadderDiagnostic> CheckHistory(IReadOnlyList<ParsedLadderFile> files)
    {
        try
        {
            return HistoryRules.Check(files).ToEquatableArray();
        }
        catch (Exception exception)
        {
            return Failure(files.FirstOrDefault()?.Path ?? string.Empty, exception);
        }
    }

    /// <summary>
    /// The comparison of the files with the baseline: nothing (and no work) when the build has no baseline file. A project
    /// has at most one baseline; every further one is CL0075 and not checked. Never throws: a failure is CL0020.
    /// </summary>
    /// <param name="baselines">The baseline files passed to the build (normally none or one).</param>
    /// <param name="files">The parsed ladder files.</param>
    public static EquatableArray<LadderDiagnostic> CheckBaselines(IReadOnlyList<BaselineFile> baselines, IReadOnlyList<ParsedLadderFile> files)
    {
        if (baselines.Count == 0)
        {
            return EquatableArray<LadderDiagnostic>.Empty;
        }

        var ordered = baselines.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
        try
        {
            return Check(ordered[0].Path, ordered[0].Text, files)
                .Concat(ordered.Skip(1).Select(extra => LadderDiagnostic.Create(
                    LadderRules.BaselineUnreadable, extra.Path, LineSpan(extra.Text, 0),
                    $"a project has one baseline and '{ordered[0].Path}' is already it; remove this file from the build or merge the two")))
                .ToEquatableArray();
        }
        catch (Exception exception)
        {
            return Failure(ordered[0].Path, exception);
        }
    }

    /// <summary>
    /// The enum numbers the project's baseline pins (<see cref="EnumNumbers"/>): those of the baseline that
    /// <see cref="CheckBaselines"/> checks against; empty without one. Never throws.
    /// </summary>
    /// <param name="baselines">The baseline files passed to the build (normally none or one).</param>
    public static EquatableArray<BaselineNumber> PinnedNumbers(IReadOnlyList<BaselineFile> baselines)
    {
        if (baselines.Count == 0)
        {
            return EquatableArray<BaselineNumber>.Empty;
        }

        try
        {
            return BaselineText.Parse(baselines.OrderBy(file => file.Path, StringComparer.Ordinal).First().Text).Baseline.Numbers;
        }
        catch (Exception)
        {
            // CheckBaselines reports the same failure as CL0020; the numbers then derive from the ids.
            return EquatableArray<BaselineNumber>.Empty;
        }
    }

    private static EquatableArray<LadderDiagnostic> Failure(string path, Exception exception) =>
        new(new[] { LadderDiagnostic.Create(LadderRules.InternalError, path, SourceSpan.FileStart, exception.GetType().FullName ?? "Exception", exception.Message) });

    /// <summary>The diagnostics of comparing <paramref name="files"/> with the baseline read from <paramref name="baselinePath"/>.</summary>
    /// <param name="baselinePath">The baseline file, for diagnostics that have no YAML line (a removed track).</param>
    /// <param name="baselineText">The baseline file's text.</param>
    /// <param name="files">The parsed ladder files.</param>
    public static IReadOnlyList<LadderDiagnostic> Check(string baselinePath, string baselineText, IEnumerable<ParsedLadderFile> files)
    {
        var shipped = BaselineText.Parse(baselineText);
        var diagnostics = shipped.Problems
            .Select(problem => LadderDiagnostic.Create(LadderRules.BaselineUnreadable, baselinePath, LineSpan(baselineText, problem.Line), problem.Message))
            .ToList();
        var current = LocatedBaseline.From(files);
        if (current.Framework is null && current.Baseline.Tracks.IsEmpty)
        {
            return diagnostics;
        }

        var changes = BaselineComparison.Compare(shipped.Baseline, current.Baseline);
        var removedTracks = new HashSet<string>(changes.Where(change => change.Kind == IdentityChangeKind.TrackRemoved).Select(change => change.Key.Id));
        var addedTracks = new HashSet<string>(changes.Where(change => change.Kind == IdentityChangeKind.TrackAdded).Select(change => change.Key.Id));
        var shippedTrackOf = shipped.Baseline.Tracks.SelectMany(track => track.Levels.Select(level => (level.Code, track.Id)))
            .GroupBy(pair => pair.Code).ToDictionary(group => group.Key, group => group.First().Id);
        var currentTrackOf = current.Baseline.Tracks.SelectMany(track => track.Levels.Select(level => (level.Code, track.Id)))
            .ToDictionary(pair => pair.Code, pair => pair.Id);
        var replacements = LevelReplacements(changes, shipped.Baseline, current.Baseline);
        var replacing = new HashSet<string>(replacements.Values, StringComparer.Ordinal);
        var trackReplacements = TrackReplacements(changes, removedTracks, addedTracks);
        var replacingTracks = new HashSet<string>(trackReplacements.Values.Select(replacement => replacement.Track), StringComparer.Ordinal);
        // Without a framework file (CL0013 says so) the competencies and sections are unknown, not removed: the changes
        // about them would be one follow-on error per shipped competency, with no framework line to point to.
        foreach (var change in current.Framework is null ? changes.Where(change => !IsAboutFramework(change.Key)) : changes)
        {
            var diagnostic = change.Kind switch
            {
                IdentityChangeKind.TrackRemoved when trackReplacements.TryGetValue(change.Key.Id, out var successor) =>
                    Create(current.Places[BaselineKey.Track(successor.Track)], LadderRules.ShippedTrackReplaced, successor.Track, change.Key.Id, successor.Levels),
                IdentityChangeKind.TrackAdded when replacingTracks.Contains(change.Key.Id) => null,
                IdentityChangeKind.TrackRemoved => At(shipped, baselinePath, baselineText, change.Key, LadderRules.ShippedTrackRemoved, change.Key.Id),
                IdentityChangeKind.LevelRemoved when replacements.TryGetValue(change.Key.Id, out var replacement) =>
                    Create(current.Places[BaselineKey.Level(replacement)], LadderRules.ShippedLevelReplaced,
                        replacement, ShippedRank(shipped, change.Key.Id), change.Key.Id),
                IdentityChangeKind.LevelAdded when replacing.Contains(change.Key.Id) => null,
                IdentityChangeKind.LevelRemoved when !removedTracks.Contains(shippedTrackOf[change.Key.Id]) =>
                    Create(current.Places[BaselineKey.Track(shippedTrackOf[change.Key.Id])], LadderRules.ShippedLevelRemoved,
                        change.Key.Id, ShippedRank(shipped, change.Key.Id), shippedTrackOf[change.Key.Id]),
                IdentityChangeKind.RankChanged when current.Ranks.ContainsKey(change.Key.Id) =>
                    Create(current.Ranks[change.Key.Id], LadderRules.ShippedLevelChanged, change.Key.Id, $"changed rank from {change.Before} to {change.After}", "rank"),
                IdentityChangeKind.RankChanged =>
                    Create(current.Places[BaselineKey.Former(change.Key.Id)], LadderRules.ShippedLevelChanged, change.Key.Id, $"changed rank from {change.Before} to {change.After}", "rank"),
                IdentityChangeKind.LevelMoved when !removedTracks.Contains(change.Before!) =>
                    Create(current.Places[change.Key], LadderRules.ShippedLevelChanged, change.Key.Id, $"moved from track '{change.Before}' to track '{change.After}'", "track"),
                IdentityChangeKind.CompetencyRemoved =>
                    Create(current.Framework!.Value, LadderRules.ShippedCompetencyRemoved, change.Key.Id),
                IdentityChangeKind.StepsChanged =>
                    Create(StepPlace(current, change.Key.Id, change.Step), LadderRules.ShippedStepsChanged,
                        change.Key.Id, (change.Step + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), change.Before!, change.After!,
                        Yaml.YamlScalar.FlowItems(ShippedSteps(shipped, current, change.Key.Id))),
                IdentityChangeKind.StepsChangeAcknowledged =>
                    Create(current.Places[BaselineKey.PreviousSteps(change.Key.Id)], LadderRules.AcknowledgedStepsChange,
                        change.Key.Id, (change.Step + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                IdentityChangeKind.PreviousStepsMismatch =>
                    Create(current.Places[BaselineKey.PreviousSteps(change.Key.Id)], LadderRules.PreviousStepsMismatch,
                        change.Key.Id, Yaml.YamlScalar.FlowItems(CurrentCompetency(current, change.Key.Id).PreviousSteps), Yaml.YamlScalar.FlowItems(ShippedSteps(shipped, current, change.Key.Id))),
                IdentityChangeKind.CompetencyRenamed =>
                    Create(current.Places[BaselineKey.FormerCompetency(change.Key.Id)], LadderRules.NotInBaseline, $"The rename of competency '{change.Key.Id}' to '{change.After}'"),
                IdentityChangeKind.SectionRemoved =>
                    Create(current.Framework!.Value, LadderRules.ShippedSectionRemoved, change.Key.Id),
                IdentityChangeKind.TrackAdded => Create(current.Places[change.Key], LadderRules.NotInBaseline, $"Track '{change.Key.Id}'"),
                IdentityChangeKind.LevelAdded when !addedTracks.Contains(currentTrackOf[change.Key.Id]) =>
                    Create(current.Places[change.Key], LadderRules.NotInBaseline, $"Level '{change.Key.Id}'"),
                IdentityChangeKind.CompetencyAdded => Create(current.Places[change.Key], LadderRules.NotInBaseline, $"Competency '{change.Key.Id}'"),
                IdentityChangeKind.StepsAppended =>
                    Create(StepPlace(current, change.Key.Id, change.Step), LadderRules.NotInBaseline, $"Step {change.Step + 1} and above of competency '{change.Key.Id}'"),
                IdentityChangeKind.SectionAdded => Create(current.Places[change.Key], LadderRules.NotInBaseline, $"Section '{change.Key.Id}'"),
                IdentityChangeKind.TrackRenamed =>
                    Create(current.Places[BaselineKey.FormerTrack(change.Key.Id)], LadderRules.NotInBaseline, $"The rename of track '{change.Key.Id}' to '{change.After}'"),
                IdentityChangeKind.LevelRenamed =>
                    Create(current.Places[BaselineKey.Former(change.Key.Id)], LadderRules.NotInBaseline, $"The rename of level '{change.Key.Id}' to '{change.After}'"),
                IdentityChangeKind.LevelRetired =>
                    Create(current.Places[BaselineKey.Former(change.Key.Id)], LadderRules.NotInBaseline, $"The retirement of level '{change.Key.Id}'"),
                IdentityChangeKind.FormerRemoved =>
                    At(shipped, baselinePath, baselineText, change.Key, LadderRules.ShippedFormerDropped, change.Key.Id, change.Before!),
                IdentityChangeKind.FormerChanged =>
                    Create(current.Places[change.Key], LadderRules.ShippedLevelChanged, change.Key.Id, $"resolves to {change.After} instead of {change.Before}", "successor"),
                _ => null,
            };
            // A baseline line that could not be read would make its identity look new: no "not in the baseline yet" then.
            if (diagnostic is not null && !(diagnostic.RuleId == LadderRules.NotInBaseline.Id && shipped.Problems.Count > 0))
            {
                diagnostics.Add(diagnostic);
            }
        }

        return diagnostics;
    }

    /// <summary>
    /// Shipped tracks that are gone while a new track holds their level codes: most likely an edited track id, reported once
    /// at the new id with the <c>renamed-from:</c> that keeps stored ids working. Removed id → the new track and the codes.
    /// </summary>
    private static Dictionary<string, (string Track, string Levels)> TrackReplacements(
        IReadOnlyList<IdentityChange> changes, HashSet<string> removedTracks, HashSet<string> addedTracks) =>
        changes
            .Where(change => change.Kind == IdentityChangeKind.LevelMoved && removedTracks.Contains(change.Before!) && addedTracks.Contains(change.After!))
            .GroupBy(change => change.Before!, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group =>
                {
                    var track = group.Select(change => change.After!).OrderBy(id => id, StringComparer.Ordinal).First();
                    return (track, string.Join(", ", group.Where(change => change.After == track).Select(change => change.Key.Id).OrderBy(code => code, StringComparer.Ordinal)));
                },
                StringComparer.Ordinal);

    private static bool IsAboutFramework(BaselineKey key) => key.Kind is "competency" or "former-competency" or "previous-steps" or "section";

    /// <summary>
    /// Shipped levels that are gone while a new level of the same track has the same rank: most likely an edited code,
    /// reported once at the new code with the <c>renamed-from:</c> that keeps stored codes working. Removed code → new code.
    /// </summary>
    private static Dictionary<string, string> LevelReplacements(IReadOnlyList<IdentityChange> changes, LadderBaseline shipped, LadderBaseline current)
    {
        var removed = new HashSet<string>(changes.Where(change => change.Kind == IdentityChangeKind.LevelRemoved).Select(change => change.Key.Id), StringComparer.Ordinal);
        var added = new HashSet<string>(changes.Where(change => change.Kind == IdentityChangeKind.LevelAdded).Select(change => change.Key.Id), StringComparer.Ordinal);
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var track in current.Tracks)
        {
            var shippedTrack = shipped.Tracks.FirstOrDefault(candidate => candidate.Id == track.Id);
            if (shippedTrack is null)
            {
                continue;
            }

            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var gone in shippedTrack.Levels.Where(level => removed.Contains(level.Code)))
            {
                var successor = track.Levels.FirstOrDefault(level => level.Rank == gone.Rank && added.Contains(level.Code) && !taken.Contains(level.Code));
                if (successor is not null)
                {
                    taken.Add(successor.Code);
                    replacements.Add(gone.Code, successor.Code);
                }
            }
        }

        return replacements;
    }

    private static LadderDiagnostic At(ParsedBaseline shipped, string path, string text, BaselineKey key, LadderRule rule, params string[] arguments) =>
        LadderDiagnostic.Create(rule, path, LineSpan(text, shipped.Lines.TryGetValue(key, out var line) ? line : 0), arguments);

    private static LadderDiagnostic Create(LadderLocation location, LadderRule rule, params string[] arguments) =>
        LadderDiagnostic.Create(rule, location.FilePath, location.Span, arguments);

    private static BaselineCompetency CurrentCompetency(LocatedBaseline current, string id) =>
        current.Baseline.Competencies.First(competency => competency.Id == id);

    /// <summary>The shipped steps of the competency that is now <paramref name="id"/> (under this id or a former one).</summary>
    private static EquatableArray<string> ShippedSteps(ParsedBaseline shipped, LocatedBaseline current, string id)
    {
        var now = CurrentCompetency(current, id);
        return shipped.Baseline.Competencies.First(competency => competency.Id == id || now.FormerIds.Contains(competency.Id)).Steps;
    }

    private static LadderLocation StepPlace(LocatedBaseline current, string competency, int step) =>
        current.StepPlaces.TryGetValue((competency, step), out var place) ? place : current.Places[BaselineKey.Competency(competency)];

    private static string ShippedRank(ParsedBaseline shipped, string code) =>
        shipped.Baseline.Tracks.SelectMany(track => track.Levels).First(level => level.Code == code).Rank.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, List<int>> LineStarts = new();

    private static List<int> FindLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var next = text.IndexOf('\n'); next >= 0; next = text.IndexOf('\n', next + 1))
        {
            starts.Add(next + 1);
        }

        return starts;
    }

    /// <summary>The span of a whole line (without its line break).</summary>
    private static SourceSpan LineSpan(string text, int line)
    {
        // The line starts of a baseline are found once, not once per diagnostic: a baseline of 60,000 tracks that the
        // ladders lack locates each of them in constant time instead of walking the text again.
        var starts = LineStarts.GetValue(text, FindLineStarts);
        var start = starts[Math.Min(Math.Max(line, 0), starts.Count - 1)];
        var end = text.IndexOf('\n', start);
        end = end < 0 ? text.Length : end;
        if (end > start && text[end - 1] == '\r')
        {
            end--;
        }

        return new SourceSpan(start, end, line, 0, line, end - start);
    }
}

/// <summary>A baseline file passed to the build.</summary>
/// <param name="Path">Its path.</param>
/// <param name="Text">Its text.</param>
public sealed record BaselineFile(string Path, string Text);
