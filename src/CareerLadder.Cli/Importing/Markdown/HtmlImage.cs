using System;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CareerLadder.Cli.Importing.Markdown;

/// <summary>A chart image: its light source, its dark source and its alternative text.</summary>
/// <param name="Source">The light (or only) image.</param>
/// <param name="Dark">The image for dark colour schemes, or null.</param>
/// <param name="Alt">The alternative text, or null.</param>
/// <param name="LightSource">The <c>prefers-color-scheme: light</c> source of a picture, when it differs from the img's src.</param>
internal sealed record ChartImage(string Source, string? Dark, string? Alt, string? LightSource = null);

/// <summary>
/// Reads <c>&lt;picture&gt;</c> and <c>&lt;img&gt;</c> HTML into a <see cref="ChartImage"/> with AngleSharp's HTML
/// parser: images in comments are not images, attribute values may hold <c>&gt;</c>, entities are decoded.
/// </summary>
internal static class HtmlImage
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The image of an HTML block, or null when it has no <c>&lt;img&gt;</c> or <c>&lt;source&gt;</c>.</summary>
    /// <param name="html">The HTML.</param>
    public static ChartImage? Read(string html)
    {
        var document = Parser.ParseDocument(html);
        string? dark = null;
        string? light = null;
        foreach (var source in document.QuerySelectorAll("source"))
        {
            var srcset = Attribute(source, "srcset") ?? Attribute(source, "src");
            if (srcset is null)
            {
                continue;
            }

            if ((Attribute(source, "media") ?? string.Empty).Contains("dark", StringComparison.OrdinalIgnoreCase))
            {
                dark ??= srcset;
            }
            else
            {
                light ??= srcset;
            }
        }

        var image = document.QuerySelector("img");
        var src = image is null ? null : Attribute(image, "src");
        var alt = image is null ? null : Attribute(image, "alt");
        var main = src ?? light;
        if (main is null)
        {
            return null;
        }

        return new ChartImage(main, dark, alt, light is not null && light != main ? light : null);
    }

    private static string? Attribute(IElement element, string name) => element.GetAttribute(name)?.Trim();
}
