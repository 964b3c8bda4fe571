using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CareerLadder.Authoring.Evolution;

/// <summary>Compares two baselines: which stored identities were removed, changed or added.</summary>
public static class BaselineComparison
{
    /// <summary>The changes from <paramref name="shipped"/> to <paramref name="current"/>, breaking ones first, each group in file order.</summary>
    /// <param name="shipped">The baseline of the released version.</param>
    /// <param name="current">The baseline of the ladders now.</param>
    public static IReadOnlyList<IdentityChange> Compare(LadderBaseline shipped, LadderBaseline current)
    {
        var changes = new List<IdentityChange>();
        CompareTracks(shipped, current, changes);
        CompareCompetencies(shipped, current, changes);
        CompareSections(shipped, current, changes);
        return changes.Where(change => change.IsBreaking).Concat(changes.Where(change => !change.IsBreaking)).ToList();
    }

    private static void CompareTracks(LadderBaseline shipped, LadderBaseline current, List<IdentityChange> changes)
    {
        var currentTracks = new HashSet<string>(current.Tracks.Select(track => track.Id), StringComparer.Ordinal);
        var shippedTracks = new HashSet<string>(shipped.Tracks.Select(track => track.Id), StringComparer.Ordinal);
        var trackRenames = Unique(current.Tracks.SelectMany(track => track.FormerIds.Select(former => (Key: former, Value: track.Id))));
        var currentLevels = Levels(current);
        var shippedLevels = Levels(shipped);
        var currentFormer = Unique(current.Tracks.SelectMany(track => track.FormerCodes.Select(former => (Key: former.Code, Value: former))));
        var renameTargets = new HashSet<string>(
            shipped.Tracks.SelectMany(track => track.Levels).Where(level => !currentLevels.ContainsKey(level.Code))
                .Select(level => currentFormer.TryGetValue(level.Code, out var former) && former.Renamed ? former.Successor! : string.Empty),
            StringComparer.Ordinal);
        foreach (var track in shipped.Tracks)
        {
            if (!currentTracks.Contains(track.Id))
            {
                changes.Add(trackRenames.TryGetValue(track.Id, out var renamed)
                    ? new IdentityChange(IdentityChangeKind.TrackRenamed, BaselineKey.Track(track.Id), track.Id, renamed)
                    : new IdentityChange(IdentityChangeKind.TrackRemoved, BaselineKey.Track(track.Id), track.Id, null));
            }

            var trackNow = currentTracks.Contains(track.Id) ? track.Id : trackRenames.TryGetValue(track.Id, out var newId) ? newId : null;
            foreach (var level in track.Levels)
            {
                var key = BaselineKey.Level(level.Code);
                if (currentLevels.TryGetValue(level.Code, out var now))
                {
                    if (!string.Equals(now.Track, trackNow, StringComparison.Ordinal))
                    {
                        changes.Add(new IdentityChange(IdentityChangeKind.LevelMoved, key, track.Id, now.Track));
                    }

                    if (now.Level.Rank != level.Rank)
                    {
                        changes.Add(new IdentityChange(IdentityChangeKind.RankChanged, key, Number(level.Rank), Number(now.Level.Rank)));
                    }
                }
                else if (currentFormer.TryGetValue(level.Code, out var former))
                {
                    changes.Add(new IdentityChange(former.Renamed ? IdentityChangeKind.LevelRenamed : IdentityChangeKind.LevelRetired, key, Describe(track.Id, level.Rank), former.Successor));
                    if (former.Renamed && currentLevels.TryGetValue(former.Successor!, out var successor) && successor.Level.Rank != level.Rank)
                    {
                        changes.Add(new IdentityChange(IdentityChangeKind.RankChanged, key, Number(level.Rank), Number(successor.Level.Rank) + " (as " + former.Successor + ")"));
                    }
                }
                else
                {
                    changes.Add(new IdentityChange(IdentityChangeKind.LevelRemoved, key, Describe(track.Id, level.Rank), null));
                }
            }

            // A removed track is reported once (TrackRemoved), not once more for each former code it promised.
            foreach (var promised in trackNow is null ? Enumerable.Empty<BaselineFormerCode>() : track.FormerCodes)
            {
                var key = BaselineKey.Former(promised.Code);
                var resolvesTo = currentFormer.TryGetValue(promised.Code, out var declared) ? declared.Successor ?? "-"
                    : currentLevels.ContainsKey(promised.Code) ? promised.Code
                    : null;
                if (resolvesTo is null)
                {
                    changes.Add(new IdentityChange(IdentityChangeKind.FormerRemoved, key, promised.Successor ?? "a retired level", null));
                }
                else if (!string.Equals(resolvesTo, promised.Successor ?? "-", StringComparison.Ordinal))
                {
                    changes.Add(new IdentityChange(IdentityChangeKind.FormerChanged, key, promised.Successor ?? "a retired level", resolvesTo == "-" ? "a retired level" : resolvesTo));
                }
            }

            foreach (var formerId in track.FormerIds.Where(id => trackNow is not null && !trackRenames.ContainsKey(id)))
            {
                changes.Add(new IdentityChange(IdentityChangeKind.FormerRemoved, BaselineKey.FormerTrack(formerId), "track '" + track.Id + "'", null));
            }
        }

        foreach (var track in current.Tracks)
        {
            var renamedFromShipped = track.FormerIds.Any(shippedTracks.Contains);
            if (!shippedTracks.Contains(track.Id) && !renamedFromShipped)
            {
                changes.Add(new IdentityChange(IdentityChangeKind.TrackAdded, BaselineKey.Track(track.Id), null, track.Id));
            }

            foreach (var level in track.Levels.Where(level => !shippedLevels.ContainsKey(level.Code) && !renameTargets.Contains(level.Code)))
            {
                changes.Add(new IdentityChange(IdentityChangeKind.LevelAdded, BaselineKey.Level(level.Code), null, Describe(track.Id, level.Rank)));
            }
        }
    }

    private static Dictionary<string, T> Unique<T>(IEnumerable<(string Key, T Value)> pairs)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            if (!result.ContainsKey(pair.Key))
            {
                result.Add(pair.Key, pair.Value);
            }
        }

        return result;
    }

    private static void CompareCompetencies(LadderBaseline shipped, LadderBaseline current, List<IdentityChange> changes)
    {
        var currentById = current.Competencies.ToDictionary(competency => competency.Id, StringComparer.Ordinal);
        var shippedIds = new HashSet<string>(shipped.Competencies.Select(competency => competency.Id), StringComparer.Ordinal);
        var renames = Unique(current.Competencies.SelectMany(competency => competency.FormerIds.Select(former => (Key: former, Value: competency))));
        foreach (var competency in shipped.Competencies)
        {
            var key = BaselineKey.Competency(competency.Id);
            if (!currentById.TryGetValue(competency.Id, out var now))
            {
                if (!renames.TryGetValue(competency.Id, out now))
                {
                    changes.Add(new IdentityChange(IdentityChangeKind.CompetencyRemoved, key, null, null));
                    continue;
                }

                changes.Add(new IdentityChange(IdentityChangeKind.CompetencyRenamed, key, competency.Id, now.Id));
            }

            CompareSteps(competency, now, BaselineKey.Competency(now.Id), changes);
            foreach (var formerId in competency.FormerIds.Where(id => !renames.ContainsKey(id)))
            {
                changes.Add(new IdentityChange(IdentityChangeKind.FormerRemoved, BaselineKey.FormerCompetency(formerId), "competency '" + competency.Id + "'", null));
            }
        }

        foreach (var competency in current.Competencies.Where(competency => !shippedIds.Contains(competency.Id) && !competency.FormerIds.Any(shippedIds.Contains)))
        {
            changes.Add(new IdentityChange(IdentityChangeKind.CompetencyAdded, BaselineKey.Competency(competency.Id), null, null));
        }
    }

    /// <summary>Steps may be appended; any other change is breaking, acknowledged when <c>previous-steps:</c> lists the shipped steps.</summary>
    private static void CompareSteps(BaselineCompetency shipped, BaselineCompetency now, BaselineKey key, List<IdentityChange> changes)
    {
        var common = 0;
        while (common < shipped.Steps.Count && common < now.Steps.Count && shipped.Steps[common] == now.Steps[common])
        {
            common++;
        }

        if (common < shipped.Steps.Count)
        {
            var kind = now.PreviousSteps.Count == 0 ? IdentityChangeKind.StepsChanged
                : now.PreviousSteps.SequenceEqual(shipped.Steps) ? IdentityChangeKind.StepsChangeAcknowledged
                : IdentityChangeKind.PreviousStepsMismatch;
            changes.Add(new IdentityChange(kind, key, Steps(shipped.Steps, common), Steps(now.Steps, common), common));
        }
        else if (now.Steps.Count > shipped.Steps.Count)
        {
            changes.Add(new IdentityChange(IdentityChangeKind.StepsAppended, key, null, Steps(now.Steps, common), common));
        }
    }

    private static void CompareSections(LadderBaseline shipped, LadderBaseline current, List<IdentityChange> changes)
    {
        var currentIds = new HashSet<string>(current.Sections, StringComparer.Ordinal);
        var shippedIds = new HashSet<string>(shipped.Sections, StringComparer.Ordinal);
        changes.AddRange(shipped.Sections.Where(id => !currentIds.Contains(id))
            .Select(id => new IdentityChange(IdentityChangeKind.SectionRemoved, BaselineKey.Section(id), null, null)));
        changes.AddRange(current.Sections.Where(id => !shippedIds.Contains(id))
            .Select(id => new IdentityChange(IdentityChangeKind.SectionAdded, BaselineKey.Section(id), null, null)));
    }

    private static Dictionary<string, (string Track, BaselineLevel Level)> Levels(LadderBaseline baseline)
    {
        var levels = new Dictionary<string, (string Track, BaselineLevel Level)>(StringComparer.Ordinal);
        foreach (var track in baseline.Tracks)
        {
            foreach (var level in track.Levels)
            {
                if (!levels.ContainsKey(level.Code))
                {
                    levels.Add(level.Code, (track.Id, level));
                }
            }
        }

        return levels;
    }

    private static string Describe(string track, int rank) => $"track '{track}', rank {Number(rank)}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Steps(EquatableArray<string> steps, int from) =>
        string.Join(", ", steps.Skip(from).Select((step, index) => $"{Number(from + index + 1)} {step}"));
}
