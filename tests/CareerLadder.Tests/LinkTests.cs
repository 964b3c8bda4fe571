using System;
using Xunit;

namespace CareerLadder.Tests;

public class LinkTests
{
    [Fact]
    public void Constructor_SetsValues()
    {
        var text = new LocalizedText("Competencies");

        var link = new Link(text, "https://example.com/competencies");

        Assert.Same(text, link.Text);
        Assert.Equal("https://example.com/competencies", link.Url);
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("text", () => new Link(null!, "https://example.com"));
        Assert.Throws<ArgumentNullException>("url", () => new Link(new LocalizedText("Competencies"), null!));
    }

    [Fact]
    public void ToString_ReturnsTextInCurrentUICulture()
    {
        var link = new Link(Engineering.Ko("Competencies", "역량"), "https://example.com/competencies");

        using (new UICultureScope("ko-KR"))
        {
            Assert.Equal("역량", link.ToString());
        }

        using (new UICultureScope("en-US"))
        {
            Assert.Equal("Competencies", link.ToString());
        }
    }
}
