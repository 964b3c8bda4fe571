using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Net;
using System.Threading.Tasks;
using CareerLadder.Interop.Tests.Ladders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace CareerLadder.Interop.Tests;

/// <summary>Parsing, type converters, configuration binding and minimal API binding: no custom code in the service.</summary>
public sealed class BindingTests
{
    [Theory]
    [InlineData("TPM5")]
    [InlineData("tpm5")]
    [InlineData(" Tpm5 ")]
    public void Levels_parse_ignoring_case_and_spaces(string code)
    {
        Assert.True(Level.TryParse(code, out var level));
        Assert.Same(CareerLadders.TechnicalProgramManager.TPM5, level);
        Assert.Same(CareerLadders.TechnicalProgramManager.TPM5, Level.Parse(code.AsSpan()));
    }

    [Fact]
    public void Tracks_parse_from_id_or_abbreviation()
    {
        Assert.True(Track.TryParse("Technical-Program-Manager", out var byId));
        Assert.True(Track.TryParse("TPM".AsSpan(), out var byAbbreviation));
        Assert.Same(CareerLadders.TechnicalProgramManager, byId);
        Assert.Same(CareerLadders.TechnicalProgramManager, byAbbreviation);
    }

    [Fact]
    public void Competencies_parse_from_id_like_levels_and_tracks()
    {
        Assert.True(Competency.TryParse(" System ", out var system));
        Assert.Same(CompetencyId.System.ToCompetency(), system);
        Assert.Same(system, Competency.Parse("system".AsSpan()));
        Assert.Same(system, Parse<Competency>("SYSTEM"));
        Assert.False(Competency.TryParse("systems", out _));
        Assert.Contains("'systems'", Assert.Throws<FormatException>(() => Competency.Parse("systems")).Message, StringComparison.Ordinal);
    }

    private static T Parse<T>(string text)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), provider: null);

    [Theory]
    [InlineData("")]
    [InlineData("TPM99")]
    [InlineData(null)]
    public void Unknown_codes_do_not_parse(string? code)
    {
        Assert.False(Level.TryParse(code, out var level));
        Assert.Null(level);
    }

    [Fact]
    public void Parse_quotes_an_unknown_code_cut_short()
    {
        var error = Assert.Throws<FormatException>(() => Level.Parse(new string('Q', 5000)));

        Assert.Contains("'" + new string('Q', 40) + "'…", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 1000, error.Message);
    }

    [Fact]
    public void Parsing_a_level_or_a_step_allocates_nothing()
    {
        Span<char> code = stackalloc char[] { 't', 'p', 'm', '5' };
        Level.TryParse(code, out _);
        Level.TryParse("NOPE1", out _);
        StepEnums.TryParse<InfluenceStep>("multipleteams", out _);
        StepEnums.TryParse<InfluenceStep>("3", out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Level.TryParse(code, out _);
            Level.TryParse("QD6", out _);
            Level.TryParse("NOPE1", out _);
            StepEnums.TryParse<InfluenceStep>("multipleteams", out _);
            StepEnums.TryParse<InfluenceStep>("3", out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData("MultipleTeams", InfluenceStep.MultipleTeams)]
    [InlineData("multipleteams", InfluenceStep.MultipleTeams)]
    [InlineData("3", InfluenceStep.MultipleTeams)]
    [InlineData(" 5 ", InfluenceStep.Community)]
    public void Step_enums_parse_from_names_and_numbers(string text, InfluenceStep expected)
    {
        Assert.True(StepEnums.TryParse<InfluenceStep>(text, out var step));
        Assert.Equal(expected, step);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("-1")]
    [InlineData("Team,Company")]
    [InlineData("Teams")]
    [InlineData("")]
    public void Out_of_range_steps_do_not_parse(string text) =>
        Assert.False(StepEnums.TryParse<InfluenceStep>(text, out _));

    [Fact]
    public void Type_converters_turn_codes_into_the_catalog_instances_and_back()
    {
        var levels = TypeDescriptor.GetConverter(typeof(Level));
        var tracks = TypeDescriptor.GetConverter(typeof(Track));
        var competencies = TypeDescriptor.GetConverter(typeof(Competency));

        Assert.Same(CareerLadders.TechnicalProgramManager.TPM5, levels.ConvertFromInvariantString("tpm5"));
        Assert.Equal("TPM5", levels.ConvertToInvariantString(CareerLadders.TechnicalProgramManager.TPM5));
        Assert.Same(CareerLadders.QualityDirector, tracks.ConvertFromInvariantString("qd"));
        Assert.Same(CareerLadders.GetCompetency(CompetencyId.People), competencies.ConvertFromInvariantString("people"));
        Assert.Throws<FormatException>(() => levels.ConvertFromInvariantString("TPM99"));
    }

    [Fact]
    public void Configuration_binds_levels_tracks_and_steps()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Promotion:Target"] = "tpm5",
                ["Promotion:Track"] = "TPM",
                ["Promotion:Influence"] = "MultipleTeams",
            })
            .Build();

        var options = configuration.GetSection("Promotion").Get<PromotionOptions>()!;

        Assert.Same(CareerLadders.TechnicalProgramManager.TPM5, options.Target);
        Assert.Same(CareerLadders.TechnicalProgramManager, options.Track);
        Assert.Equal(InfluenceStep.MultipleTeams, options.Influence);
    }

    [Fact]
    public void Configuration_with_an_unknown_level_fails_naming_it()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Promotion:Target"] = "TPM99" })
            .Build();

        var error = Assert.Throws<InvalidOperationException>(() => configuration.GetSection("Promotion").Get<PromotionOptions>());

        Assert.Contains("TPM99", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_minimal_API_binds_route_and_query_values_to_levels_tracks_and_steps_without_custom_code()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();
        app.MapGet("/levels/{level}", (Level level) => level.Code + " of " + level.Track.Id);
        app.MapGet("/tracks/{track}", (Track track) => track.Levels.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        app.MapGet("/assess", (InfluenceStep influence) => influence.ToString());
        await app.StartAsync();
        var client = app.GetTestClient();

        var response = await client.GetAsync(new Uri("/levels/tpm5", UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("TPM5 of technical-program-manager", await client.GetStringAsync(new Uri("/levels/tpm5", UriKind.Relative)));
        Assert.Equal(CareerLadders.QualityDirector.Levels.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), await client.GetStringAsync(new Uri("/tracks/QD", UriKind.Relative)));
        // Minimal APIs bind enums with Enum.TryParse: member names in their own case, or numbers.
        Assert.Equal("MultipleTeams", await client.GetStringAsync(new Uri("/assess?influence=MultipleTeams", UriKind.Relative)));
        Assert.Equal("MultipleTeams", await client.GetStringAsync(new Uri("/assess?influence=3", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(new Uri("/levels/TPM99", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(new Uri("/levels/" + new string('X', 2000), UriKind.Relative))).StatusCode);
    }

    /// <summary>Options a service binds from configuration.</summary>
    public sealed class PromotionOptions
    {
        public Level? Target { get; set; }

        public Track? Track { get; set; }

        public InfluenceStep Influence { get; set; }
    }
}
