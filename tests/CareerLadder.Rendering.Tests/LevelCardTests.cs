using System.Globalization;
using System.Linq;
using CareerLadder.Rendering.Graph;
using CareerLadder.Rendering.Pages;
using CareerLadder.Rendering.Radar;
using CareerLadder.Rendering.Tests.Ladders;
using CareerLadder.Rendering.Views;
using Xunit;

namespace CareerLadder.Rendering.Tests;

public sealed class LevelCardTests
{
    private static readonly LevelLinks Links = new(level => level.Track.Id + ".html#" + level.Code);

    [Fact]
    public void A_level_without_expectations_gets_no_chart_but_what_it_is_measured_by()
    {
        var html = LevelCard.Html(CareerLadders.PeopleManager.PM5, CareerLadders.Competencies, Links, CultureInfo.InvariantCulture);

        Assert.DoesNotContain("<svg", html, System.StringComparison.Ordinal);
        Assert.Contains("<p class=\"measured-by\">PM5 expects no competency steps: it is measured by its sections Years of experience (guideline), ", html, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Inherited_content_is_marked_with_its_origin_and_the_parent_is_linked()
    {
        var html = LevelCard.Html(CareerLadders.EngineeringManagement.EM5, CareerLadders.Competencies, Links, CultureInfo.InvariantCulture);

        Assert.Contains("<p class=\"extends\">Builds on <a href=\"people-manager.html#PM5\">PM5 - Engineering Manager</a>", html, System.StringComparison.Ordinal);
        Assert.Contains("<h3>Years of experience (guideline) <span class=\"inherited\">from PM5</span></h3>", html, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_level_and_career_moves_are_listed_with_the_gap_in_words()
    {
        var view = LadderViews.Level(CareerLadders.TechnicalProgramManager.TPM5, CareerLadders.Competencies, Links, CultureInfo.InvariantCulture);

        Assert.Equal(new[] { ("TPM6", MoveKind.NextLevel), ("PM5", MoveKind.CareerMove) }, view.Moves.Select(move => (move.Target.Code, move.Kind)));
        Assert.StartsWith("TPM5 → PM5: career move to People Manager; PM5 expects no competency steps", view.Moves[1].Gap, System.StringComparison.Ordinal);
        var html = LevelCard.Html(view);
        Assert.Contains("<li data-to=\"PM5\"><a href=\"people-manager.html#PM5\">PM5 - Engineering Manager</a> <span class=\"move-kind career\">(career move)</span>", html, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Every_link_of_a_card_goes_through_the_url_rule()
    {
        var view = new LevelView(
            "X1", "<Title>", 1, null, null, null,
            new[] { new RadarAxis("a", "A", "One", 1, 2) },
            new[] { new ExpectationView("a", "A", "One", 1, 2, "text", null) },
            new[] { new SectionView("links", "Links", SectionViewKind.List, null, new[] { new ItemView("bad", "javascript:alert(1)", new ItemView[0]), new ItemView("good", "https://example.com", new ItemView[0]) }, null) },
            new[] { new MoveView(new LevelRef("X2", "Next", "javascript:alert(2)"), MoveKind.NextLevel) },
            null)
        {
            Actions = new[] { new LinkView("JSON", "data:text/html,x") },
        };

        var html = LevelCard.Html(view);

        Assert.DoesNotContain("javascript:alert", html.Replace("title=\"Link not shown (only http, https, mailto and relative links are): javascript:alert", string.Empty, System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, System.StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"data", html, System.StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.com\">good</a>", html, System.StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"X1-heading\">X1 - &lt;Title&gt;</h2>", html, System.StringComparison.Ordinal);
    }
}
