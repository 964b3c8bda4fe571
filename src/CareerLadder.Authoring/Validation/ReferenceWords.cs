using System.Collections.Generic;
using System.Text;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Splits a chart path or text into the lowercase words and numbers it is made of, so that every way of writing a
/// name compares equal once the words are joined: <c>technical-program-manager-4</c>, <c>TechnicalProgramManager4</c>,
/// <c>technical_program_manager 4</c> and <c>technicalprogrammanager-4</c> all give <c>technicalprogrammanager</c>
/// then <c>4</c>. A file extension (<c>.png</c> in <c>level-1.png</c>) is not a word of the reference.
/// </summary>
internal static class ReferenceWords
{
    private const int MaxExtensionLength = 4;

    /// <summary>The words of <paramref name="text"/>: letters and digits split at punctuation, between letters and digits and at camel case.</summary>
    public static List<string> Split(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (!char.IsLetterOrDigit(character))
            {
                Flush(words, word);
                if (character == '.' && index > 0 && char.IsLetterOrDigit(text[index - 1]))
                {
                    index += ExtensionLength(text, index + 1);
                }

                continue;
            }

            if (word.Length > 0 && StartsWord(text[index - 1], character, index + 1 < text.Length ? text[index + 1] : ' '))
            {
                Flush(words, word);
            }

            word.Append(char.ToLowerInvariant(character));
        }

        Flush(words, word);
        return words;
    }

    /// <summary>Letters and digits only, in lowercase: the form a name takes when its words are joined (<c>Technical Program-Manager</c> is <c>technicalprogrammanager</c>).</summary>
    public static string Join(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character))
            {
                builder.Append(char.ToLowerInvariant(character));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The length of the file extension that starts at <paramref name="start"/> (just after a dot), or 0: one to four
    /// letters or digits, the first a letter, followed by the end of the text, a space or a URL's query or fragment.
    /// </summary>
    private static int ExtensionLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start <= MaxExtensionLength && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        var length = end - start;
        var ends = end == text.Length || char.IsWhiteSpace(text[end]) || text[end] is '?' or '#' or ')' or ',' or ';' or '"' or '\'';
        return length is > 0 and <= MaxExtensionLength && char.IsLetter(text[start]) && ends ? length : 0;
    }

    private static bool StartsWord(char previous, char current, char next) =>
        char.IsDigit(previous) != char.IsDigit(current)
        || (char.IsLower(previous) && char.IsUpper(current))
        || (char.IsUpper(previous) && char.IsUpper(current) && char.IsLower(next));

    private static void Flush(List<string> words, StringBuilder word)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
