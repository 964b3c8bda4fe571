using System;
using System.IO;
using System.Linq;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Cli.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Cli.Tests;

/// <summary><c>render --format md</c> of a track, imported again, gives back the same levels and expectations.</summary>
public sealed class RoundTripTests
{
    [Theory]
    [InlineData("technical-program-manager")]
    [InlineData("quality-director")]
    [InlineData("people-manager")]
    public void Rendered_markdown_imports_back_to_the_same_levels(string trackId)
    {
        using var temp = new TempDirectory();
        var render = CliRunner.Run(Repository.Root, "render", "ladders", "-o", temp.Combine("site"), "--format", "md");
        var import = CliRunner.Run(temp.Path, "import", "site/" + trackId + ".md", "-o", "imported");

        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.DoesNotContain("warning IMP", import.Err, StringComparison.Ordinal);
        var original = Track(Path.Combine(Repository.Ladders, trackId + ".yaml"));
        var imported = Track(temp.Combine("imported", trackId + ".yaml"));

        Assert.Equal(original.Id.Value, imported.Id.Value);
        Assert.Equal(original.Name, imported.Name);
        Assert.Equal(original.Abbreviation.Value, imported.Abbreviation.Value);
        Assert.Equal(original.Summary, imported.Summary);
        Assert.Equal(original.Links, imported.Links);
        Assert.Equal(Levels(original), Levels(imported));
        Assert.Equal(Sections(original), Sections(imported));
    }

    private static TrackDefinition Track(string path)
    {
        var parsed = LadderParser.Parse(path, File.ReadAllText(path));
        Assert.Empty(parsed.Diagnostics);
        return parsed.Track!;
    }

    private static string[] Levels(TrackDefinition track) =>
        track.Levels.Select(level => string.Join(
            " | ",
            new[] { level.Code.Value, level.Rank.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), level.Title.Value, level.Seniority?.Value ?? "-", level.PublicTitle?.Value ?? "-" }
                .Concat(level.Expectations.Select(expectation => $"{expectation.Competency.Value}={expectation.Step.Value}: {expectation.Text}"))))
            .ToArray();

    private static string[] Sections(TrackDefinition track) =>
        track.Levels.SelectMany(level => level.Sections.Select(section => level.Code.Value + "/" + section.Section.Value + ": " + section.Text + " " + Items(section.Items))).ToArray();

    private static string Items(System.Collections.Generic.IEnumerable<ItemDefinition> items) =>
        "[" + string.Join("; ", items.Select(item => item.Text + (item.Link is null ? string.Empty : " <" + item.Link + ">") + (item.Items.Count > 0 ? " " + Items(item.Items) : string.Empty))) + "]";
}
