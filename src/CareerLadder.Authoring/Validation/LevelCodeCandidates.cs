using System;
using System.Collections.Generic;
using System.Linq;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// The level codes to suggest for an unknown code, likeliest first: codes with the same letters before the number (the
/// same track, <c>SE7</c> → <c>SE6</c>) in order, then all codes in order. Built once per validation so that each unknown
/// code costs only what <see cref="Diagnostics.Suggestions.DidYouMean"/> looks at, not a sort of every code.
/// </summary>
internal sealed class LevelCodeCandidates
{
    private readonly List<string> _all;
    private readonly Dictionary<string, List<string>> _byPrefix = new(StringComparer.OrdinalIgnoreCase);

    public LevelCodeCandidates(IEnumerable<string> codes)
    {
        _all = codes.Distinct(StringComparer.Ordinal).OrderBy(code => code, StringComparer.Ordinal).ToList();
        foreach (var code in _all)
        {
            var prefix = Prefix(code);
            if (!_byPrefix.TryGetValue(prefix, out var group))
            {
                _byPrefix[prefix] = group = new List<string>();
            }

            group.Add(code);
        }
    }

    public IEnumerable<string> For(string unknown) =>
        _byPrefix.TryGetValue(Prefix(unknown), out var group) ? group.Concat(_all) : _all;

    private static string Prefix(string code)
    {
        var end = code.Length;
        while (end > 0 && char.IsDigit(code[end - 1]))
        {
            end--;
        }

        return code.Substring(0, end);
    }
}
