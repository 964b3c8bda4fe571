using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CareerLadder;
using CareerLadder.Rendering.Pages;
using CareerLadder.Rendering.Text;
using LadderService.Ladders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LadderService;

public sealed record MatchDto(string Track, string TrackName, string? Level, string? Title, int? Distance, bool Exact, string? Next, GapDto? GapToNext);

public sealed record AssessmentDto(IReadOnlyDictionary<string, int> Steps, IReadOnlyList<MatchDto> Matches);

/// <summary>
/// Self-assessment. <c>/assess?technology=3&amp;system=2&amp;...</c> is a shareable link: a browser (<c>Accept: text/html</c>)
/// gets the page rendered on the server with those steps selected and the closest level of each track, which works
/// without script; script only refreshes the results in place when a selector changes. Other clients get JSON (every
/// competency must then be given).
/// </summary>
public static class AssessPage
{
    /// <summary>Enhancement only: on change, fetch the same page for the new query and swap in its results.</summary>
    private const string Script = """
        (function () {
          const form = document.getElementById('assess-form');
          if (!form || !window.fetch || !window.DOMParser) return;
          let latest = 0;
          async function update() {
            const query = new URLSearchParams(new FormData(form)).toString();
            const request = ++latest;
            const response = await fetch('/assess?' + query, { headers: { 'Accept': 'text/html' } });
            const text = await response.text();
            if (request !== latest) return;
            const next = new DOMParser().parseFromString(text, 'text/html');
            for (const id of ['results', 'share']) {
              const fresh = next.getElementById(id);
              const current = document.getElementById(id);
              if (fresh && current) current.replaceWith(document.importNode(fresh, true));
            }
            history.replaceState(null, '', '/assess?' + query);
          }
          form.querySelectorAll('select').forEach(s => s.addEventListener('change', update));
        })();
        """;

    public static IEndpointRouteBuilder MapAssessPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/assess", (HttpRequest request, string? theme) =>
        {
            var given = CareerLadders.Competencies.Where(competency => request.Query.ContainsKey(competency.Id)).ToList();
            var wantsHtml = given.Count == 0 || request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
            var (steps, errors) = Read(request.Query, requireAll: !wantsHtml);
            if (!wantsHtml)
            {
                return errors.Count > 0 ? Problem(errors[0]) : Results.Ok(Of(steps, Assess(steps)));
            }

            var body = Body(steps, errors, theme);
            return SitePages.Html("Self-assessment", body, theme, Script, errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
        });
        return endpoints;
    }

    /// <summary>The steps of the query (step 1 where a page request gives none), and what is wrong with it.</summary>
    private static (int[] Steps, List<string> Errors) Read(IQueryCollection query, bool requireAll)
    {
        var steps = new int[CareerLadders.Competencies.Count];
        var errors = new List<string>();
        foreach (var competency in CareerLadders.Competencies)
        {
            steps[competency.Index] = 1;
            if (!query.TryGetValue(competency.Id, out var values))
            {
                if (requireAll)
                {
                    errors.Add($"Give every competency a step number: '{competency.Id}' is missing.");
                }

                continue;
            }

            if (!int.TryParse(values.ToString(), out var step))
            {
                errors.Add($"Give every competency a step number: '{competency.Id}' is '{HtmlText.Shorten(values.ToString(), 20)}', not a number.");
            }
            else if (step < 1 || step > competency.Steps.Count)
            {
                errors.Add($"The step of '{competency.Id}' must be between 1 and {competency.Steps.Count}, not {step}.");
            }
            else
            {
                steps[competency.Index] = step;
            }
        }

        return (steps, errors);
    }

    private static LadderAssessment Assess(int[] steps) => CareerLadders.Assess(new AssessedSteps
    {
        Technology = (TechnologyStep)steps[CompetencyId.Technology.ToCompetency().Index],
        System = (SystemStep)steps[CompetencyId.System.ToCompetency().Index],
        People = (PeopleStep)steps[CompetencyId.People.ToCompetency().Index],
        Process = (ProcessStep)steps[CompetencyId.Process.ToCompetency().Index],
        Influence = (InfluenceStep)steps[CompetencyId.Influence.ToCompetency().Index],
    });

    private static AssessmentDto Of(int[] steps, LadderAssessment assessment) => new(
        CareerLadders.Competencies.ToDictionary(competency => competency.Id, competency => steps[competency.Index]),
        Matches(assessment).Select(pair =>
        {
            var (track, match) = (pair.Key, pair.Value);
            return new MatchDto(
                track.Id,
                track.Name.Text,
                match.Level?.Code,
                match.Level?.Title.Text,
                match.HasLevel ? match.Distance : null,
                match.IsExact,
                match.Next?.Code,
                match.GapToNext() is { } gap ? Dto.Of(gap) : null);
        }).ToArray());

    /// <summary>Each track, in the catalog's order, with its closest level.</summary>
    private static IEnumerable<KeyValuePair<Track, LevelMatch>> Matches(LadderAssessment assessment) =>
        CareerLadders.Tracks.Select(track => KeyValuePair.Create(track, assessment[track]));

    private static string Query(int[] steps) =>
        string.Join("&", CareerLadders.Competencies.Select(competency => competency.Id + "=" + steps[competency.Index].ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static string Body(int[] steps, IReadOnlyList<string> errors, string? theme)
    {
        var body = new StringBuilder();
        body.Append("<h1>Self-assessment</h1>\n")
            .Append("<p class=\"muted\">Choose the step you reach on each competency: each track shows its closest level (smallest sum of step differences, ties to the lower rank) and what its next level adds.</p>\n")
            .Append("<form id=\"assess-form\" class=\"assess\" method=\"get\" action=\"/assess\">\n<fieldset>\n<legend>Your steps</legend>\n")
            .Append(AssessmentForm.StepFields(CareerLadders.Competencies, competency => steps[competency.Index]))
            .Append("</fieldset>\n").Append(SitePages.HiddenTheme(theme))
            .Append("<button class=\"primary\" type=\"submit\">Show the closest levels</button>\n</form>\n");
        foreach (var error in errors)
        {
            body.Append(AssessmentForm.Alert(error));
        }

        body.Append(AssessmentForm.ClosestLevels(Matches(Assess(steps)), SitePages.LevelHref, Query(steps)));
        var link = "/assess?" + Query(steps);
        body.Append("<p id=\"share\">Link to this result: <a href=\"").Append(HtmlText.Encode(link)).Append("\">").Append(HtmlText.Encode(link)).Append("</a></p>\n")
            .Append("<p class=\"muted\">The same URL returns JSON to a client that does not ask for HTML.</p>\n");
        return body.ToString();
    }

    private static IResult Problem(string detail) =>
        Results.Problem(title: "Invalid steps", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
