using System.ComponentModel;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace CareerLadder.Interop.Tests;

/// <summary>
/// A track or competency id stored with an earlier version of a ladder library (<c>renamed-from:</c>) still reads as the
/// track or competency that replaced it, through the generated lookup, JSON, parsing and type converters alike.
/// </summary>
public sealed class FormerIdTests
{
    [Fact]
    public void A_former_track_id_resolves_to_the_renamed_track_everywhere()
    {
        var track = Shared.Ladders.CareerLadders.DataEngineer;

        Assert.Equal(new[] { "data-platform" }, track.FormerIds);
        Assert.True(Shared.Ladders.CareerLadders.TryGetTrack("Data-Platform", out var found));
        Assert.Same(track, found);
        Assert.Same(track, JsonSerializer.Deserialize<Track>("\"data-platform\""));
        Assert.Same(track, Track.Parse("data-platform"));
        Assert.Same(track, TypeDescriptor.GetConverter(typeof(Track)).ConvertFromInvariantString("data-platform"));
        Assert.Equal("\"data-engineer\"", JsonSerializer.Serialize<Track>(JsonSerializer.Deserialize<Track>("\"data-platform\"")!));
    }

    [Fact]
    public void A_former_competency_id_resolves_to_the_renamed_competency()
    {
        var delivery = Shared.Ladders.CareerLadders.Competencies.Single();

        Assert.Equal(new[] { "shipping" }, delivery.FormerIds);
        Assert.True(LadderCatalogs.TryGetCompetency("SHIPPING", out var found));
        Assert.Same(delivery, found);
        Assert.Same(delivery, JsonSerializer.Deserialize<Competency>("\"shipping\""));
        Assert.Equal("\"delivery\"", JsonSerializer.Serialize(JsonSerializer.Deserialize<Competency>("\"shipping\"")));
    }

    [Fact]
    public void An_id_that_was_never_declared_is_still_unknown()
    {
        Assert.False(Shared.Ladders.CareerLadders.TryGetTrack("data-science", out _));
        Assert.False(LadderCatalogs.TryGetCompetency("shipped", out _));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Track>("\"data-science\""));
    }
}
