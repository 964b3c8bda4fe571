using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CareerLadder;
using CareerLadder.Rendering.Pages;
using CareerLadder.Rendering.Text;
using LadderService.Data;
using LadderService.Ladders;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LadderService;

/// <summary>
/// <c>/people</c>: add a person; <c>/people/{id}</c>: record an assessment (the level chosen and the step reached on
/// each competency, as on <c>/assess</c>) and see the person's history with the gap to the next level. Plain forms
/// that post and redirect: no script needed.
/// </summary>
public static class PeoplePages
{
    public static IEndpointRouteBuilder MapPeoplePages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/people", async (LadderDb db, string? theme, HttpContext context, IAntiforgery antiforgery) =>
            SitePages.Html("People", ListBody(await db.People.AsNoTracking().OrderBy(person => person.Name).ToListAsync(), theme, antiforgery.GetAndStoreTokens(context)), theme));

        // The forms bind as IFormCollection: ASP.NET Core then validates their antiforgery token, and a cross-site post is refused.
        endpoints.MapPost("/people", async (IFormCollection form, LadderDb db) =>
        {
            var name = form["name"].ToString().Trim();
            if (name.Length == 0 || name.Length > 200)
            {
                return SitePages.Html("People", "<h1>People</h1>\n<p class=\"measured-by\" role=\"alert\">Give a name of 1 to 200 characters.</p>\n<p><a href=\"/people\">Back</a></p>\n", null, statusCode: StatusCodes.Status400BadRequest);
            }

            var person = new Person { Name = name };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return Results.Redirect("/people/" + person.Id.ToString(CultureInfo.InvariantCulture) + Theme(form["theme"]), permanent: false);
        });

        endpoints.MapGet("/people/{id:int}", async (int id, LadderDb db, string? theme, HttpContext context, IAntiforgery antiforgery) =>
            await Load(db, id) is { } person
                ? SitePages.Html(person.Name, PersonBody(person, theme, antiforgery.GetAndStoreTokens(context), error: null), theme)
                : SitePages.Html("Unknown person", "<h1>Unknown person</h1>\n<p><a href=\"/people\">All people</a></p>\n", theme, statusCode: StatusCodes.Status404NotFound));

        endpoints.MapPost("/people/{id:int}/assessments", async (int id, IFormCollection form, LadderDb db, HttpContext context, IAntiforgery antiforgery) =>
        {
            var theme = form["theme"].ToString();
            if (await Load(db, id) is not { } person)
            {
                return PeopleApi.UnknownPerson(id);
            }

            var assessment = new Assessment { Level = null!, Assessor = form["assessor"].ToString().Trim(), Date = DateOnly.FromDateTime(DateTime.UtcNow) };
            var error = PeopleApi.Fill(assessment, form["level"].ToString(), competency => form[competency.Id].ToString());
            if (error is not null)
            {
                return SitePages.Html(person.Name, PersonBody(person, theme, antiforgery.GetAndStoreTokens(context), error), theme, statusCode: StatusCodes.Status400BadRequest);
            }

            assessment.PersonId = id;
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync();
            return Results.Redirect("/people/" + id.ToString(CultureInfo.InvariantCulture) + Theme(theme), permanent: false);
        });

        return endpoints;
    }

    private static Task<Person?> Load(LadderDb db, int id) =>
        db.People.AsNoTracking().Include(person => person.Assessments).ThenInclude(assessment => assessment.Steps).SingleOrDefaultAsync(person => person.Id == id);

    private static string Theme(Microsoft.Extensions.Primitives.StringValues theme) =>
        theme.ToString() is "light" or "dark" ? "?theme=" + theme : string.Empty;

    /// <summary>The hidden fields of a form: the antiforgery token that proves the form comes from this site, and the theme.</summary>
    private static void HiddenFields(StringBuilder body, string? theme, AntiforgeryTokenSet tokens) =>
        body.Append("<input type=\"hidden\" name=\"").Append(HtmlText.Encode(tokens.FormFieldName)).Append("\" value=\"").Append(HtmlText.Encode(tokens.RequestToken ?? string.Empty)).Append("\" />\n")
            .Append(SitePages.HiddenTheme(theme));

    private static string ListBody(System.Collections.Generic.IReadOnlyList<Person> people, string? theme, AntiforgeryTokenSet tokens)
    {
        var body = new StringBuilder("<h1>People</h1>\n<p class=\"muted\">People and their assessments are kept in the service's database (SQLite by default).</p>\n");
        if (people.Count == 0)
        {
            body.Append("<p>No one yet.</p>\n");
        }
        else
        {
            body.Append("<ul id=\"people\">\n");
            foreach (var person in people)
            {
                body.Append("<li><a href=\"/people/").Append(person.Id.ToString(CultureInfo.InvariantCulture)).Append(Theme(theme)).Append("\">").Append(HtmlText.Encode(person.Name)).Append("</a></li>\n");
            }

            body.Append("</ul>\n");
        }

        body.Append("<form id=\"add-person\" class=\"assess\" method=\"post\" action=\"/people\">\n<fieldset>\n<legend>Add a person</legend>\n")
            .Append("<div class=\"field\"><label for=\"name\">Name</label><input id=\"name\" name=\"name\" required=\"required\" maxlength=\"200\" /></div>\n</fieldset>\n");
        HiddenFields(body, theme, tokens);
        body.Append("<button class=\"primary\" type=\"submit\">Add</button>\n</form>\n");
        return body.ToString();
    }

    private static string PersonBody(Person person, string? theme, AntiforgeryTokenSet tokens, string? error)
    {
        var body = new StringBuilder();
        body.Append("<h1>").Append(HtmlText.Encode(person.Name)).Append("</h1>\n");
        AppendHistory(body, person);
        body.Append("<form id=\"record\" class=\"assess\" method=\"post\" action=\"/people/").Append(person.Id.ToString(CultureInfo.InvariantCulture)).Append("/assessments\">\n<fieldset>\n<legend>Record an assessment</legend>\n")
            .Append(AssessmentForm.LevelField(CareerLadders.Tracks))
            .Append(AssessmentForm.StepFields(CareerLadders.Competencies));
        body.Append("<div class=\"field\"><label for=\"assessor\">Assessor</label><input id=\"assessor\" name=\"assessor\" required=\"required\" maxlength=\"200\" /></div>\n</fieldset>\n");
        HiddenFields(body, theme, tokens);
        body.Append("<button class=\"primary\" type=\"submit\">Save the assessment</button>\n</form>\n");
        if (error is not null)
        {
            body.Append(AssessmentForm.Alert(error));
        }

        body.Append("<p><a href=\"/people").Append(Theme(theme)).Append("\">All people</a></p>\n");
        return body.ToString();
    }

    private static void AppendHistory(StringBuilder body, Person person)
    {
        if (person.Assessments.Count == 0)
        {
            body.Append("<p id=\"history-empty\">No assessment yet.</p>\n");
            return;
        }

        body.Append("<div class=\"table-scroll\">\n<table id=\"history\" class=\"stack\">\n<caption>Assessments, latest first</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Level</th><th scope=\"col\">Steps</th><th scope=\"col\">Assessor</th><th scope=\"col\">Gap to the next level</th></tr></thead>\n<tbody>\n");
        foreach (var assessment in person.Assessments.OrderByDescending(assessment => assessment.Date).ThenByDescending(assessment => assessment.Id))
        {
            var level = assessment.Level;
            var steps = string.Join(", ", assessment.Steps.OrderBy(step => step.Competency.Index).Select(step => step.Competency.Name + " " + step.Competency.Steps[step.Value - 1].Name));
            body.Append("<tr data-level=\"").Append(HtmlText.Encode(level.Code)).Append("\"><td data-label=\"Date\">").Append(assessment.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Append("</td><td data-label=\"Level\"><a href=\"").Append(HtmlText.Encode(SitePages.LevelHref(level))).Append("\">").Append(HtmlText.Encode(level.Code + " – " + level.Title)).Append("</a></td><td data-label=\"Steps\">")
                .Append(HtmlText.Encode(steps)).Append("</td><td data-label=\"Assessor\">").Append(HtmlText.Encode(assessment.Assessor)).Append("</td><td class=\"next\" data-label=\"Gap to the next level\">")
                .Append(HtmlText.Encode(level.Next is { } next ? level.GapTo(next).ToString() : "Top of the track.")).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n</div>\n");
    }
}
