using System;
using System.Globalization;

namespace CareerLadder;

/// <summary>
/// Parsing of the generated step enums (for example <c>TechnologyStep</c>) from names, ignoring case, or numbers, with
/// a range check that <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> lacks: <c>"9"</c> or
/// <c>"Adopts,Masters"</c> are not steps.
/// </summary>
public static class StepEnums
{
    /// <summary>Parses a step name (<c>specializes</c>) or number (<c>2</c>) of <typeparamref name="TEnum"/> without allocating.</summary>
    /// <typeparam name="TEnum">The step enum.</typeparam>
    /// <param name="text">The name or number.</param>
    /// <param name="step">The step, when <paramref name="text"/> names one.</param>
    public static bool TryParse<TEnum>(ReadOnlySpan<char> text, out TEnum step)
        where TEnum : struct, Enum
    {
        text = text.Trim();
        if (text.IsEmpty || text.IndexOf(',') >= 0)
        {
            step = default;
            return false;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return TryFromNumber(number, out step);
        }

        if ((text[0] == '-' || text[0] == '+') || !Enum.TryParse(text, ignoreCase: true, out step) || !Enum.IsDefined(step))
        {
            step = default;
            return false;
        }

        return true;
    }

    /// <summary>Returns the step with the value <paramref name="number"/> when <typeparamref name="TEnum"/> defines it.</summary>
    /// <typeparam name="TEnum">The step enum.</typeparam>
    /// <param name="number">The 1-based step value.</param>
    /// <param name="step">The step.</param>
    public static bool TryFromNumber<TEnum>(int number, out TEnum step)
        where TEnum : struct, Enum
    {
        if (System.Runtime.CompilerServices.Unsafe.SizeOf<TEnum>() == sizeof(int))
        {
            step = System.Runtime.CompilerServices.Unsafe.As<int, TEnum>(ref number);
            if (Enum.IsDefined(step))
            {
                return true;
            }
        }

        step = default;
        return false;
    }

    internal static string Describe<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>()) + " or 1 to " + Enum.GetValues<TEnum>().Length;
}
