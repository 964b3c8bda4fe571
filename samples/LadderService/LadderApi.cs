using System.Linq;
using CareerLadder.Rendering.Text;
using CareerLadder.Serialization;
using LadderService.Ladders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LadderService;

/// <summary>JSON endpoints: every lookup goes through the generated catalog, with no YAML at run time.</summary>
public static class LadderApi
{
    public static IEndpointRouteBuilder MapLadderApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/tracks", () => Results.Ok(CareerLadders.Tracks.Select(Dto.Summary).ToArray()));

        endpoints.MapGet("/tracks/{id}", (string id) =>
            CareerLadders.TryGetTrack(id, out var track)
                ? Results.Ok(Dto.Of(track))
                : NotFound("Unknown track", "No track has the id or abbreviation", id));

        endpoints.MapGet("/levels/{code}", (string code) =>
            CareerLadders.TryGetLevel(code, out var level)
                ? Results.Ok(LevelDetails.Of(level))
                : NotFound("Unknown level", "No level has the code", code));

        endpoints.MapGet("/levels/{code}/gap/{other}", (string code, string other) =>
        {
            if (!CareerLadders.TryGetLevel(code, out var from))
            {
                return NotFound("Unknown level", "No level has the code", code);
            }

            if (!CareerLadders.TryGetLevel(other, out var to))
            {
                return NotFound("Unknown level", "No level has the code", other);
            }

            return Results.Ok(Dto.Of(from.GapTo(to)));
        });

        return endpoints;
    }

    /// <summary>A 404 problem that quotes what was asked for, cut to 40 characters: an error never echoes unbounded input.</summary>
    public static IResult NotFound(string title, string detail, string requested) =>
        Results.Problem(title: title, detail: $"{detail} '{HtmlText.Shorten(requested, 40)}'.", statusCode: StatusCodes.Status404NotFound);
}
