using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Evolution;

/// <summary>The baseline of parsed ladder files, with where each identity is written, so that a rule can point at it.</summary>
/// <param name="Baseline">The identities.</param>
/// <param name="Places">Where each track, level, competency, section and former id or code is written.</param>
/// <param name="StepPlaces">Where each step is written, by competency id and 0-based step index.</param>
/// <param name="Ranks">Where each level's rank is written.</param>
/// <param name="Framework">Where the framework's id is written, when there is a framework.</param>
public sealed record LocatedBaseline(
    LadderBaseline Baseline,
    IReadOnlyDictionary<BaselineKey, LadderLocation> Places,
    IReadOnlyDictionary<(string Competency, int Step), LadderLocation> StepPlaces,
    IReadOnlyDictionary<string, LadderLocation> Ranks,
    LadderLocation? Framework)
{
    /// <summary>Takes the identities of parsed files; when an id is defined twice (an error of its own), the first wins.</summary>
    /// <param name="files">The parsed ladder files.</param>
    public static LocatedBaseline From(IEnumerable<ParsedLadderFile> files)
    {
        var list = files.ToList();
        var places = new Dictionary<BaselineKey, LadderLocation>();
        var steps = new Dictionary<(string, int), LadderLocation>();
        var ranks = new Dictionary<string, LadderLocation>(StringComparer.Ordinal);
        var tracks = new List<BaselineTrack>();
        foreach (var track in list.Select(file => file.Track).OfType<TrackDefinition>().OrderBy(track => track.Id.Value, StringComparer.Ordinal))
        {
            if (!TryClaim(places, BaselineKey.Track(track.Id.Value), track.Path, track.Id.Span))
            {
                continue;
            }

            var levels = new List<BaselineLevel>();
            foreach (var level in track.Levels)
            {
                if (TryClaim(places, BaselineKey.Level(level.Code.Value), track.Path, level.Code.Span))
                {
                    levels.Add(new BaselineLevel(level.Code.Value, level.Rank.Value));
                    ranks[level.Code.Value] = new LadderLocation(track.Path, level.Rank.Span);
                }
            }

            foreach (var former in track.RenamedFrom)
            {
                TryClaim(places, BaselineKey.FormerTrack(former.Value), track.Path, former.Span);
            }

            foreach (var former in track.Levels.SelectMany(level => level.RenamedFrom).Concat(track.Retired.Select(retired => retired.Code)))
            {
                TryClaim(places, BaselineKey.Former(former.Value), track.Path, former.Span);
            }

            tracks.Add(new BaselineTrack(track.Id.Value, levels.ToEquatableArray(), FormerIds(track), FormerCodes(track)));
        }

        var framework = list.Select(file => file.Framework).OfType<FrameworkDefinition>().FirstOrDefault();
        var competencies = new List<BaselineCompetency>();
        var sections = new List<string>();
        if (framework is not null)
        {
            foreach (var competency in framework.Competencies.OrderBy(competency => competency.Id.Value, StringComparer.Ordinal))
            {
                if (TryClaim(places, BaselineKey.Competency(competency.Id.Value), framework.Path, competency.Id.Span))
                {
                    foreach (var former in competency.RenamedFrom)
                    {
                        TryClaim(places, BaselineKey.FormerCompetency(former.Value), framework.Path, former.Span);
                    }

                    if (competency.PreviousSteps.Count > 0)
                    {
                        TryClaim(places, BaselineKey.PreviousSteps(competency.Id.Value), framework.Path, competency.PreviousSteps[0].Span);
                    }

                    var formerIds = competency.RenamedFrom.Select(id => id.Value).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToEquatableArray();
                    competencies.Add(new BaselineCompetency(competency.Id.Value, competency.Steps.Select(step => step.Name.Value).ToEquatableArray(), formerIds)
                    {
                        PreviousSteps = competency.PreviousSteps.Select(step => step.Value).ToEquatableArray(),
                    });
                    for (var index = 0; index < competency.Steps.Count; index++)
                    {
                        steps[(competency.Id.Value, index)] = new LadderLocation(framework.Path, competency.Steps[index].Name.Span);
                    }
                }
            }

            foreach (var section in framework.Sections.OrderBy(section => section.Id.Value, StringComparer.Ordinal))
            {
                if (TryClaim(places, BaselineKey.Section(section.Id.Value), framework.Path, section.Id.Span))
                {
                    sections.Add(section.Id.Value);
                }
            }
        }

        return new LocatedBaseline(
            new LadderBaseline(tracks.ToEquatableArray(), competencies.ToEquatableArray(), sections.ToEquatableArray()),
            places,
            steps,
            ranks,
            framework is null ? null : new LadderLocation(framework.Path, framework.Id.Span));
    }

    private static EquatableArray<string> FormerIds(TrackDefinition track) =>
        track.RenamedFrom.Select(id => id.Value).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>The track's former codes; a code declared twice (CL0084) counts once, the rename first.</summary>
    private static EquatableArray<BaselineFormerCode> FormerCodes(TrackDefinition track) =>
        Evolution.FormerCodes.Declared(track)
            .Select(former => new BaselineFormerCode(former.Code, former.Successor, former.Renamed))
            .GroupBy(former => former.Code, StringComparer.Ordinal)
            .Select(group => group.First())
            .OrderBy(former => former.Code, StringComparer.Ordinal)
            .ToEquatableArray();

    private static bool TryClaim(Dictionary<BaselineKey, LadderLocation> places, BaselineKey key, string path, SourceSpan span)
    {
        if (places.ContainsKey(key))
        {
            return false;
        }

        places.Add(key, new LadderLocation(path, span));
        return true;
    }
}
