using System;
using System.Linq;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Authoring.Validation;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// The per-file facts the validation index is made from: equal after edits the index does not depend on (so the
/// generator skips the index), different after edits it does, and the index's diagnostics placed where the files say now.
/// </summary>
public sealed class IndexFactsTests
{
    private static readonly string Edited = TrackYaml
        .Replace("knows things", "knows a great many things", StringComparison.Ordinal)
        .Replace("levels:\n", "# a comment that moves every level down a line\nlevels:\n", StringComparison.Ordinal);

    [Fact]
    public void A_text_edit_that_also_moves_every_level_leaves_the_facts_of_a_track_equal()
    {
        var before = IndexFacts.Of(LadderParser.Parse(TrackPath, TrackYaml));
        var after = IndexFacts.Of(LadderParser.Parse(TrackPath, Edited));

        Assert.Equal(before, after);
        Assert.Equal(before.GetHashCode(), after.GetHashCode());
    }

    [Theory]
    [InlineData("code: BE2\n", "code: BE3\n")]
    [InlineData("rank: 2\n", "rank: 3\n")]
    [InlineData("abbreviation: BE\n", "abbreviation: BK\n")]
    [InlineData("name: Backend\n", "name: Back end\n")]
    [InlineData("    rank: 2\n", "    rank: 2\n    renamed-from: [BEOLD]\n")]
    public void An_edit_of_what_the_index_or_the_history_rules_read_changes_the_facts(string oldText, string newText)
    {
        var edited = TrackYaml.Replace(oldText, newText, StringComparison.Ordinal);
        Assert.NotEqual(TrackYaml, edited);

        Assert.NotEqual(IndexFacts.Of(LadderParser.Parse(TrackPath, TrackYaml)), IndexFacts.Of(LadderParser.Parse(TrackPath, edited)));
    }

    [Fact]
    public void An_index_diagnostic_made_from_old_facts_is_placed_at_the_current_position_of_its_level()
    {
        // BE2 written twice: CL0016 from the index, at the second BE2's code.
        const string duplicate = "code: BE2\n    rank: 2\n    title: Backend 2";
        var before = TrackYaml.Replace("code: BE1\n    rank: 1\n    title: Backend 1", duplicate.Replace("rank: 2", "rank: 1", StringComparison.Ordinal), StringComparison.Ordinal);
        var after = before.Replace("levels:\n", "# moved\n# moved again\nlevels:\n", StringComparison.Ordinal);
        var oldFiles = new[] { LadderParser.Parse(FrameworkPath, FrameworkYaml), LadderParser.Parse(TrackPath, before) };
        var newFiles = new[] { LadderParser.Parse(FrameworkPath, FrameworkYaml), LadderParser.Parse(TrackPath, after) };
        var index = LadderValidator.Index(oldFiles.Select(IndexFacts.Of));
        Assert.Equal(index, LadderValidator.Index(newFiles.Select(IndexFacts.Of)));

        var located = Assert.Single(IndexFacts.Locate(index.Diagnostics, newFiles), diagnostic => diagnostic.RuleId == "CL0016");

        var expected = LadderValidator.Validate(newFiles).Diagnostics.Single(diagnostic => diagnostic.RuleId == "CL0016");
        Assert.Equal(expected, located);
        Assert.Equal(13, located.Location.Span.StartLine);
        Assert.Equal(TrackPath, Assert.Single(located.AdditionalLocations).FilePath);
        Assert.Equal(6, located.AdditionalLocations[0].Span.StartLine);
    }
}
