using System;
using System.Linq;
using CareerLadder.Authoring.Model;
using CareerLadder.Cli.Common;

namespace CareerLadder.Cli.Rendering;

/// <summary>
/// Picks the text to show in the requested culture, walking the culture's parents (<c>ko-KR</c> → <c>ko</c>) and falling
/// back to the base text, as the generated <c>LocalizedText</c> does at run time.
/// </summary>
public sealed class TextSelector
{
    private readonly string[] _chain;

    /// <summary>Creates a selector.</summary>
    /// <param name="culture">The culture name, or null for the base language.</param>
    public TextSelector(string? culture)
    {
        Culture = culture;
        _chain = culture is null ? Array.Empty<string>() : Cultures.FallbackChain(culture).ToArray();
    }

    /// <summary>The requested culture, or null for the base language.</summary>
    public string? Culture { get; }

    /// <summary>The text in the requested culture, or the base text.</summary>
    /// <param name="text">The text with its translations.</param>
    public string Get(CodeText text)
    {
        foreach (var culture in _chain)
        {
            var translation = text.Translations.FirstOrDefault(candidate => string.Equals(candidate.Culture, culture, StringComparison.OrdinalIgnoreCase));
            if (translation is not null)
            {
                return translation.Text;
            }
        }

        return text.Text;
    }

    /// <summary>The text in the requested culture, the base text, or null when there is no text.</summary>
    /// <param name="text">The text, or null.</param>
    public string? GetOrNull(CodeText? text) => text is null ? null : Get(text);
}
