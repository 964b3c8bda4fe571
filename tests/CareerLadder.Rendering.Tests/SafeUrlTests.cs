using System.Text;
using CareerLadder.Rendering.Text;
using Xunit;

namespace CareerLadder.Rendering.Tests;

public sealed class SafeUrlTests
{
    [Theory]
    [InlineData("https://example.com/a?b=1&c=2")]
    [InlineData("http://example.com")]
    [InlineData("HTTPS://EXAMPLE.COM")]
    [InlineData("mailto:hr@example.com")]
    [InlineData("people-manager.html#PM5")]
    [InlineData("/tracks/tpm/page#TPM5")]
    [InlineData("#TPM5")]
    [InlineData("?q=a:b")]
    public void Web_mail_and_relative_links_are_kept(string url) => Assert.True(SafeUrl.IsSafe(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox")]
    [InlineData("file:///etc/passwd")]
    [InlineData("\\\\evil\\share")]
    [InlineData("")]
    public void Script_data_and_disguised_schemes_are_refused(string url) => Assert.False(SafeUrl.IsSafe(url));

    [Fact]
    public void A_refused_link_is_written_as_plain_text_and_a_kept_one_encoded()
    {
        Assert.Equal("<a href=\"https://example.com/?a=1&amp;b=%22\">A &amp; B</a>", new StringBuilder().AppendLink("A & B", "https://example.com/?a=1&b=%22").ToString());

        var refused = new StringBuilder().AppendLink("click", "javascript:alert('x')").ToString();

        Assert.StartsWith("<span class=\"blocked-link\"", refused, System.StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", refused, System.StringComparison.Ordinal);
        Assert.DoesNotContain("'x'", refused, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Encoding_escapes_markup_and_drops_characters_xml_forbids() =>
        Assert.Equal("&lt;b&gt; &quot;q&quot; &#39;s&#39; &amp;", HtmlText.Encode("<b> \"q\" 's' &\u0001"));
}
