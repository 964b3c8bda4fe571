namespace MyCompany.Ladders.Tests;

/// <summary>What the services rely on: the levels, their order and their codes.</summary>
public sealed class LadderTests
{
    [Fact]
    public void Each_level_expects_at_least_what_the_level_below_it_expects()
    {
        foreach (var track in CareerLadders.Tracks)
        {
            foreach (var level in track.Levels.Where(level => level.Next is not null))
            {
                var gap = level.GapTo(level.Next!);
                Assert.True(gap.Changes.All(change => change.Steps >= 0), gap.ToString());
            }
        }
    }

    [Fact]
    public void A_stored_level_code_reads_back_as_the_same_level()
    {
        var level = CareerLadders.SoftwareEngineer.SE2;

        Assert.True(CareerLadders.TryGetLevel(level.Code.ToLowerInvariant(), out var found));
        Assert.Same(level, found);
        Assert.Same(level, CareerLadders.SoftwareEngineer.SE1.Next);
        Assert.Null(level.Next);
    }
}
