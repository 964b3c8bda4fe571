using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace CareerLadder.Cli.Importing;

/// <summary>Derives ids, abbreviations and level codes from the names a page uses.</summary>
internal static class Naming
{
    private static readonly string[] SmallWords = { "of", "and", "the", "for", "in", "a", "an", "to", "de" };
    private static readonly Regex PathSuffix = new(@"^(?<head>.*?)\s*\((?<name>[^()]+?)\s+(path|track|ladder)\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex TrailingNumber = new(@"^(?<name>.*?\S)\s+(?<number>\d+)$", RegexOptions.CultureInvariant);
    private static readonly Regex CodeNumber = new(@"(?<number>\d+)$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The track name of a page title: the title itself, or <c>X</c> for a title that ends with <c>(X Path)</c>, <c>(X Track)</c>
    /// or <c>(X Ladder)</c>, as in "Director of Engineering (People Manager Path)".
    /// </summary>
    /// <param name="title">The page's first heading.</param>
    public static string TrackName(string title)
    {
        var match = PathSuffix.Match(title.Trim());
        return match.Success ? match.Groups["name"].Value.Trim() : title.Trim();
    }

    /// <summary>A kebab-case id: ASCII letters and digits, every other run of characters a single dash.</summary>
    /// <param name="name">The name.</param>
    /// <param name="fallback">Used when the name has no ASCII letter or digit.</param>
    public static string Id(string name, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var character in Latin(name).Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (character is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(character);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var id = builder.ToString().Trim('-');
        while (id.Length > 0 && !char.IsLetter(id[0]))
        {
            id = id.Substring(1).TrimStart('-');
        }

        return id.Length == 0 ? fallback : id;
    }

    /// <summary>
    /// The initials of the name's words, small words left out: "Technical Program Manager" → <c>TPM</c>. A name in
    /// another script is transliterated first (テックリード → <c>T</c> of "tekkuriido"), so no two names share a placeholder.
    /// </summary>
    /// <param name="name">The name.</param>
    public static string Abbreviation(string name)
    {
        var words = Regex.Split(Latin(name), @"[^\p{L}\p{Nd}]+").Where(word => word.Length > 0).ToList();
        var initials = words.Where(word => !SmallWords.Contains(word.ToLowerInvariant()) && char.IsAsciiLetter(word[0]))
            .Select(word => char.ToUpperInvariant(word[0]))
            .ToArray();
        return initials.Length > 0 ? new string(initials) : "T";
    }

    /// <summary>
    /// An abbreviation for <paramref name="name"/> that <paramref name="isTaken"/> rejects for no other track: the initials,
    /// else the initials followed by the next letters of the name ("Engineer" → <c>E</c>, <c>EN</c>, <c>ENG</c>), else
    /// the initials with a letter added.
    /// </summary>
    /// <param name="name">The track name.</param>
    /// <param name="isTaken">Whether another track uses an abbreviation.</param>
    public static string UniqueAbbreviation(string name, System.Func<string, bool> isTaken)
    {
        var initials = Abbreviation(name);
        if (!isTaken(initials))
        {
            return initials;
        }

        var letters = new string(Latin(name).Where(char.IsAsciiLetter).Select(char.ToUpperInvariant).ToArray());
        for (var length = initials.Length + 1; length <= letters.Length && length <= 6; length++)
        {
            var candidate = initials + letters.Substring(initials.Length == 1 ? 1 : 0, length - initials.Length);
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }

        for (var letter = 'A'; letter <= 'Z'; letter++)
        {
            if (!isTaken(initials + letter))
            {
                return initials + letter;
            }
        }

        return initials + "X";
    }

    /// <summary>The name in Latin letters: other scripts transliterated with AnyAscii, Latin text unchanged.</summary>
    /// <param name="name">The name.</param>
    /// <remarks>Only letters and digits are transliterated: AnyAscii spells symbols and emoji out (<c>:globe:</c>), which would end up in ids.</remarks>
    public static string Latin(string name)
    {
        if (name.All(character => character < 0x250))
        {
            return name;
        }

        var builder = new StringBuilder();
        foreach (var rune in name.EnumerateRunes())
        {
            builder.Append(rune.Value < 0x250 ? rune.ToString() : System.Text.Rune.IsLetterOrDigit(rune) ? AnyAscii.Transliteration.Transliterate(rune.ToString()) : " ");
        }

        return builder.ToString();
    }

    /// <summary>Splits "Product Engineer 5" into its name and number; null when the text does not end with a number.</summary>
    /// <param name="text">A title or alt text.</param>
    public static (string Name, int Number)? NameAndNumber(string text)
    {
        var match = TrailingNumber.Match(text.Trim());
        return match.Success && int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (match.Groups["name"].Value, number)
            : null;
    }

    /// <summary>The number at the end of a level code (<c>TPM3</c> → 3), or null.</summary>
    /// <param name="code">The code.</param>
    public static int? CodeNumberOf(string code)
    {
        var match = CodeNumber.Match(code);
        return match.Success && int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>The letters before the number of a level code (<c>TPM3</c> → <c>TPM</c>).</summary>
    /// <param name="code">The code.</param>
    public static string CodePrefix(string code) => CodeNumber.Replace(code, string.Empty);

    /// <summary>Lowercase letters and digits only, for comparing names written differently ("Technical Program Manager", "technicalprogrammanager").</summary>
    /// <param name="text">The text.</param>
    public static string Compact(string text) => new(text.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
