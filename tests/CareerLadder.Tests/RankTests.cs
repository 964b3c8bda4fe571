using Xunit;

namespace CareerLadder.Tests;

public class RankTests
{
    [Fact]
    public void Constructor_SetsValues()
    {
        var title = new LocalizedText("Staff Engineer");
        var description = new LocalizedText("Leads technical direction across teams.");

        var rank = new Rank(4, title, description);

        Assert.Equal(4, rank.Value);
        Assert.Same(title, rank.PublicTitle);
        Assert.Same(description, rank.Description);
    }

    [Fact]
    public void Constructor_TitleAndDescriptionAreOptional()
    {
        var rank = new Rank(7);

        Assert.Equal(7, rank.Value);
        Assert.Null(rank.PublicTitle);
        Assert.Null(rank.Description);
    }

    [Fact]
    public void ToString_WithoutPublicTitle_IsTheNumber()
    {
        Assert.Equal("7", new Rank(7).ToString());
        Assert.Equal("-1", new Rank(-1).ToString());
    }

    [Fact]
    public void ToString_WithPublicTitle_AppendsItInCurrentUICulture()
    {
        var rank = new Rank(4, Engineering.Ko("Staff Engineer", "스태프 엔지니어"));

        using (new UICultureScope("en-US"))
        {
            Assert.Equal("4 (Staff Engineer)", rank.ToString());
        }

        using (new UICultureScope("ko-KR"))
        {
            Assert.Equal("4 (스태프 엔지니어)", rank.ToString());
        }
    }
}
