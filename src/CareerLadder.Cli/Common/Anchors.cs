using System.Globalization;
using System.Text;

namespace CareerLadder.Cli.Common;

/// <summary>Heading anchors the way GitHub computes them, so links written by hand and by the renderer agree.</summary>
public static class Anchors
{
    /// <summary>
    /// Lowercases the heading, keeps letters, digits, spaces, hyphens and underscores, and turns each space into a hyphen:
    /// <c>PE5 - Product Engineer 5</c> → <c>pe5---product-engineer-5</c>.
    /// </summary>
    /// <param name="heading">The heading's text.</param>
    public static string Slug(string heading)
    {
        var builder = new StringBuilder(heading.Length);
        foreach (var character in heading.Trim().ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetterOrDigit(character) || character is '-' or '_')
            {
                builder.Append(character);
            }
            else if (character == ' ')
            {
                builder.Append('-');
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }
}
