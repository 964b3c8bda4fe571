using System;
using Xunit;

namespace CareerLadder.Tests;

/// <summary><see cref="LevelMatch"/>, the per-track result of a generated self-assessment.</summary>
public sealed class LevelMatchTests
{
    [Fact]
    public void A_match_names_its_level_distance_and_next_level()
    {
        var match = new LevelMatch(Ladder.Tpm.TPM4, 1);

        Assert.Same(Ladder.Tpm.TPM4, match.Level);
        Assert.Equal(1, match.Distance);
        Assert.True(match.HasLevel);
        Assert.False(match.IsExact);
        Assert.Same(Ladder.Tpm.TPM5, match.Next);
        Assert.Equal("TPM4 → TPM5", match.GapToNext()!.ToString()[..11]);
        Assert.Equal("TPM4 (distance 1)", match.ToString());
        Assert.True(new LevelMatch(Ladder.Tpm.TPM6, 0).IsExact);
        Assert.Null(new LevelMatch(Ladder.Tpm.TPM6, 0).GapToNext());
    }

    [Fact]
    public void The_default_match_has_no_level()
    {
        var none = default(LevelMatch);

        Assert.False(none.HasLevel);
        Assert.False(none.IsExact);
        Assert.Null(none.Level);
        Assert.Null(none.Next);
        Assert.Null(none.GapToNext());
        Assert.Equal("no level", none.ToString());
    }

    [Fact]
    public void Matches_are_equal_when_level_and_distance_are()
    {
        var a = new LevelMatch(Ladder.Tpm.TPM3, 2);

        Assert.Equal(a, new LevelMatch(Ladder.Tpm.TPM3, 2));
        Assert.True(a == new LevelMatch(Ladder.Tpm.TPM3, 2));
        Assert.True(a != new LevelMatch(Ladder.Tpm.TPM3, 1));
        Assert.True(a != new LevelMatch(Ladder.Tpm.TPM4, 2));
        Assert.False(a.Equals((object)"TPM3"));
        Assert.Equal(a.GetHashCode(), new LevelMatch(Ladder.Tpm.TPM3, 2).GetHashCode());
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new LevelMatch(null!, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LevelMatch(Ladder.Tpm.TPM3, -1));
    }
}
