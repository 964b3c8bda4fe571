using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;
using CareerLadder.Rendering.Graph;
using CareerLadder.Rendering.Radar;
using CareerLadder.Rendering.Views;

namespace CareerLadder.Cli.Rendering;

/// <summary>
/// Turns ladders the CLI has validated but not compiled (the Authoring model) into the views CareerLadder.Rendering
/// draws, in the culture of a <see cref="TextSelector"/>. Pages link to each other as <c>{track}.html#{code}</c>.
/// </summary>
public static class LadderViewBuilder
{
    /// <summary>The view of a track.</summary>
    /// <param name="site">The framework, the tracks and the culture.</param>
    /// <param name="track">The track.</param>
    public static TrackView Track(SiteModel site, CodeTrack track) => new(
        track.Id,
        site.Text.Get(track.Name),
        site.Text.GetOrNull(track.Summary),
        track.Links.Select(link => new LinkView(link.Text, link.Url)).ToArray(),
        track.Levels.Select(level => Level(site, track, level)).ToArray());

    /// <summary>The radar axes of a level: one per competency of the framework.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="level">The level.</param>
    public static IReadOnlyList<RadarAxis> Axes(CodeFramework framework, CodeLevel level) =>
        framework.Competencies.Select((competency, index) =>
        {
            var expectation = level.Expectations.FirstOrDefault(candidate => candidate.CompetencyIndex == index);
            return new RadarAxis(competency.Id, competency.Name, expectation is null ? null : competency.Steps[expectation.StepValue - 1].Name, expectation?.StepValue ?? 0, competency.Steps.Count);
        }).ToArray();

    /// <summary>The career-path graph: tracks ordered by id, each level's next level and declared transitions.</summary>
    /// <param name="ladders">The validated ladders.</param>
    public static CareerGraph Graph(ValidatedLadders ladders)
    {
        var tracks = ladders.Tracks.OrderBy(track => track.Id, StringComparer.Ordinal).ToList();
        var nodes = tracks.SelectMany(track => track.Levels.Select(level => new GraphNode(level.Code, level.Title.Text, level.Rank, track.Id))).ToArray();
        var edges = tracks.SelectMany(track => track.Levels.Select((level, index) => (level, next: index + 1 < track.Levels.Count ? track.Levels[index + 1] : null)))
            .SelectMany(pair => (pair.next is null ? Array.Empty<GraphEdge>() : new[] { new GraphEdge(pair.level.Code, pair.next.Code, MoveKind.NextLevel) })
                .Concat(pair.level.Transitions.Where(target => target.Code != pair.next?.Code).Select(target => new GraphEdge(pair.level.Code, target.Code, MoveKind.CareerMove))))
            .ToArray();
        return new CareerGraph(tracks.Select(track => new GraphTrack(track.Id, track.Name.Text)).ToArray(), nodes, edges);
    }

    private static LevelView Level(SiteModel site, CodeTrack track, CodeLevel level)
    {
        var text = site.Text;
        var index = IndexOf(track, level);
        var moves = new List<MoveView>();
        if (index + 1 < track.Levels.Count)
        {
            moves.Add(new MoveView(Ref(site, track, track.Levels[index + 1]), MoveKind.NextLevel));
        }

        foreach (var target in level.Transitions)
        {
            if (site.FindLevel(target.Code) is { } found && !moves.Any(move => move.Target.Code == found.Level.Code))
            {
                moves.Add(new MoveView(Ref(site, found.Track, found.Level), MoveKind.CareerMove));
            }
        }

        return new LevelView(
            level.Code,
            text.Get(level.Title),
            level.Rank,
            level.Seniority,
            text.GetOrNull(level.PublicTitle),
            text.GetOrNull(level.Summary),
            Axes(site.Framework, level),
            level.Expectations.Select(expectation => new ExpectationView(
                site.Framework.Competencies[expectation.CompetencyIndex].Id,
                site.CompetencyName(expectation),
                site.StepName(expectation),
                expectation.StepValue,
                site.Framework.Competencies[expectation.CompetencyIndex].Steps.Count,
                text.GetOrNull(expectation.Text),
                expectation.InheritedFrom)).ToArray(),
            level.Sections.Select(section => new SectionView(
                site.Section(section).Id,
                site.Section(section).Name,
                (SectionViewKind)(int)site.Section(section).Kind,
                text.GetOrNull(section.Text),
                Items(text, section.Items),
                section.InheritedFrom)).ToArray(),
            moves,
            level.Extends is { } extends && site.FindLevel(extends.Code) is { } parent ? Ref(site, parent.Track, parent.Level) : null);
    }

    private static int IndexOf(CodeTrack track, CodeLevel level)
    {
        for (var index = 0; index < track.Levels.Count; index++)
        {
            if (ReferenceEquals(track.Levels[index], level))
            {
                return index;
            }
        }

        return -1;
    }

    private static LevelRef Ref(SiteModel site, CodeTrack track, CodeLevel level) =>
        new(level.Code, site.Text.Get(level.Title), track.Id + ".html#" + level.Code);

    private static IReadOnlyList<ItemView> Items(TextSelector text, IEnumerable<CodeItem> items) =>
        items.Select(item => new ItemView(text.Get(item.Text), item.Link, Items(text, item.Items))).ToArray();
}
