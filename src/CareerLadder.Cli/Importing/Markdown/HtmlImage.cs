using System.Text.RegularExpressions;

namespace CareerLadder.Cli.Importing.Markdown;

/// <summary>A chart image: its light source, its dark source and its alternative text.</summary>
/// <param name="Source">The light (or only) image.</param>
/// <param name="Dark">The image for dark colour schemes, or null.</param>
/// <param name="Alt">The alternative text, or null.</param>
/// <param name="LightSource">The <c>prefers-color-scheme: light</c> source of a picture, when it differs from the img's src.</param>
internal sealed record ChartImage(string Source, string? Dark, string? Alt, string? LightSource = null);

/// <summary>Reads <c>&lt;picture&gt;</c> and <c>&lt;img&gt;</c> HTML into a <see cref="ChartImage"/>.</summary>
internal static class HtmlImage
{
    private static readonly Regex Source = new(@"<source\b(?<attributes>[^>]*)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex Image = new(@"<img\b(?<attributes>[^>]*)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The image of an HTML block, or null when it has no <c>&lt;img&gt;</c> or <c>&lt;source&gt;</c>.</summary>
    /// <param name="html">The HTML.</param>
    public static ChartImage? Read(string html)
    {
        string? dark = null;
        string? light = null;
        foreach (Match source in Source.Matches(html))
        {
            var attributes = source.Groups["attributes"].Value;
            var srcset = Attribute(attributes, "srcset") ?? Attribute(attributes, "src");
            var media = Attribute(attributes, "media") ?? string.Empty;
            if (srcset is null)
            {
                continue;
            }

            if (media.Contains("dark", System.StringComparison.OrdinalIgnoreCase))
            {
                dark ??= srcset;
            }
            else
            {
                light ??= srcset;
            }
        }

        var image = Image.Match(html);
        var src = image.Success ? Attribute(image.Groups["attributes"].Value, "src") : null;
        var alt = image.Success ? Attribute(image.Groups["attributes"].Value, "alt") : null;
        var main = src ?? light;
        if (main is null)
        {
            return null;
        }

        return new ChartImage(main, dark, alt, light is not null && light != main ? light : null);
    }

    private static string? Attribute(string attributes, string name)
    {
        var match = Regex.Match(attributes, @"\b" + name + @"\s*=\s*(""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>]+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups["value"].Value).Trim() : null;
    }
}
