using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CareerLadder.Rendering.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LadderService;

/// <summary>
/// Every refusal says why, as RFC 7807 problem details: a request body that cannot be read (invalid JSON, a wrong type,
/// an unknown level code, an impossible date) is a 400 that names the field and what it accepts; a form posted without
/// this site's antiforgery token (a cross-site post) is a 400; any other 4xx without a body gets one from the status.
/// </summary>
public static class ProblemResponses
{
    /// <summary>Adds problem details, the handler of unreadable requests and antiforgery.</summary>
    public static IServiceCollection AddLadderProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = DescribeBodiless);
        // Binding failures become exceptions the handler below turns into problem details, instead of an empty 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<UnreadableRequestHandler>();
        services.AddAntiforgery();
        return services;
    }

    /// <summary>Runs the exception handler, the status code pages and antiforgery validation, in that order.</summary>
    public static WebApplication UseLadderProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>
    /// Details for a status an endpoint or the framework set without a body: a 404 at a route with a level code names
    /// the code, a 415 says what to send; other statuses keep their standard title.
    /// </summary>
    private static void DescribeBodiless(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Detail is not null)
        {
            return;
        }

        if (problem.Status == StatusCodes.Status404NotFound && context.HttpContext.GetRouteValue("code") is string code)
        {
            DescribeUnknownLevel(problem, code);
        }
        else if (problem.Status == StatusCodes.Status415UnsupportedMediaType)
        {
            problem.Detail = "Send the body as JSON, with the header Content-Type: application/json.";
        }
    }

    private static void DescribeUnknownLevel(Microsoft.AspNetCore.Mvc.ProblemDetails problem, string code)
    {
        problem.Status = StatusCodes.Status404NotFound;
        problem.Title = "Unknown level";
        problem.Detail = $"No level has the code '{HtmlText.Shorten(code, 40)}'; the codes are listed at /tracks.";
    }

    /// <summary>
    /// Turns a request the endpoint could not bind into a 400 (or 415) problem that names the field; a level code in the
    /// path that names no level (route binding of <see cref="CareerLadder.Level"/>) is a 404, as for any unknown resource.
    /// </summary>
    private sealed class UnreadableRequestHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException bad)
            {
                return false;
            }

            var problem = Describe(bad);
            // The handler runs with the request's route values cleared; the feature keeps them.
            if (httpContext.Features.Get<IExceptionHandlerFeature>()?.RouteValues?["level"] is string code && !CareerLadder.Level.TryParse(code, out _))
            {
                problem = new HttpValidationProblemDetails();
                DescribeUnknownLevel(problem, code);
            }

            httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
        }

        private static HttpValidationProblemDetails Describe(BadHttpRequestException bad)
        {
            if (bad.InnerException is JsonException { InnerException: JsonException syntax } invalid)
            {
                // The reader's own exception inside the serializer's: the text is not JSON at all.
                return Invalid("body", $"Not valid JSON at line {invalid.LineNumber + 1}, byte {invalid.BytePositionInLine + 1}: {Clean(syntax.Message)}", "The body is not valid JSON.");
            }

            if (bad.InnerException is JsonException json)
            {
                var field = Field(json.Path);
                return Invalid(field, Accepted(field, json.Message), field == "body" ? "The body must be a JSON object." : $"The value of '{field}' cannot be used.");
            }

            var antiforgery = bad.Message.Contains("anti-forgery", StringComparison.OrdinalIgnoreCase) || bad.Message.Contains("antiforgery", StringComparison.OrdinalIgnoreCase);
            return new HttpValidationProblemDetails
            {
                Status = bad.StatusCode,
                Title = antiforgery ? "Form not accepted" : "Invalid request",
                Detail = antiforgery
                    ? "The form was not sent from this site's own page (its antiforgery token is missing or wrong); reload the page and send it again."
                    : HtmlText.Shorten(bad.Message, 300),
            };
        }

        private static HttpValidationProblemDetails Invalid(string field, string message, string detail) =>
            new(new Dictionary<string, string[]> { [field] = new[] { message } })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Invalid request body",
                Detail = detail,
            };

        /// <summary>The field at a JSON path (<c>$.steps.technology</c> is <c>steps.technology</c>); the whole body for <c>$</c>.</summary>
        private static string Field(string? path) =>
            string.IsNullOrEmpty(path) || path == "$" ? "body" : path!.StartsWith("$.", StringComparison.Ordinal) ? path.Substring(2) : path;

        /// <summary>
        /// What <paramref name="field"/> accepts: a converter's own message (an unknown level code, with the known
        /// tracks) as it is; otherwise the field's description, as the serializer names only the type that holds it.
        /// </summary>
        private static string Accepted(string field, string message)
        {
            var own = Clean(message);
            if (!own.StartsWith("The JSON value could not be converted to ", StringComparison.Ordinal))
            {
                return own;
            }

            var name = field.StartsWith("steps.", StringComparison.Ordinal) ? "steps.*" : field;
            return FieldsAccept.TryGetValue(name, out var accepted) ? "Expected " + accepted + "." : own;
        }

        /// <summary>The fields of the API's bodies and the values they accept.</summary>
        private static readonly Dictionary<string, string> FieldsAccept = new(StringComparer.Ordinal)
        {
            ["name"] = "a string of 1 to 200 characters",
            ["assessor"] = "a string of 1 to 200 characters",
            ["level"] = "a level code as a string, for example \"TPM5\" (the codes are listed at /tracks)",
            ["date"] = "a date written YYYY-MM-DD (a day that exists), or nothing for today",
            ["steps"] = "an object of competency ids to step numbers, for example {\"technology\": 3}",
            ["steps.*"] = "a whole number, a step of the competency from 1 up",
            ["body"] = "a JSON object",
        };

        /// <summary>A message without the serializer's position suffix, bounded in length.</summary>
        private static string Clean(string message)
        {
            var end = message.IndexOf(" Path: ", StringComparison.Ordinal);
            var text = end < 0 ? message : message.Substring(0, end);
            var line = text.IndexOf(" LineNumber: ", StringComparison.Ordinal);
            return HtmlText.Shorten(line < 0 ? text : text.Substring(0, line).TrimEnd(' ', '|'), 300);
        }
    }
}
