using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace CareerLadder;

/// <summary>What changes between two levels: the competencies that move and by how many steps.</summary>
public sealed class LevelGap
{
    private LevelGap(Level from, Level to, IReadOnlyList<CompetencyGap> changes)
    {
        From = from;
        To = to;
        Changes = changes;
    }

    /// <summary>The starting level.</summary>
    public Level From { get; }

    /// <summary>The target level.</summary>
    public Level To { get; }

    /// <summary>Rank difference from <see cref="From"/> to <see cref="To"/>.</summary>
    public int Ranks => To.Rank - From.Rank;

    /// <summary>The competencies whose step differs, in framework order.</summary>
    public IReadOnlyList<CompetencyGap> Changes { get; }

    /// <summary>The sum of <see cref="CompetencyGap.Steps"/> over all changes.</summary>
    public int TotalSteps
    {
        get
        {
            var total = 0;
            foreach (var change in Changes)
            {
                total += change.Steps;
            }

            return total;
        }
    }

    internal static LevelGap Between(Level from, Level to)
    {
        if (from is null)
        {
            throw new ArgumentNullException(nameof(from));
        }

        if (to is null)
        {
            throw new ArgumentNullException(nameof(to));
        }

        var changes = new List<CompetencyGap>();
        var slots = Math.Max(from.ExpectationSlots, to.ExpectationSlots);
        for (var index = 0; index < slots; index++)
        {
            var source = from.GetExpectationAt(index);
            var target = to.GetExpectationAt(index);
            if (source?.Step.Value == target?.Step.Value)
            {
                continue;
            }

            changes.Add(new CompetencyGap((target ?? source)!.Competency, source?.Step, target?.Step));
        }

        return new LevelGap(from, to, new ReadOnlyCollection<CompetencyGap>(changes));
    }

    /// <summary>Returns <c>FROM → TO</c> followed by the changes.</summary>
    public override string ToString() => From.Code + " → " + To.Code + (Changes.Count == 0 ? ": no change" : ": " + string.Join(", ", Changes));
}
