using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CareerLadder.Cli.Importing;

/// <summary>
/// Makes the built-in framework written next to imported tracks cover their ranks: a page whose levels start at 1 must
/// not fail validation (CL0018) only because the default rank table starts at 3. Added ranks get no public title.
/// </summary>
internal static class FrameworkRanks
{
    /// <summary>
    /// <paramref name="yaml"/> (a framework file with a block <c>ranks:</c> mapping of <c>  N: ...</c> rows, as the
    /// built-in one) with a <c>N: {}</c> row for every rank of <paramref name="ranks"/> it lacks, rows in increasing order.
    /// </summary>
    /// <param name="yaml">The framework's YAML.</param>
    /// <param name="ranks">The ranks the imported levels use.</param>
    public static string Cover(string yaml, IEnumerable<int> ranks)
    {
        var lines = yaml.Split('\n').ToList();
        var start = lines.IndexOf("ranks:");
        if (start < 0)
        {
            var missing = ranks.Distinct().Order().Select(Row).ToList();
            return missing.Count == 0 ? yaml : yaml.TrimEnd('\n') + "\n\nranks:\n" + string.Join("\n", missing) + "\n";
        }

        var end = start + 1;
        var rows = new List<(int Rank, string Line)>();
        while (end < lines.Count && RankOf(lines[end]) is { } rank)
        {
            rows.Add((rank, lines[end]));
            end++;
        }

        var added = ranks.Distinct().Where(rank => rows.All(row => row.Rank != rank)).Select(rank => (rank, Row(rank))).ToList();
        if (added.Count == 0)
        {
            return yaml;
        }

        lines.RemoveRange(start + 1, end - start - 1);
        lines.InsertRange(start + 1, rows.Concat(added).OrderBy(row => row.Item1).Select(row => row.Item2));
        return string.Join("\n", lines);
    }

    /// <summary>The rank of a row <c>  N: ...</c> of the rank table, or null for any other line.</summary>
    private static int? RankOf(string line)
    {
        var colon = line.IndexOf(':', System.StringComparison.Ordinal);
        return line.StartsWith("  ", System.StringComparison.Ordinal) && colon > 2
            && int.TryParse(line.Substring(2, colon - 2), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var rank)
            ? rank
            : null;
    }

    private static string Row(int rank) => "  " + rank.ToString(CultureInfo.InvariantCulture) + ": {}";
}
