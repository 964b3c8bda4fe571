using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CareerLadder;
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
        CareerLadders.Tracks.Select((track, index) =>
        {
            var match = assessment[track];
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

    private static string Query(int[] steps) =>
        string.Join("&", CareerLadders.Competencies.Select(competency => competency.Id + "=" + steps[competency.Index].ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static string Body(int[] steps, IReadOnlyList<string> errors, string? theme)
    {
        var body = new StringBuilder();
        body.Append("<h1>Self-assessment</h1>\n")
            .Append("<p class=\"muted\">Choose the step you reach on each competency: each track shows its closest level (smallest sum of step differences, ties to the lower rank) and what its next level adds.</p>\n")
            .Append("<form id=\"assess-form\" class=\"assess\" method=\"get\" action=\"/assess\">\n<fieldset>\n<legend>Your steps</legend>\n");
        foreach (var competency in CareerLadders.Competencies)
        {
            var id = HtmlText.Encode(competency.Id);
            body.Append("<div class=\"field\"><label for=\"").Append(id).Append("\">").Append(HtmlText.Encode(competency.Name.ToString())).Append("</label>")
                .Append("<select id=\"").Append(id).Append("\" name=\"").Append(id).Append("\" data-competency=\"").Append(id).Append("\">\n");
            foreach (var step in competency.Steps)
            {
                body.Append("<option value=\"").Append(step.Value).Append('"').Append(step.Value == steps[competency.Index] ? " selected=\"selected\"" : string.Empty).Append('>')
                    .Append(HtmlText.Encode(step.Name.ToString())).Append("</option>\n");
            }

            body.Append("</select></div>\n");
        }

        body.Append("</fieldset>\n");
        if (theme is "light" or "dark")
        {
            body.Append("<input type=\"hidden\" name=\"theme\" value=\"").Append(theme).Append("\" />\n");
        }

        body.Append("<button class=\"primary\" type=\"submit\">Show the closest levels</button>\n</form>\n");
        foreach (var error in errors)
        {
            body.Append("<p class=\"measured-by\" role=\"alert\">").Append(HtmlText.Encode(error)).Append("</p>\n");
        }

        AppendResults(body, steps);
        var link = "/assess?" + Query(steps);
        body.Append("<p id=\"share\">Link to this result: <a href=\"").Append(HtmlText.Encode(link)).Append("\">").Append(HtmlText.Encode(link)).Append("</a></p>\n")
            .Append("<p class=\"muted\">The same URL returns JSON to a client that does not ask for HTML.</p>\n");
        return body.ToString();
    }

    private static void AppendResults(StringBuilder body, int[] steps)
    {
        var assessment = Assess(steps);
        body.Append("<div id=\"results\" class=\"table-scroll\">\n<table id=\"assessment\" class=\"stack\" data-query=\"").Append(HtmlText.Encode(Query(steps))).Append("\">\n")
            .Append("<caption>Closest level of each track</caption>\n<thead><tr><th scope=\"col\">Track</th><th scope=\"col\">Closest level</th><th scope=\"col\">Distance</th><th scope=\"col\">Next level adds</th></tr></thead>\n<tbody>\n");
        for (var index = 0; index < CareerLadders.Tracks.Count; index++)
        {
            var track = CareerLadders.Tracks[index];
            var match = assessment[track];
            body.Append("<tr data-track=\"").Append(HtmlText.Encode(track.Id)).Append("\"><td>").Append(HtmlText.Encode(track.Name.ToString())).Append("</td>");
            if (match.Level is not { } level)
            {
                body.Append("<td class=\"level\" data-level=\"\" data-label=\"Closest level\">–</td><td class=\"distance\" data-label=\"Distance\">–</td><td class=\"next\" data-label=\"Next level adds\">No level to compare with: the levels of this track expect no competency steps.</td></tr>\n");
                continue;
            }

            body.Append("<td class=\"level\" data-level=\"").Append(HtmlText.Encode(level.Code)).Append("\" data-label=\"Closest level\"><a href=\"").Append(HtmlText.Encode(SitePages.LevelHref(level))).Append("\">")
                .Append(HtmlText.Encode(level.Code + " – " + level.Title)).Append("</a></td><td class=\"distance\" data-label=\"Distance\">")
                .Append(match.IsExact ? "exact" : match.Distance.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("</td><td class=\"next\" data-label=\"Next level adds\">")
                .Append(HtmlText.Encode(match.GapToNext()?.ToString() ?? "Top of the track.")).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n</div>\n");
    }

    private static IResult Problem(string detail) =>
        Results.Problem(title: "Invalid steps", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
