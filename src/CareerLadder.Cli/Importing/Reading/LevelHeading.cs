using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerLadder.Cli.Importing.Reading;

/// <summary>A level named by a heading or a table cell: its code when it gives one, its number, its title.</summary>
/// <param name="Code">The level code as written (<c>TPM3</c>, <c>L2</c>), or null when the heading gives only a number or a band.</param>
/// <param name="Number">The number the heading gives (3 for <c>Level 3</c>, <c>(IC 3)</c> or <c>L3</c>), or null.</param>
/// <param name="Title">The title beside the code or number, if any.</param>
internal sealed record ParsedLevel(string? Code, int? Number, string? Title);

/// <summary>
/// Recognizes level headings and position links in the shapes career pages use: a code (<c>TPM3</c>,
/// <c>PE5 - Product Engineer 5</c>, <c>L2: Engineer</c>, <c>P3 – Senior</c>), a level word with a number in several
/// languages (<c>Level 3</c>, <c>Niveau 2 : Confirmé</c>, <c>レベル 1</c>), or a title with a band in parentheses
/// (<c>Apprentice (IC 1)</c>, <c>(IC 4a) Senior</c>).
/// </summary>
internal static class LevelHeading
{
    private const string Separator = @"\s*[-–—:：.)]\s*";
    private static readonly Regex Code = new(@"^(?<code>[A-Za-z][A-Za-z_]*(?<number>[0-9]+)[A-Za-z0-9_]*)(" + Separator + @"(?<title>.+?))?\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Word = new(
        @"^(level|lvl|niveau|nivel|nível|livello|stufe|poziom|grade|band|rank|уровень|レベル|レベル|等級|級|레벨|级别|等级)\s*(?<number>[0-9]{1,3})(?<band>[a-z]?)\b(" + Separator + @"(?<title>.+?))?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex Band = new(@"^(?<before>.*?)\s*\((?<band>[A-Z]{1,4})\s*-?\s*(?<number>[0-9]{1,3})(?<suffix>[a-z]?)\)\s*(?<after>.*?)\s*$", RegexOptions.CultureInvariant);

    /// <summary>The level a heading or link text names, or null when it names none.</summary>
    /// <param name="text">The heading or link text.</param>
    public static ParsedLevel? Parse(string text)
    {
        var trimmed = text.Trim();
        if (Code.Match(trimmed) is { Success: true } code)
        {
            var title = code.Groups["title"].Success ? code.Groups["title"].Value.Trim() : null;
            return new ParsedLevel(code.Groups["code"].Value, NumberOf(code), string.IsNullOrEmpty(title) ? null : title);
        }

        if (Word.Match(trimmed) is { Success: true } word)
        {
            var title = word.Groups["title"].Success ? word.Groups["title"].Value.Trim() : null;
            return new ParsedLevel(null, NumberOf(word), string.IsNullOrEmpty(title) ? null : title);
        }

        if (Band.Match(trimmed) is { Success: true } band)
        {
            var title = (band.Groups["before"].Value + " " + band.Groups["after"].Value).Trim().Trim('-', '–', '—', ':').Trim();
            return new ParsedLevel(null, NumberOf(band), title.Length == 0 ? null : title);
        }

        return null;
    }

    private static int? NumberOf(Match match) =>
        int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
