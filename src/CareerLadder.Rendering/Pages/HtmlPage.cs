using System;
using System.Collections.Generic;
using System.Text;
using CareerLadder.Rendering.Text;
using CareerLadder.Rendering.Views;

namespace CareerLadder.Rendering.Pages;

/// <summary>
/// The document around a page's body: language, viewport, <c>color-scheme</c>, the title and <see cref="PageStyles"/>.
/// The markup is well-formed XML (void elements self-closed), so that tools and tests can parse it.
/// </summary>
public static class HtmlPage
{
    /// <summary>Wraps a body into a whole document.</summary>
    /// <param name="title">The page title (plain text).</param>
    /// <param name="body">The body's HTML, placed in <c>&lt;main&gt;</c> after the navigation.</param>
    /// <param name="navigation">The site links shown above the content, or null.</param>
    /// <param name="language">The language of the texts (BCP 47), <c>en</c> by default.</param>
    /// <param name="theme"><c>light</c> or <c>dark</c> to force a palette; anything else follows the browser.</param>
    /// <param name="script">A script that enhances the page (it works without it), or null.</param>
    /// <param name="wide">True for a page whose content is wide (the career-path graph): the text column grows to 90rem.</param>
    public static string Document(string title, string body, IReadOnlyList<LinkView>? navigation = null, string? language = null, string? theme = null, string? script = null, bool wide = false)
    {
        if (title is null)
        {
            throw new ArgumentNullException(nameof(title));
        }

        var html = new StringBuilder(body.Length + PageStyles.Css.Length + 512);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(HtmlText.Encode(string.IsNullOrEmpty(language) ? "en" : language!)).Append('"');
        if (theme is "light" or "dark")
        {
            html.Append(" data-theme=\"").Append(theme).Append('"');
        }

        html.Append(">\n<head>\n<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Append("<meta name=\"color-scheme\" content=\"light dark\" />\n<title>").Append(HtmlText.Encode(title)).Append("</title>\n<style>\n")
            .Append(PageStyles.Css).Append("</style>\n</head>\n<body>\n").Append(wide ? "<main class=\"wide\">\n" : "<main>\n");
        if (navigation is { Count: > 0 })
        {
            html.Append("<nav class=\"site\" aria-label=\"Site\">");
            foreach (var link in navigation)
            {
                html.AppendLink(link.Text, link.Url);
            }

            html.Append("</nav>\n");
        }

        html.Append(body).Append("</main>\n");
        if (script is not null)
        {
            html.Append("<script>\n//<![CDATA[\n").Append(script.Replace("]]>", "]]\\>")).Append("\n//]]>\n</script>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }
}
