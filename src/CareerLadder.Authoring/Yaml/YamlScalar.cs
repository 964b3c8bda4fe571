using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CareerLadder.Authoring.Yaml;

/// <summary>
/// Writes YAML scalars the way ladders/README.md asks: plain when safe, double-quoted otherwise (a scalar containing
/// <c>: </c> or <c> #</c>, ending with <c>:</c>, starting with a special character, or reading as a number, boolean or null).
/// </summary>
public static class YamlScalar
{
    private static readonly char[] FlowIndicators = { ',', '[', ']', '{', '}' };

    private static readonly Regex Special = new(@"^(true|false|yes|no|on|off|y|n|null|~|[-+]?(\.inf|\.nan)|[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.[0-9]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The scalar as written after <c>key: </c> or <c>- </c>.</summary>
    /// <param name="value">The text.</param>
    public static string Format(string value) => NeedsQuotes(value) ? Quote(value) : value;

    /// <summary>The scalar as written inside a flow list (<c>[a, b]</c>), where <c>,[]{}</c> need quotes too.</summary>
    /// <param name="value">The text.</param>
    public static string FormatInFlow(string value) => NeedsQuotes(value) || value.IndexOfAny(FlowIndicators) >= 0 ? Quote(value) : value;

    /// <summary>Items as a YAML flow list's content, without the brackets: <c>Team, "A, B"</c>.</summary>
    /// <param name="values">The items.</param>
    public static string FlowItems(System.Collections.Generic.IEnumerable<string> values) => string.Join(", ", System.Linq.Enumerable.Select(values, FormatInFlow));

    /// <summary>Whether the text must be quoted.</summary>
    /// <param name="value">The text.</param>
    public static bool NeedsQuotes(string value)
    {
        if (value.Length == 0 || value != value.Trim() || Special.IsMatch(value))
        {
            return true;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) >= 0)
        {
            return true;
        }

        if (value.IndexOf(": ", System.StringComparison.Ordinal) >= 0 || value.IndexOf(" #", System.StringComparison.Ordinal) >= 0 || value.EndsWith(":", System.StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var character in value)
        {
            if (char.IsControl(character) || character is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(character))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text in double quotes with YAML escapes.</summary>
    /// <param name="value">The text.</param>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            switch (character)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                default:
                    if (char.IsHighSurrogate(character) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(character).Append(value[++i]);
                    }
                    else if (char.IsControl(character) || char.IsSurrogate(character) || character is '\u0085' or '\u2028' or '\u2029' or '\uFEFF')
                    {
                        builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(character);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
