namespace CareerLadder.Authoring.Parsing;

/// <summary>
/// Decides, without parsing, whether a YAML file could be a ladder file: whether one of its lines starts with a kind
/// key (<c>framework</c>, <c>track</c> or <c>overlay</c>), plain or quoted, at any indentation or after an opening
/// <c>{</c>, followed by <c>:</c>. Used for files too large to parse and for files whose syntax error stops the
/// parser before it reads the kind key, so that neither is silently skipped. One pass over the text, no allocation.
/// </summary>
internal static class LadderKindScanner
{

    public static bool CouldBeLadder(string text)
    {
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (character is '\n' or '\r')
            {
                lineStart = true;
                continue;
            }

            if (!lineStart)
            {
                continue;
            }

            if (character is ' ' or '\t' or '{')
            {
                continue;
            }

            lineStart = false;
            if (StartsWithKindKey(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithKindKey(string text, int at)
    {
        var quote = text[at] is '"' or '\'' ? text[at] : '\0';
        var start = quote == '\0' ? at : at + 1;
        foreach (var key in LadderKeys.Kinds)
        {
            if (start + key.Length > text.Length || string.CompareOrdinal(text, start, key, 0, key.Length) != 0)
            {
                continue;
            }

            var next = start + key.Length;
            if (quote != '\0')
            {
                if (next >= text.Length || text[next] != quote)
                {
                    continue;
                }

                next++;
            }

            while (next < text.Length && text[next] is ' ' or '\t')
            {
                next++;
            }

            if (next < text.Length && text[next] == ':')
            {
                return true;
            }
        }

        return false;
    }
}
