using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CareerLadder.Tests;

public class TrackTests
{
    private static readonly TechnicalProgramManagerTrack Tpm = Ladder.Tpm;

    [Fact]
    public void Constructor_SetsIdentity()
    {
        Assert.Equal(TechnicalProgramManagerTrack.TrackId, Tpm.Id);
        Assert.Equal("Technical Program Manager", Tpm.Name.Text);
        Assert.Equal("TPM", Tpm.Abbreviation);
        Assert.StartsWith("TPM's role", Tpm.Summary?.Text, StringComparison.Ordinal);
        var link = Assert.Single(Tpm.Links);
        Assert.Equal("https://example.com/competencies", link.Url);
    }

    [Fact]
    public void Constructor_OptionalValuesDefaultToNullOrEmpty()
    {
        var track = new SandboxTrack();

        Assert.Null(track.Summary);
        Assert.Empty(track.Links);
        Assert.Empty(track.Levels);
        Assert.Null(track.FirstLevel);
        Assert.Null(track.LastLevel);
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("id", () => new SandboxTrack(id: null!));
        Assert.Throws<ArgumentNullException>("abbreviation", () => new SandboxTrack(abbreviation: null!));
    }

    [Fact]
    public void Levels_AreInLadderOrder()
    {
        Assert.Equal(["TPM3", "TPM4", "TPM5", "TPM6"], Tpm.Levels.Select(level => level.Code));
        Assert.All(Tpm.Levels, level => Assert.Same(Tpm, level.Track));
    }

    [Fact]
    public void Levels_IsReadOnly()
    {
        var levels = (ICollection<Level>)Tpm.Levels;

        Assert.True(levels.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => levels.Clear());
    }

    [Fact]
    public void FirstLevelAndLastLevel_AreTheEnds()
    {
        Assert.Same(Tpm.TPM3, Tpm.FirstLevel);
        Assert.Same(Tpm.TPM6, Tpm.LastLevel);
        Assert.Same(Ladder.Em.EM4, Ladder.Em.FirstLevel);
        Assert.Same(Ladder.Em.EM6, Ladder.Em.LastLevel);
    }

    [Fact]
    public void FirstLevelAndLastLevel_OfSingleLevelTrack_AreTheSame()
    {
        var track = new SandboxTrack();
        var only = track.NewLevel("SB1", 1);
        track.Initialize(only);

        Assert.Same(only, track.FirstLevel);
        Assert.Same(only, track.LastLevel);
    }

    [Theory]
    [InlineData("TPM5")]
    [InlineData("tpm5")]
    [InlineData("Tpm5")]
    public void TryGetLevel_IgnoresCase(string code)
    {
        Assert.True(Tpm.TryGetLevel(code, out var level));
        Assert.Same(Tpm.TPM5, level);
    }

    [Theory]
    [InlineData("TPM7")]
    [InlineData("EM4")]
    [InlineData("TPM")]
    [InlineData("")]
    public void TryGetLevel_Unknown_ReturnsFalse(string code)
    {
        Assert.False(Tpm.TryGetLevel(code, out var level));
        Assert.Null(level);
    }

    [Fact]
    public void TryGetLevel_BeforeInitialization_ReturnsFalse()
    {
        var track = new SandboxTrack();
        track.NewLevel("SB1", 1);

        Assert.False(track.TryGetLevel("SB1", out _));
    }

    [Fact]
    public void InitializeLevels_Twice_Throws()
    {
        var track = new SandboxTrack();
        var first = track.NewLevel("SB1", 1);
        var second = track.NewLevel("SB2", 2);
        track.Initialize(first);

        Assert.Throws<InvalidOperationException>(() => track.Initialize(second));
        Assert.Same(first, Assert.Single(track.Levels));
        Assert.Equal(-1, second.Index);
    }

    [Fact]
    public void InitializeLevels_LevelOfAnotherTrack_Throws()
    {
        var track = new SandboxTrack();
        var other = new SandboxTrack("other", "OT");
        var own = track.NewLevel("SB1", 1);
        var foreign = other.NewLevel("OT2", 2);

        var exception = Assert.Throws<ArgumentException>("levels", () => track.Initialize(own, foreign));
        Assert.Contains("OT2", exception.Message, StringComparison.Ordinal);
        Assert.Empty(track.Levels);
        Assert.Null(track.FirstLevel);
    }

    [Fact]
    public void InitializeLevels_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>("levels", () => new SandboxTrack().Initialize(null!));
    }

    [Fact]
    public void ToString_ReturnsNameInCurrentUICulture()
    {
        using (new UICultureScope("en-US"))
        {
            Assert.Equal("Technical Program Manager", Tpm.ToString());
        }

        using (new UICultureScope("ko-KR"))
        {
            Assert.Equal("기술 프로그램 매니저", Tpm.ToString());
        }
    }
}
