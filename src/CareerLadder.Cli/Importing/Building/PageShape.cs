using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Cli.Importing.Reading;

namespace CareerLadder.Cli.Importing.Building;

/// <summary>
/// Decides what a page is before anything is built from it: a ladder, or not a ladder (an essay, a README, an FAQ), and
/// which levels it has, so that a translation is recognised by its levels whatever its title.
/// </summary>
internal static class PageShape
{
    /// <summary>The one line said about a page that is not a ladder.</summary>
    public const string NotALadder = "not a ladder: expected a level table, level headings or front-matter levels; nothing is imported";

    /// <summary>
    /// Whether the page is a ladder: it has front-matter levels, a level table, level headings, comparison tables or a
    /// "Same as" sentence, or it is one level (a front-matter <c>level:</c>, or sections of which at least half are
    /// sections of the framework).
    /// </summary>
    /// <param name="page">The page.</param>
    /// <param name="framework">The framework.</param>
    public static bool IsLadder(RawPage page, ImportFramework framework)
    {
        if (page.FrontMatter is { Topics.Count: > 0 } || page.Rows.Count > 0 || page.LevelSections.Count > 0 || page.Comparisons.Count > 0 || page.SameAs is not null)
        {
            return true;
        }

        if (page.Sections.Count == 0)
        {
            return false;
        }

        var known = page.Sections.Count(section => SectionResolver.Resolve(framework, section.Heading) is not null);
        return page.FrontMatter?.Level is not null || known * 2 >= page.Sections.Count;
    }

    /// <summary>The page's levels as comparable keys: the code (or number) of each, and the steps each reaches.</summary>
    /// <param name="page">The page.</param>
    /// <param name="framework">The framework that maps bullets to steps.</param>
    public static (IReadOnlyList<string> Codes, IReadOnlyList<string> Steps) Levels(RawPage page, ImportFramework framework)
    {
        var codes = page.LevelSections.Select(section => section.Code ?? section.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture)).OfType<string>()
            .Select(code => code.ToUpperInvariant()).ToList();
        var steps = page.LevelSections.Select(section =>
        {
            var used = new List<string>();
            var profile = new List<string>();
            foreach (var bullet in section.Bullets)
            {
                if (StepResolver.Resolve(framework, bullet.Step, used) is { } resolved)
                {
                    used.Add(resolved.Competency);
                    profile.Add(resolved.Competency + "=" + resolved.Step);
                }
            }

            return string.Join("|", profile.Order(StringComparer.Ordinal));
        }).ToList();
        return (codes.Count == page.LevelSections.Count ? codes : Array.Empty<string>(), steps.Any(profile => profile.Length > 0) ? steps : Array.Empty<string>());
    }

    /// <summary>
    /// Whether two pages have the same levels: the same codes with the same steps (or steps on one side only, as when a
    /// translation translates the step names too); unless <paramref name="codesRequired"/>, the same steps level by level
    /// are enough (a page in another script may number its levels differently).
    /// </summary>
    /// <param name="left">One page's levels.</param>
    /// <param name="right">The other's.</param>
    /// <param name="codesRequired">
    /// True for a page that nothing else marks as a translation: two tracks of one company often reach the same steps
    /// level by level (backend and frontend), but never share level codes.
    /// </param>
    public static bool SameLevels((IReadOnlyList<string> Codes, IReadOnlyList<string> Steps) left, (IReadOnlyList<string> Codes, IReadOnlyList<string> Steps) right, bool codesRequired)
    {
        var sameCodes = left.Codes.Count > 0 && left.Codes.SequenceEqual(right.Codes);
        var sameSteps = left.Steps.Count > 0 && left.Steps.SequenceEqual(right.Steps);
        var oneSideSteps = left.Steps.Count == 0 || right.Steps.Count == 0;
        return codesRequired ? sameCodes && (sameSteps || oneSideSteps) : sameSteps || (sameCodes && oneSideSteps);
    }
}
