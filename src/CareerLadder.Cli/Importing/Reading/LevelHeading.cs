using System.Text.RegularExpressions;

namespace CareerLadder.Cli.Importing.Reading;

/// <summary>Recognizes level headings and position links: <c>TPM3</c>, <c>PE5 - Product Engineer 5</c>.</summary>
internal static class LevelHeading
{
    private static readonly Regex Pattern = new(@"^(?<code>[A-Za-z][A-Za-z_]*[0-9][A-Za-z0-9_]*)(\s*[-–—:]\s*(?<title>.+?))?\s*$", RegexOptions.CultureInvariant);

    /// <summary>Splits a heading into code and title, or returns null when it does not start with a level code.</summary>
    /// <param name="text">The heading or link text.</param>
    public static (string Code, string? Title)? Parse(string text)
    {
        var match = Pattern.Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var title = match.Groups["title"].Success ? match.Groups["title"].Value.Trim() : null;
        return (match.Groups["code"].Value, string.IsNullOrEmpty(title) ? null : title);
    }
}
