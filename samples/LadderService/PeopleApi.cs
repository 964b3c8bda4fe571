using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder;
using LadderService.Data;
using LadderService.Ladders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LadderService;

/// <summary>
/// JSON API over the people and their assessments. The entities are returned as they are: the runtime library's
/// converters write a level as <c>"TPM5"</c> and a competency as <c>"technology"</c>, and read them back.
/// </summary>
public static class PeopleApi
{
    /// <summary>The body of <c>POST /api/people/{id}/assessments</c>.</summary>
    public sealed record NewAssessment(Level Level, string Assessor, DateOnly? Date, IReadOnlyDictionary<string, int> Steps);

    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/people");
        api.MapGet("/", async (LadderDb db) =>
            await db.People.AsNoTracking().Include(person => person.Assessments).ThenInclude(assessment => assessment.Steps).OrderBy(person => person.Id).ToListAsync());

        api.MapPost("/", async (NewPerson body, LadderDb db) =>
        {
            if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 200)
            {
                return Results.Problem(title: "Invalid person", detail: "Give a name of 1 to 200 characters.", statusCode: StatusCodes.Status400BadRequest);
            }

            var person = new Person { Name = body.Name.Trim() };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return Results.Created("/api/people/" + person.Id, person);
        });

        api.MapGet("/{id:int}/assessments", async (int id, LadderDb db) =>
            await db.People.AnyAsync(person => person.Id == id)
                ? Results.Ok(await db.Assessments.AsNoTracking().Include(assessment => assessment.Steps).Where(assessment => assessment.PersonId == id).OrderBy(assessment => assessment.Id).ToListAsync())
                : UnknownPerson(id));

        api.MapPost("/{id:int}/assessments", async (int id, NewAssessment body, LadderDb db) =>
        {
            if (!await db.People.AnyAsync(person => person.Id == id))
            {
                return UnknownPerson(id);
            }

            var assessment = new Assessment { PersonId = id, Level = body.Level, Assessor = body.Assessor?.Trim() ?? string.Empty, Date = body.Date ?? DateOnly.FromDateTime(DateTime.UtcNow) };
            var error = Fill(assessment, body.Level?.Code ?? string.Empty, competency => body.Steps is not null && body.Steps.TryGetValue(competency.Id, out var value) ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
            if (error is not null)
            {
                return Results.Problem(title: "Invalid assessment", detail: error, statusCode: StatusCodes.Status400BadRequest);
            }

            db.Assessments.Add(assessment);
            await db.SaveChangesAsync();
            return Results.Created("/api/people/" + id + "/assessments", assessment);
        });

        return endpoints;
    }

    /// <summary>The 404 problem for a person id that is not in the database.</summary>
    public static IResult UnknownPerson(int id) =>
        Results.Problem(title: "Unknown person", detail: $"No person has the id {id}; the people are listed at /api/people.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>The body of <c>POST /api/people</c>.</summary>
    public sealed record NewPerson(string Name);

    /// <summary>Sets the level and the steps of <paramref name="assessment"/>; returns what is wrong, or null.</summary>
    public static string? Fill(Assessment assessment, string levelCode, Func<Competency, string> stepOf)
    {
        if (!CareerLadders.TryGetLevel(levelCode, out var level))
        {
            return "Choose a level of the ladder.";
        }

        if (assessment.Assessor.Length == 0 || assessment.Assessor.Length > 200)
        {
            return "Give the assessor's name (1 to 200 characters).";
        }

        assessment.Level = level;
        assessment.Steps.Clear();
        foreach (var competency in CareerLadders.Competencies)
        {
            if (!int.TryParse(stepOf(competency), out var value) || value < 1 || value > competency.Steps.Count)
            {
                return $"The step of '{competency.Id}' must be between 1 and {competency.Steps.Count}.";
            }

            assessment.Steps.Add(new AssessedStep { Competency = competency, Value = value });
        }

        return null;
    }
}
