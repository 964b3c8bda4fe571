using System.Collections.Generic;
using System.Linq;

namespace CareerLadder.Cli.Importing.Building;

/// <summary>Tells a translated page from its script: Hangul is Korean, kana Japanese, Han Chinese, and so on.</summary>
internal static class ScriptDetector
{
    /// <summary>
    /// The culture of texts written mostly (a third or more of their letters) in a non-Latin script, or null for Latin
    /// texts. Returns "" when the script is not one the importer knows.
    /// </summary>
    /// <param name="texts">The page's sentences.</param>
    public static string? Culture(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, int>();
        var letters = 0;
        foreach (var character in texts.SelectMany(text => text))
        {
            if (!char.IsLetter(character))
            {
                continue;
            }

            letters++;
            var script = Script(character);
            if (script is not null)
            {
                counts[script] = counts.TryGetValue(script, out var count) ? count + 1 : 1;
            }
        }

        var nonLatin = counts.Values.Sum();
        if (letters == 0 || nonLatin * 3 < letters)
        {
            return null;
        }

        if (counts.ContainsKey("ja"))
        {
            return "ja";
        }

        return counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, System.StringComparer.Ordinal).First().Key;
    }

    private static string? Script(char character) => character switch
    {
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' => "ko",
        >= '\u3040' and <= '\u30FF' => "ja",
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' => "zh",
        >= '\u0400' and <= '\u04FF' => "ru",
        >= '\u0370' and <= '\u03FF' => "el",
        >= '\u0590' and <= '\u05FF' => "he",
        >= '\u0600' and <= '\u06FF' => "ar",
        >= '\u0900' and <= '\u097F' => "hi",
        >= '\u0E00' and <= '\u0E7F' => "th",
        _ when character > '\u024F' => string.Empty,
        _ => null,
    };
}
