using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace CareerLadder.Cli.Common;

/// <summary>Culture names as the overlays use them: language, optional script and region.</summary>
public static class Cultures
{
    private static readonly Regex CultureName = new(@"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?\z", RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="name"/> looks like a culture name (<c>ko</c>, <c>pt-BR</c>, <c>zh-Hant-TW</c>).</summary>
    /// <param name="name">The name.</param>
    public static bool IsValid(string name) => CultureName.IsMatch(name);

    /// <summary>The culture and its parents, most specific first: <c>zh-Hant-TW</c>, <c>zh-Hant</c>, <c>zh</c>.</summary>
    /// <param name="name">A valid culture name.</param>
    public static IReadOnlyList<string> FallbackChain(string name)
    {
        var chain = new List<string>();
        var current = name;
        while (current.Length > 0)
        {
            chain.Add(current);
            var dash = current.LastIndexOf('-');
            current = dash < 0 ? string.Empty : current.Substring(0, dash);
        }

        return chain;
    }
}
