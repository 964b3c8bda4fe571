using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CareerLadder.Rendering.Graph;
using CareerLadder.Rendering.Radar;

namespace CareerLadder.Rendering.Views;

/// <summary>Builds the views of runtime tracks and levels, in one culture.</summary>
public static class LadderViews
{
    /// <summary>The view of a track and its levels.</summary>
    /// <param name="track">The track.</param>
    /// <param name="competencies">Every competency of the framework, for example the generated <c>CareerLadders.Competencies</c>.</param>
    /// <param name="links">Where levels link to; null for anchors on the same page.</param>
    /// <param name="culture">The culture of the texts; null for the current UI culture.</param>
    public static TrackView Track(Track track, IReadOnlyList<Competency> competencies, LevelLinks? links = null, CultureInfo? culture = null)
    {
        if (track is null)
        {
            throw new ArgumentNullException(nameof(track));
        }

        var names = culture ?? CultureInfo.CurrentUICulture;
        return new TrackView(
            track.Id,
            track.Name.Get(names),
            track.Summary?.Get(names),
            track.Links.Select(link => new LinkView(link.Text.Get(names), link.Url)).ToArray(),
            track.Levels.Select(level => Level(level, competencies, links, names)).ToArray());
    }

    /// <summary>The view of a level: its chart axes, expectations, sections (with where inherited ones come from) and moves.</summary>
    /// <param name="level">The level.</param>
    /// <param name="competencies">Every competency of the framework.</param>
    /// <param name="links">Where levels link to; null for anchors on the same page.</param>
    /// <param name="culture">The culture of the texts; null for the current UI culture.</param>
    public static LevelView Level(Level level, IReadOnlyList<Competency> competencies, LevelLinks? links = null, CultureInfo? culture = null)
    {
        if (level is null)
        {
            throw new ArgumentNullException(nameof(level));
        }

        var names = culture ?? CultureInfo.CurrentUICulture;
        var hrefs = links ?? LevelLinks.SamePage;
        LevelRef Ref(Level target) => new(target.Code, target.Title.Get(names), hrefs.Href(target));
        return new LevelView(
            level.Code,
            level.Title.Get(names),
            level.Rank,
            level.Seniority,
            level.PublicTitle?.Get(names),
            level.Summary?.Get(names),
            RadarAxis.Of(level, competencies, names),
            level.Expectations.Select(expectation => new ExpectationView(
                expectation.Competency.Id,
                expectation.Competency.Name.Get(names),
                expectation.Step.Name.Get(names),
                expectation.Step.Value,
                expectation.Competency.Steps.Count,
                expectation.Text?.Get(names),
                expectation.InheritedFrom)).ToArray(),
            level.Sections.Select(section => new SectionView(
                section.Id,
                section.Name.Get(names),
                (SectionViewKind)(int)section.Kind,
                section.Text?.Get(names),
                Items(section.Items, names),
                section.InheritedFrom)).ToArray(),
            level.NextSteps.Select(next => new MoveView(Ref(next), ReferenceEquals(next, level.Next) ? MoveKind.NextLevel : MoveKind.CareerMove, Gap(level, next, names))).ToArray(),
            level.Extends is { } parent ? Ref(parent) : null)
        {
            Actions = hrefs.Actions?.Invoke(level) ?? new LinkView[0],
        };
    }

    private static string Gap(Level from, Level to, CultureInfo culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            return from.GapTo(to).ToString();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static IReadOnlyList<ItemView> Items(IReadOnlyList<SectionItem> items, CultureInfo culture) =>
        items.Select(item => new ItemView(item.Text.Get(culture), item.Link, Items(item.Items, culture))).ToArray();
}
