using CareerLadder;
using CareerLadder.Rendering.Pages;
using CareerLadder.Rendering.Radar;
using CareerLadder.Serialization;
using MyCompany.Ladders;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// A Level or Track route value binds from its code (any case); an unknown code is a 400.
app.MapGet("/", () => Results.Content(
    HtmlPage.Document("Career ladders", string.Concat(CareerLadders.Tracks.Select(track => TrackPage.Html(track, CareerLadders.Competencies)))),
    "text/html"));
app.MapGet("/levels/{level}", (Level level) => LevelDetails.Of(level));
app.MapGet("/levels/{level}/chart.svg", (Level level) =>
    Results.Content(RadarChart.Svg(level, CareerLadders.Competencies), "image/svg+xml"));
app.MapGet("/tracks/{track}", (Track track) => track.Levels.Select(level => level.Code));

app.Run();
