using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CareerLadder.Rendering.Pages;
using Xunit;

namespace CareerLadder.Rendering.Tests;

/// <summary>Every text colour of both palettes reaches 4.5:1 on every background it is drawn on (the browser tests measure the pages too).</summary>
public sealed class ThemeContrastTests
{
    public static TheoryData<string, string, string> Pairs()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var palette in new[] { "light", "dark" })
        {
            foreach (var text in new[] { "fg", "muted", "accent", "move" })
            {
                foreach (var background in new[] { "bg", "card", "node" })
                {
                    data.Add(palette, text, background);
                }
            }

            data.Add(palette, "mark-fg", "mark");
            data.Add(palette, "bg", "accent");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Text_reaches_four_and_a_half_to_one(string palette, string text, string background)
    {
        var colours = Parse(palette == "light" ? Theme.Light : Theme.Dark);

        var ratio = Contrast(colours[text], colours[background]);

        Assert.True(ratio >= 4.5, $"{palette}: --{text} {colours[text]} on --{background} {colours[background]} is {ratio:0.00}:1.");
    }

    private static Dictionary<string, string> Parse(string palette) =>
        palette.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(declaration => declaration.StartsWith("--", StringComparison.Ordinal))
            .Select(declaration => declaration.Split(':', 2))
            .ToDictionary(pair => pair[0].Trim()[2..], pair => pair[1].Trim());

    private static double Contrast(string a, string b)
    {
        var (first, second) = (Luminance(a), Luminance(b));
        return (Math.Max(first, second) + 0.05) / (Math.Min(first, second) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var value = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }
}
