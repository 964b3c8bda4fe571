using System.Collections.Generic;
using System.Globalization;

namespace CareerLadder.Authoring.Naming;

/// <summary>What makes a generated name a safe C# identifier: its characters, its length and its accessor names.</summary>
public static class CSharpIdentifier
{
    /// <summary>
    /// The longest identifier the generator writes, in characters. Metadata holds names of at most 1,024 UTF-8 bytes
    /// (CS7013) and file systems file names of 255; 128 characters leave room for three-byte characters, the
    /// <c>Track</c>/<c>Step</c>/<c>get_</c> affixes and the namespace.
    /// </summary>
    public const int MaxLength = 128;

    /// <summary>The names of the accessor methods C# reserves for a property or indexer called <paramref name="name"/>.</summary>
    /// <param name="name">A member name without <c>@</c>.</param>
    public static IEnumerable<string> AccessorNames(string name)
    {
        yield return "get_" + name;
        yield return "set_" + name;
    }

    /// <summary>
    /// True when <paramref name="identifier"/> (with or without a leading <c>@</c>) is a C# identifier: a letter or
    /// underscore, then letters, digits, underscores, combining marks and connector punctuation.
    /// </summary>
    /// <param name="identifier">The candidate.</param>
    public static bool IsValid(string identifier)
    {
        var bare = identifier.Length > 0 && identifier[0] == '@' ? identifier.Substring(1) : identifier;
        if (bare.Length == 0 || !IsStart(bare[0]))
        {
            return false;
        }

        for (var i = 1; i < bare.Length; i++)
        {
            if (!IsPart(bare[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsStart(char character) => character == '_' || IsLetter(CharUnicodeInfo.GetUnicodeCategory(character));

    private static bool IsPart(char character)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(character);
        return IsLetter(category)
            || category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsLetter(UnicodeCategory category) =>
        category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
}
