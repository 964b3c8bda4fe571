using System;
using System.Globalization;

namespace CareerLadder.Rendering.Text;

/// <summary>Numbers written into SVG and CSS: invariant culture, at most two decimals.</summary>
internal static class Invariant
{
    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
