using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;

namespace CareerLadder;

/// <summary>
/// What changes between two levels: the competencies that move and by how many steps. Steps are compared only when the
/// target level expects some (<see cref="ComparesSteps"/>): a move to a level described by its sections alone, such as a
/// people-manager level, is said in words by <see cref="ToString"/> rather than as a list of steps going to nothing.
/// </summary>
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

    /// <summary>The competencies whose step differs, in framework order; empty when <see cref="ComparesSteps"/> is false.</summary>
    public IReadOnlyList<CompetencyGap> Changes { get; }

    /// <summary>Whether the target level belongs to another track: a career move rather than a promotion.</summary>
    public bool IsCareerMove => !ReferenceEquals(From.Track, To.Track);

    /// <summary>
    /// Whether competency steps are compared: the target level expects at least one step. A level that expects none
    /// (measured by its sections) has no steps to compare with, so <see cref="Changes"/> is empty and
    /// <see cref="TotalSteps"/> is 0.
    /// </summary>
    public bool ComparesSteps => To.Expectations.Count > 0;

    /// <summary>The sum of <see cref="CompetencyGap.Steps"/> over all changes (0 when <see cref="ComparesSteps"/> is false).</summary>
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
        var slots = to.Expectations.Count == 0 ? 0 : Math.Max(from.ExpectationSlots, to.ExpectationSlots);
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

    /// <summary>
    /// The gap in words, in the current UI culture: <c>TPM3 → TPM4: Process: Adjusts → Defines (+1)</c>; a move to another
    /// track names it (<c>EM4 → TPM4: career move to Technical Program Manager; ...</c>); a move to a level that expects no
    /// steps names what describes it instead (<c>TPM5 → PM5: career move to People Manager; PM5 expects no competency
    /// steps: it is described by its sections Years of experience, Scope</c>).
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder(From.Code).Append(" → ").Append(To.Code).Append(": ");
        if (IsCareerMove)
        {
            text.Append("career move to ").Append(To.Track.Name).Append("; ");
        }

        if (!ComparesSteps)
        {
            text.Append(To.Code).Append(" expects no competency steps");
            if (To.Sections.Count > 0)
            {
                text.Append(": it is described by its sections ");
                for (var index = 0; index < To.Sections.Count; index++)
                {
                    text.Append(index == 0 ? string.Empty : ", ").Append(To.Sections[index].Name);
                }
            }

            return text.ToString();
        }

        return Changes.Count == 0 ? text.Append("no change").ToString() : text.Append(string.Join(", ", Changes)).ToString();
    }
}
