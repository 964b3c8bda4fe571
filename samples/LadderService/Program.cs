using LadderService;
using LadderService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

// Minimal API over the catalog that the CareerLadder generator builds from ladders/*.yaml at compile time, with people
// and their assessments in SQLite (a file created on start) or PostgreSQL (ConnectionStrings:Postgres).
// Listens on http://127.0.0.1:5080 (appsettings.json; override with --urls). OpenAPI document: /openapi/v1.json.
var builder = WebApplication.CreateBuilder(args);
LadderDb.Register(builder.Services, builder.Configuration);
builder.Services.AddOpenApi();
builder.Services.AddLadderProblems();
var app = builder.Build();
LadderDb.Migrate(app.Services);
app.UseLadderProblems();

app.MapOpenApi();
app.MapLadderApi();
app.MapLadderPages();
app.MapAssessPage();
app.MapPathsPage();
app.MapPeoplePages();
app.MapPeopleApi();

app.Run();
