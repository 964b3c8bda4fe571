using System.Globalization;
using System.Linq;
using CareerLadder;
using LadderExplorer.Ladders;
using Spectre.Console;

namespace LadderExplorer;

/// <summary>Prints the generated ladders: every track as a table, or one level with its gap to the next.</summary>
internal sealed class LadderPrinter
{
    private readonly IAnsiConsole _console;

    public LadderPrinter(IAnsiConsole console) => _console = console;

    /// <summary>
    /// Runs the sample: no argument prints every track; a level code prints that level; <c>--culture ko</c> prints the
    /// texts in that culture where the ladders have a translation, falling back to the base text elsewhere.
    /// </summary>
    public int Run(string[] args)
    {
        var arguments = new System.Collections.Generic.List<string>(args);
        var cultureIndex = arguments.IndexOf("--culture");
        if (cultureIndex >= 0)
        {
            if (cultureIndex + 1 >= arguments.Count)
            {
                _console.MarkupLine("[red]--culture needs a culture name, for example --culture ko.[/]");
                return 1;
            }

            var culture = CultureInfo.GetCultureInfo(arguments[cultureIndex + 1]);
            CultureInfo.CurrentUICulture = culture;
            arguments.RemoveRange(cultureIndex, 2);
        }

        args = arguments.ToArray();
        if (args.Length == 0)
        {
            PrintAllTracks();
            return 0;
        }

        if (CareerLadders.TryGetLevel(args[0], out var level))
        {
            PrintLevel(level);
            return 0;
        }

        var codes = string.Join(", ", CareerLadders.Tracks.SelectMany(track => track.Levels).Select(known => known.Code));
        _console.MarkupLineInterpolated($"[red]Unknown level code '{args[0]}'.[/] Known codes: {codes}");
        return 1;
    }

    private void PrintAllTracks()
    {
        _console.Write(new Rule($"[bold]{Markup.Escape(CareerLadders.FrameworkName)}[/]: {CareerLadders.Tracks.Count} tracks, {CareerLadders.Competencies.Count} competencies"));
        foreach (var track in CareerLadders.Tracks)
        {
            _console.WriteLine();
            var translations = track.Cultures.Count == 0 ? string.Empty : ", translations: " + string.Join(", ", track.Cultures);
            _console.MarkupLineInterpolated($"[bold underline]{track.Name}[/] ({track.Abbreviation}, {track.Id}{translations})");
            if (track.Summary is not null)
            {
                _console.MarkupLineInterpolated($"[grey]{track.Summary}[/]");
            }

            _console.Write(LevelTable(track));
        }
    }

    private static Table LevelTable(Track track)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("Code", "Rank", "Title", "Seniority", "Public title");
        foreach (var competency in CareerLadders.Competencies)
        {
            table.AddColumn(competency.Name.ToString());
        }

        table.AddColumn("Sections");
        foreach (var level in track.Levels)
        {
            var cells = new[]
            {
                level.Code,
                level.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
                level.Title.ToString(),
                level.Seniority ?? "-",
                level.PublicTitle?.ToString() ?? "-",
            }
            .Concat(CareerLadders.Competencies.Select(competency => level.GetExpectation(competency) is { } expectation ? $"{expectation.Step} ({expectation.Step.Value})" : "-"))
            .Append(level.Sections.Count == 0 ? "-" : string.Join(", ", level.Sections.Select(section => section.Name.ToString())))
            .Select(cell => new Text(cell));
            table.AddRow(cells);
        }

        return table;
    }

    private void PrintLevel(Level level)
    {
        _console.Write(new Rule($"[bold]{Markup.Escape(level.ToString())}[/]"));
        _console.MarkupLineInterpolated($"Track: [bold]{level.Track.Name}[/] ({level.Track.Abbreviation})   Rank: {level.Rank}   Seniority: {level.Seniority ?? "-"}   Public title: {level.PublicTitle?.ToString() ?? "-"}");
        if (level.Summary is not null)
        {
            _console.MarkupLineInterpolated($"[grey]{level.Summary}[/]");
        }

        if (level.Extends is { } extends)
        {
            _console.MarkupLineInterpolated($"Same as [bold]{extends}[/] ({extends.Track.Name}), but also: inherited content is marked with its source level.");
        }

        if (level.Expectations.Count > 0)
        {
            var expectations = new Table().Border(TableBorder.Rounded).AddColumns("Competency", "Step", "Expectation");
            foreach (var expectation in level.Expectations)
            {
                expectations.AddRow(
                    new Text(expectation.Competency.Name + (expectation.InheritedFrom is null ? string.Empty : " (from " + expectation.InheritedFrom + ")")),
                    new Text($"{expectation.Step} ({expectation.Step.Value}/{expectation.Competency.Steps.Count})"),
                    new Text(expectation.Text?.ToString() ?? string.Empty));
            }

            _console.Write(expectations);
        }

        foreach (var section in level.Sections)
        {
            var source = section.InheritedFrom is null ? string.Empty : " (from " + section.InheritedFrom + ")";
            var tree = new Tree(new Markup($"[bold]{Markup.Escape(section.Name.ToString())}[/]{Markup.Escape(source)}"));
            if (section.Text is not null)
            {
                tree.AddNode(new Text(section.Text.ToString()));
            }

            AddItems(tree, section.Items);
            _console.Write(tree);
        }

        if (level.Next is { } next)
        {
            var gap = level.GapTo(next);
            _console.WriteLine();
            _console.MarkupLineInterpolated($"[bold]Gap to {next}[/] (+{gap.Ranks} rank, {gap.TotalSteps:+0;-0;0} steps)");
            if (gap.Changes.Count == 0)
            {
                _console.WriteLine("No competency moves.");
            }

            foreach (var change in gap.Changes)
            {
                _console.WriteLine("  " + change);
            }
        }
        else
        {
            _console.WriteLine();
            _console.MarkupLineInterpolated($"{level.Code} is the top level of {level.Track.Name}.");
        }

        if (level.NextSteps.Count > 0)
        {
            _console.WriteLine();
            _console.MarkupLineInterpolated($"[bold]Next steps[/] (career paths): {string.Join(", ", level.NextSteps.Select(step => step.Code))}");
        }
    }

    private static void AddItems(IHasTreeNodes parent, System.Collections.Generic.IReadOnlyList<SectionItem> items)
    {
        foreach (var item in items)
        {
            var node = parent.AddNode(new Text(item.Link is null ? item.Text.ToString() : $"{item.Text} <{item.Link}>"));
            AddItems(node, item.Items);
        }
    }
}
