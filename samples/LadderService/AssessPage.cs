using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using CareerLadder;
using LadderService.Ladders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LadderService;

public sealed record MatchDto(string Track, string TrackName, string? Level, string? Title, int? Distance, bool Exact, string? Next, GapDto? GapToNext);

public sealed record AssessmentDto(IReadOnlyDictionary<string, int> Steps, IReadOnlyList<MatchDto> Matches);

/// <summary>
/// Self-assessment: <c>/assess</c> is a page with one selector per competency and the closest level of each track,
/// updated live; <c>/assess?technology=3&amp;system=2&amp;...</c> (every competency given) returns the same result as JSON.
/// </summary>
public static class AssessPage
{
    private const string Style = """
        body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 15px/1.5 system-ui, sans-serif; }
        .selectors { display: grid; grid-template-columns: max-content 1fr; gap: 0.4rem 1rem; align-items: center; margin: 1rem 0 1.5rem; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #d0d7de; }
        .muted { color: #59636e; }
        """;

    private const string Script = """
        (function () {
          const selectors = Array.from(document.querySelectorAll('select[data-competency]'));
          const table = document.getElementById('assessment');
          let latest = 0;
          async function update() {
            const query = selectors.map(s => encodeURIComponent(s.name) + '=' + encodeURIComponent(s.value)).join('&');
            const request = ++latest;
            const response = await fetch('/assess?' + query, { headers: { 'Accept': 'application/json' } });
            if (request !== latest) return;
            if (!response.ok) { table.dataset.error = String(response.status); return; }
            const result = await response.json();
            if (request !== latest) return;
            for (const match of result.matches) {
              const row = table.querySelector('tr[data-track="' + match.track + '"]');
              if (!row) continue;
              row.querySelector('.level').textContent = match.level ? match.level + ' – ' + match.title : '–';
              row.querySelector('.level').dataset.level = match.level || '';
              row.querySelector('.distance').textContent = match.level ? (match.exact ? 'exact' : String(match.distance)) : '–';
              row.querySelector('.next').textContent = match.gapToNext ? match.gapToNext.summary : (match.level ? 'top of the track' : 'no level to compare with');
            }
            table.dataset.query = query;
            delete table.dataset.error;
          }
          selectors.forEach(s => s.addEventListener('change', update));
          update();
        })();
        """;

    public static IEndpointRouteBuilder MapAssessPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/assess", (HttpRequest request) =>
        {
            var given = CareerLadders.Competencies.Where(competency => request.Query.ContainsKey(competency.Id)).ToList();
            if (given.Count == 0)
            {
                return Results.Content(Page(), "text/html; charset=utf-8");
            }

            var steps = new int[CareerLadders.Competencies.Count];
            foreach (var competency in CareerLadders.Competencies)
            {
                if (!request.Query.TryGetValue(competency.Id, out var values) || !int.TryParse(values.ToString(), out var step))
                {
                    return Problem($"Give every competency a step number: '{competency.Id}' is missing or not a number.");
                }

                steps[competency.Index] = step;
            }

            try
            {
                return Results.Ok(Of(steps, Assess(steps)));
            }
            catch (ArgumentOutOfRangeException exception)
            {
                return Problem($"The step of '{exception.ParamName}' must be between 1 and the number of its steps, not {exception.ActualValue}.");
            }
        });
        return endpoints;
    }

    private static LadderAssessment Assess(int[] steps) => CareerLadders.Assess(
        (TechnologyStep)steps[(int)CompetencyId.Technology],
        (SystemStep)steps[(int)CompetencyId.System],
        (PeopleStep)steps[(int)CompetencyId.People],
        (ProcessStep)steps[(int)CompetencyId.Process],
        (InfluenceStep)steps[(int)CompetencyId.Influence]);

    private static AssessmentDto Of(int[] steps, LadderAssessment assessment) => new(
        CareerLadders.Competencies.ToDictionary(competency => competency.Id, competency => steps[competency.Index]),
        CareerLadders.Tracks.Select((track, index) =>
        {
            var match = assessment[(TrackId)index];
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

    public static string Page()
    {
        var body = new StringBuilder();
        body.Append("<p><a href=\"/\">All tracks</a></p>\n<h1>Self-assessment</h1>\n")
            .Append("<p class=\"muted\">Choose the step you reach on each competency: the closest level of each track (smallest sum of step differences, ties to the lower rank) and what its next level adds.</p>\n")
            .Append("<form class=\"selectors\" onsubmit=\"return false\">\n");
        foreach (var competency in CareerLadders.Competencies)
        {
            body.Append("<label for=\"").Append(Encode(competency.Id)).Append("\">").Append(Encode(competency.Name.Text)).Append("</label>\n")
                .Append("<select id=\"").Append(Encode(competency.Id)).Append("\" name=\"").Append(Encode(competency.Id)).Append("\" data-competency=\"").Append(Encode(competency.Id)).Append("\">\n");
            foreach (var step in competency.Steps)
            {
                body.Append("<option value=\"").Append(step.Value).Append('"').Append(step.Value == 1 ? " selected=\"selected\"" : string.Empty).Append('>')
                    .Append(Encode(step.Name.Text)).Append("</option>\n");
            }

            body.Append("</select>\n");
        }

        body.Append("</form>\n<table id=\"assessment\">\n<tr><th>Track</th><th>Closest level</th><th>Distance</th><th>Next level adds</th></tr>\n");
        foreach (var track in CareerLadders.Tracks)
        {
            body.Append("<tr data-track=\"").Append(Encode(track.Id)).Append("\"><td>").Append(Encode(track.Name.Text))
                .Append("</td><td class=\"level\">…</td><td class=\"distance\"></td><td class=\"next\"></td></tr>\n");
        }

        body.Append("</table>\n<p class=\"muted\">JSON: /assess?")
            .Append(Encode(string.Join("&", CareerLadders.Competencies.Select(competency => competency.Id + "=1"))))
            .Append("</p>\n<script>\n//<![CDATA[\n").Append(Script).Append("//]]>\n</script>\n");
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
            + "<title>Self-assessment</title>\n<style>\n" + Style + "\n</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static IResult Problem(string detail) =>
        Results.Problem(title: "Invalid steps", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
