using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using CareerLadder.Rendering.Pages;
using CareerLadder.Rendering.Tests.Ladders;
using Xunit;

namespace CareerLadder.Rendering.Tests;

/// <summary>The form fields and the closest-level table a self-assessment page is built from.</summary>
public sealed class AssessmentFormTests
{
    [Fact]
    public void Step_fields_name_each_selector_after_its_competency_with_the_step_numbers_as_values_and_select_the_given_step()
    {
        var html = AssessmentForm.StepFields(CareerLadders.Competencies, competency => competency.Id == "system" ? 3 : null, CultureInfo.InvariantCulture);
        var selects = XElement.Parse("<form>" + html + "</form>").Descendants("select").ToList();

        Assert.Equal(CareerLadders.Competencies.Select(competency => competency.Id), selects.Select(select => (string?)select.Attribute("name")));
        var system = selects.Single(select => (string?)select.Attribute("id") == "system");
        Assert.Equal(new[] { "1", "2", "3", "4", "5" }, system.Elements("option").Select(option => (string?)option.Attribute("value")));
        Assert.Equal("Owns", Assert.Single(selects.SelectMany(select => select.Elements("option")), option => option.Attribute("selected") is not null).Value);
    }

    [Fact]
    public void The_level_field_groups_every_level_by_track_with_its_code_as_value()
    {
        var html = AssessmentForm.LevelField(CareerLadders.Tracks, CareerLadders.TechnicalProgramManager.TPM5, CultureInfo.InvariantCulture);
        var select = XElement.Parse(html).Descendants("select").Single();

        Assert.Equal("level", (string?)select.Attribute("name"));
        Assert.Equal(CareerLadders.Tracks.Select(track => track.Name.Text), select.Elements("optgroup").Select(group => (string?)group.Attribute("label")));
        Assert.Equal(CareerLadders.Tracks.SelectMany(track => track.Levels).Select(level => level.Code), select.Descendants("option").Select(option => (string?)option.Attribute("value")));
        Assert.Equal("TPM5", select.Descendants("option").Single(option => option.Attribute("selected") is not null).Attribute("value")!.Value);
    }

    [Fact]
    public void The_closest_levels_table_links_each_level_through_the_url_rule_and_says_when_a_track_has_nothing_to_compare()
    {
        var matches = new[]
        {
            KeyValuePair.Create<Track, LevelMatch>(CareerLadders.TechnicalProgramManager, new LevelMatch(CareerLadders.TechnicalProgramManager.TPM5, 0)),
            KeyValuePair.Create<Track, LevelMatch>(CareerLadders.QualityDirector, new LevelMatch(CareerLadders.QualityDirector.QD6, 2)),
            KeyValuePair.Create<Track, LevelMatch>(CareerLadders.PeopleManager, default),
        };

        var html = AssessmentForm.ClosestLevels(matches, level => level.Code == "QD6" ? "javascript:alert(1)" : "/levels/" + level.Code, "a=1&b=<2>", CultureInfo.InvariantCulture);
        var rows = XElement.Parse(html).Descendants("tr").Where(row => row.Attribute("data-track") is not null).ToList();

        Assert.Contains("data-query=\"a=1&amp;b=&lt;2&gt;\"", html, System.StringComparison.Ordinal);
        Assert.Equal(new[] { "technical-program-manager", "quality-director", "people-manager" }, rows.Select(row => (string?)row.Attribute("data-track")));
        Assert.Equal("/levels/TPM5", rows[0].Descendants("a").Single().Attribute("href")!.Value);
        Assert.Equal("exact", rows[0].Elements("td").Single(cell => (string?)cell.Attribute("class") == "distance").Value);
        Assert.Empty(rows[1].Descendants("a"));
        Assert.Equal("2", rows[1].Elements("td").Single(cell => (string?)cell.Attribute("class") == "distance").Value);
        Assert.Contains("expect no competency steps", rows[2].Value, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_alert_encodes_its_message()
    {
        Assert.Equal("<p class=\"measured-by\" role=\"alert\">&lt;b&gt; is not a step</p>\n", AssessmentForm.Alert("<b> is not a step"));
    }
}
