using LadderService;
using Microsoft.AspNetCore.Builder;

// Minimal API over the catalog that the CareerLadder generator builds from ladders/*.yaml at compile time.
// Listens on http://127.0.0.1:5080 (appsettings.json; override with --urls).
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapLadderApi();
app.MapLadderPages();
app.MapAssessPage();
app.MapPathsPage();

app.Run();
