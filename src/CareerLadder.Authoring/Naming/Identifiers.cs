using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CareerLadder.Authoring.Naming;

/// <summary>Turns ladder names into C# identifiers.</summary>
public static class Identifiers
{
    private static readonly HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// Converts any name to PascalCase: letters and digits are kept, every other character starts a new word.
    /// Returns null when nothing usable is left. A leading digit gets an underscore in front.
    /// </summary>
    /// <param name="name">The name, for example <c>technical-program-manager</c> or <c>Multiple Teams</c>.</param>
    public static string? ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var character in name)
        {
            if (!char.IsLetterOrDigit(character))
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(character) : character);
            upperNext = false;
        }

        if (builder.Length == 0)
        {
            return null;
        }

        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return Escape(builder.ToString());
    }

    /// <summary>Prefixes C# keywords with <c>@</c> so they can be used as names.</summary>
    /// <param name="identifier">A valid identifier.</param>
    public static string Escape(string identifier) => Keywords.Contains(identifier) ? "@" + identifier : identifier;

    /// <summary>Formats an integer for generated code.</summary>
    /// <param name="value">The number.</param>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
