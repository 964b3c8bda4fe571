using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace CareerLadder.LadderService.Tests;

/// <summary>
/// Every refusal of the service is RFC 7807 problem details that say what is wrong: the field and what it accepts for a
/// body that cannot be read, the code for an unknown level, and a refusal for a form posted from another site.
/// </summary>
public sealed class ProblemDetailsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ladder-service-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> _service;

    public ProblemDetailsTests()
    {
        Directory.CreateDirectory(_folder);
        _service = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseSetting("ConnectionStrings:Sqlite", "Data Source=" + Path.Combine(_folder, "people.db")));
    }

    private const string Steps = "\"steps\": {\"technology\": 2, \"system\": 3, \"people\": 5, \"process\": 4, \"influence\": 3}";

    public static TheoryData<string, string, string, string> UnreadableBodies() => new()
    {
        // path, JSON body, the field named, words of what it accepts
        { "/api/people", "{\"name\": ", "body", "Not valid JSON at line 1" },
        { "/api/people", "not json", "body", "Not valid JSON at line 1, byte 2: 'not js" },
        { "/api/people", "{\"name\": 5}", "name", "Expected a string of 1 to 200 characters." },
        { "/api/people", "[]", "body", "Expected a JSON object." },
        { "/api/people/{id}/assessments", "{\"level\": \"TPM99\", \"assessor\": \"Grace\", " + Steps + "}", "level", "Unknown level code 'TPM99'" },
        { "/api/people/{id}/assessments", "{\"level\": 5, \"assessor\": \"Grace\", " + Steps + "}", "level", "Expected a level code as a JSON string" },
        { "/api/people/{id}/assessments", "{\"level\": \"TPM5\", \"assessor\": 7, " + Steps + "}", "assessor", "Expected a string of 1 to 200 characters." },
        { "/api/people/{id}/assessments", "{\"level\": \"TPM5\", \"assessor\": \"Grace\", \"date\": \"2026-02-30\", " + Steps + "}", "date", "Expected a date written YYYY-MM-DD" },
        { "/api/people/{id}/assessments", "{\"level\": \"TPM5\", \"assessor\": \"Grace\", \"date\": \"yesterday\", " + Steps + "}", "date", "Expected a date written YYYY-MM-DD" },
        { "/api/people/{id}/assessments", "{\"level\": \"TPM5\", \"assessor\": \"Grace\", \"steps\": \"high\"}", "steps", "Expected an object of competency ids to step numbers" },
        { "/api/people/{id}/assessments", "{\"level\": \"TPM5\", \"assessor\": \"Grace\", \"steps\": {\"technology\": \"high\"}}", "steps.technology", "Expected a whole number, a step of the competency from 1 up." },
        { "/api/people/{id}/assessments", "{\"level\": \"TPM5\", \"assessor\": \"Grace\", \"steps\": {\"technology\": 2.5}}", "steps.technology", "Expected a whole number, a step of the competency from 1 up." },
    };

    [Theory]
    [MemberData(nameof(UnreadableBodies))]
    public async Task A_body_that_cannot_be_read_is_a_400_problem_naming_the_field(string path, string body, string field, string accepted)
    {
        var client = _service.CreateClient();

        var response = await client.PostAsync(new Uri(await WithPerson(client, path), UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        using var problem = await Problem(response, HttpStatusCode.BadRequest);
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), problem.RootElement.ToString());
        Assert.Contains(accepted, messages[0].GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> RefusedAssessments() => new()
    {
        { "{\"level\": \"TPM5\", \"assessor\": \"Grace\", \"steps\": {\"technology\": 9, \"system\": 3, \"people\": 5, \"process\": 4, \"influence\": 3}}", "Invalid assessment", "The step of 'technology' must be between 1 and 5." },
        { "{\"level\": \"TPM5\", \"assessor\": \"Grace\", \"steps\": {\"technology\": 0}}", "Invalid assessment", "The step of 'technology' must be between 1 and 5." },
        { "{\"level\": \"TPM5\", \"assessor\": \"Grace\"}", "Invalid assessment", "The step of 'technology' must be between 1 and 5." },
        { "{\"assessor\": \"Grace\", " + Steps + "}", "Invalid assessment", "Choose a level of the ladder." },
        { "{\"level\": \"TPM5\", " + Steps + "}", "Invalid assessment", "Give the assessor's name (1 to 200 characters)." },
    };

    [Theory]
    [MemberData(nameof(RefusedAssessments))]
    public async Task An_assessment_the_ladder_does_not_allow_is_a_400_problem_saying_what_is_allowed(string body, string title, string detail)
    {
        var client = _service.CreateClient();

        var response = await client.PostAsync(new Uri(await WithPerson(client, "/api/people/{id}/assessments"), UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        using var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal((title, detail), (problem.RootElement.GetProperty("title").GetString(), problem.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_body_of_another_media_type_is_a_415_problem()
    {
        var response = await _service.CreateClient().PostAsync(new Uri("/api/people", UriKind.Relative), new StringContent("name=Ada", Encoding.UTF8, "text/plain"));

        using var problem = await Problem(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("Send the body as JSON, with the header Content-Type: application/json.", problem.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/people/9999/assessments", "No person has the id 9999; the people are listed at /api/people.")]
    [InlineData("/levels/XYZ9/chart.svg", "No level has the code 'XYZ9'; the codes are listed at /tracks.")]
    [InlineData("/levels/XYZ9", "No level has the code 'XYZ9'.")]
    public async Task Something_unknown_is_a_404_problem_naming_it(string path, string detail)
    {
        var response = await _service.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        using var problem = await Problem(response, HttpStatusCode.NotFound);
        Assert.Equal(detail, problem.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/people")]
    [InlineData("/people/{id}/assessments")]
    public async Task A_form_posted_without_the_sites_antiforgery_token_is_refused(string path)
    {
        var client = _service.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var target = await WithPerson(client, path);
        var before = await client.GetStringAsync(new Uri("/api/people", UriKind.Relative));

        var form = new Dictionary<string, string> { ["name"] = "Mallory", ["level"] = "QD6", ["assessor"] = "Mallory", ["technology"] = "3", ["system"] = "3", ["people"] = "4", ["process"] = "4", ["influence"] = "4" };
        var forged = await client.PostAsync(new Uri(target, UriKind.Relative), new FormUrlEncodedContent(form));
        form["__RequestVerificationToken"] = "forged";
        var wrongToken = await client.PostAsync(new Uri(target, UriKind.Relative), new FormUrlEncodedContent(form));

        foreach (var response in new[] { forged, wrongToken })
        {
            using var problem = await Problem(response, HttpStatusCode.BadRequest);
            Assert.Equal("Form not accepted", problem.RootElement.GetProperty("title").GetString());
        }

        Assert.Equal(before, await client.GetStringAsync(new Uri("/api/people", UriKind.Relative)));
    }

    [Fact]
    public async Task A_form_posted_from_the_sites_own_page_is_accepted()
    {
        var client = _service.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetStringAsync(new Uri("/people", UriKind.Relative));

        var response = await client.PostAsync(new Uri("/people", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Ada", [TokenField] = Token(page) }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private const string TokenField = "__RequestVerificationToken";

    /// <summary>The antiforgery token of the first form of <paramref name="page"/>.</summary>
    internal static string Token(string page) =>
        WebUtility.HtmlDecode(Regex.Match(page, "name=\"" + TokenField + "\" value=\"([^\"]+)\"").Groups[1].Value);

    /// <summary>Replaces {id} in <paramref name="path"/> with the id of a new person.</summary>
    private static async Task<string> WithPerson(HttpClient client, string path)
    {
        if (!path.Contains("{id}", StringComparison.Ordinal))
        {
            return path;
        }

        var created = await client.PostAsJsonAsync("/api/people", new { name = "Bo" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        return path.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static async Task<JsonDocument> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text);
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
        return problem;
    }

    public void Dispose()
    {
        _service.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
