using System.Globalization;
using CareerLadder.Cli.Importing.Reading;

namespace CareerLadder.Cli.Importing.Building;

/// <summary>
/// Builds the one level of a page that describes a single role (seed 004): its sections become the level's sections;
/// "Same as X, but also..." makes it extend the level titled X, one rank above it.
/// </summary>
internal static class SingleLevelPage
{
    /// <summary>The level.</summary>
    /// <param name="context">The import context.</param>
    /// <param name="page">The page.</param>
    /// <param name="abbreviation">The track's abbreviation, for the code.</param>
    public static ImportedLevel Build(ImportContext context, RawPage page, string abbreviation)
    {
        var path = page.Source.Path;
        var level = new ImportedLevel { Title = page.Title, Line = page.TitleLine };
        int? rank = null;
        if (page.SameAs is { } sameAs)
        {
            if (context.LevelNamed(sameAs) is { } target)
            {
                level.Extends = target.Level.Code;
                rank = target.Level.Rank + 1;
                context.Log.Warn(path, page.SameAsLine, ImportWarnings.SameAs,
                    $"'Same as {sameAs}' is level '{target.Level.Code}' ({target.Level.Title}) of track '{target.Track.Id}': this level extends it and takes rank {rank.Value.ToString(CultureInfo.InvariantCulture)}, one above it");
            }
            else
            {
                context.Log.Warn(path, page.SameAsLine, ImportWarnings.SameAs,
                    $"'Same as {sameAs}': no level titled '{sameAs}' is known in this import or in the target directory; import the page that defines it too, or add 'extends:' by hand");
            }
        }

        if (rank is null && page.FrontMatter?.Level is { } declared)
        {
            rank = declared;
        }
        else if (rank is null)
        {
            rank = context.Options.FirstRank ?? context.Framework.LowestRank;
            context.Log.Warn(path, page.TitleLine, ImportWarnings.Guess, $"The page gives no level number: level '{page.Title}' gets rank {rank.Value.ToString(CultureInfo.InvariantCulture)}{(context.Options.FirstRank is null ? ", the lowest rank of the framework; use --first-rank to choose it" : " from --first-rank")}");
        }

        level.Rank = rank.Value;
        level.Code = abbreviation + rank.Value.ToString(CultureInfo.InvariantCulture);
        level.Sections.AddRange(SectionBuilder.Build(context, page.Sections, level.SectionLines));
        return level;
    }
}
