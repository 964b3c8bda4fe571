using System;
using System.Collections.Generic;
using System.Globalization;
using Xunit;

namespace CareerLadder.Tests;

public class LocalizedTextTests
{
    private static readonly LocalizedText Greeting = new(
        "Hello",
        KeyValuePair.Create("ko", "안녕하세요"),
        KeyValuePair.Create("ko-KR", "안녕하세요 (대한민국)"),
        KeyValuePair.Create("pt", "Olá (pt)"),
        KeyValuePair.Create("pt-BR", "Olá (Brasil)"));

    [Theory]
    [InlineData("ko-KR", "안녕하세요 (대한민국)")]
    [InlineData("ko", "안녕하세요")]
    [InlineData("pt-BR", "Olá (Brasil)")]
    [InlineData("pt", "Olá (pt)")]
    [InlineData("pt-PT", "Olá (pt)")]
    [InlineData("fr-FR", "Hello")]
    [InlineData("en-US", "Hello")]
    public void Get_WalksFromSpecificCultureToNeutralToBase(string culture, string expected)
    {
        Assert.Equal(expected, Greeting.Get(CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Get_SpecificCultureWithOnlyNeutralTranslation_FallsBackToNeutral()
    {
        var text = new LocalizedText("Technology", KeyValuePair.Create("ko", "기술"));

        Assert.Equal("기술", text.Get(CultureInfo.GetCultureInfo("ko-KR")));
    }

    [Fact]
    public void Get_NeutralCultureWithOnlySpecificTranslation_ReturnsBase()
    {
        var text = new LocalizedText("Technology", KeyValuePair.Create("pt-BR", "Tecnologia"));

        Assert.Equal("Technology", text.Get(CultureInfo.GetCultureInfo("pt")));
        Assert.Equal("Technology", text.Get(CultureInfo.GetCultureInfo("pt-PT")));
        Assert.Equal("Tecnologia", text.Get(CultureInfo.GetCultureInfo("pt-BR")));
    }

    [Fact]
    public void Get_WalksEveryParentOfAScriptCulture()
    {
        var text = new LocalizedText("Team", KeyValuePair.Create("sr", "Tim"));

        Assert.Equal("Tim", text.Get(CultureInfo.GetCultureInfo("sr-Latn-RS")));
    }

    [Fact]
    public void Get_InvariantCulture_ReturnsBase()
    {
        Assert.Equal("Hello", Greeting.Get(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Get_NullCulture_ReturnsBase()
    {
        Assert.Equal("Hello", Greeting.Get(null));
    }

    [Theory]
    [InlineData("KO")]
    [InlineData("Ko-kr")]
    [InlineData("ko-kr")]
    public void Get_CultureKeysCompareCaseInsensitively(string key)
    {
        var text = new LocalizedText("People", KeyValuePair.Create(key, "사람"));

        Assert.Equal("사람", text.Get(CultureInfo.GetCultureInfo("ko-KR")));
    }

    [Fact]
    public void Get_DuplicateKeys_FirstDeclarationWins()
    {
        var text = new LocalizedText("People", KeyValuePair.Create("ko", "first"), KeyValuePair.Create("KO", "second"));

        Assert.Equal("first", text.Get(CultureInfo.GetCultureInfo("ko")));
    }

    [Fact]
    public void Get_WithoutTranslations_AlwaysReturnsBase()
    {
        var text = new LocalizedText("Process");

        Assert.Equal("Process", text.Get(CultureInfo.GetCultureInfo("ko-KR")));
        Assert.Equal("Process", text.Get(null));
        Assert.Empty(text.Cultures);
    }

    [Fact]
    public void ToString_UsesCurrentUICulture()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ko-KR");
            Assert.Equal("안녕하세요 (대한민국)", Greeting.ToString());

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("pt-PT");
            Assert.Equal("Olá (pt)", Greeting.ToString());

            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            Assert.Equal("Hello", Greeting.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void ToString_IgnoresCurrentCulture()
    {
        var previousCulture = CultureInfo.CurrentCulture;
        var previousUICulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ko-KR");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

            Assert.Equal("Hello", Greeting.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previousCulture;
            CultureInfo.CurrentUICulture = previousUICulture;
        }
    }

    [Fact]
    public void Cultures_ListsTranslationKeysInDeclarationOrder()
    {
        Assert.Equal(["ko", "ko-KR", "pt", "pt-BR"], Greeting.Cultures);
    }

    [Fact]
    public void Text_IsTheBaseLanguageText()
    {
        Assert.Equal("Hello", Greeting.Text);
    }

    [Fact]
    public void Constructor_NullText_Throws()
    {
        Assert.Throws<ArgumentNullException>("text", () => new LocalizedText(null!));
        Assert.Throws<ArgumentNullException>("text", () => new LocalizedText(null!, KeyValuePair.Create("ko", "기술")));
    }

    [Fact]
    public void Constructor_NullTranslations_Throws()
    {
        Assert.Throws<ArgumentNullException>("translations", () => new LocalizedText("Technology", null!));
    }
}
