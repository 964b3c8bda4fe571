using System;
using System.Collections.Generic;
using System.Globalization;

namespace CareerLadder;

/// <summary>
/// Text of a ladder in its base language plus translations from localization overlays.
/// Lookups follow .NET culture fallback: <c>ko-KR</c>, then <c>ko</c>, then the base text.
/// </summary>
public sealed partial class LocalizedText
{
    private readonly KeyValuePair<string, string>[] _translations;

    // Read by ToString through the field: a fresh process that prints a text compiles one getter less.
    private readonly string _text;

    /// <summary>Creates a text that exists only in the base language.</summary>
    /// <param name="text">The text as written in the base ladder.</param>
    public LocalizedText(string text)
        : this(text, Array.Empty<KeyValuePair<string, string>>())
    {
    }

    /// <summary>Creates a text with translations keyed by culture name (for example <c>ko</c> or <c>pt-BR</c>).</summary>
    /// <param name="text">The text as written in the base ladder.</param>
    /// <param name="translations">Translations keyed by culture name; culture names compare case-insensitively.</param>
    public LocalizedText(string text, params KeyValuePair<string, string>[] translations)
    {
        _text = text ?? throw new ArgumentNullException(nameof(text));
        _translations = (KeyValuePair<string, string>[])(translations ?? throw new ArgumentNullException(nameof(translations))).Clone();
        foreach (var translation in _translations)
        {
            if (translation.Key is null || translation.Value is null)
            {
                throw new ArgumentException("Translations need a culture name and a text.", nameof(translations));
            }
        }
    }

    /// <summary>The text in the ladder's base language.</summary>
    public string Text => _text;

    /// <summary>Names of the cultures this text has a translation for, in declaration order.</summary>
    public IEnumerable<string> Cultures
    {
        get
        {
            foreach (var translation in _translations)
            {
                yield return translation.Key;
            }
        }
    }

    /// <summary>
    /// Every translation as (culture name, text) pairs, in declaration order, without the base text; JSON writes a text
    /// in the current UI culture only, so an API that needs all languages returns these.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Translations => _translations;

    /// <summary>
    /// Returns the text for <paramref name="culture"/>, walking up its parent cultures and falling back to the base text.
    /// </summary>
    /// <param name="culture">The culture to look up; <see langword="null"/> means the base text.</param>
    public string Get(CultureInfo? culture)
    {
        if (_translations.Length == 0)
        {
            return Text;
        }

        for (var current = culture; current is not null && current.Name.Length > 0; current = current.Parent)
        {
            foreach (var translation in _translations)
            {
                if (string.Equals(translation.Key, current.Name, StringComparison.OrdinalIgnoreCase))
                {
                    return translation.Value;
                }
            }
        }

        return Text;
    }

    /// <summary>Returns the text for <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    /// <remarks>A text without translations does not read the culture: printing a level in a fresh process initializes no culture.</remarks>
    public override string ToString() => _translations.Length == 0 ? _text : Get(CultureInfo.CurrentUICulture);
}
