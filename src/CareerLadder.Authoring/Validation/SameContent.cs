using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Levels are equal when their expectations and sections — written or inherited — say the same in the base language,
/// wherever they are written.
/// </summary>
internal sealed class SameContent : IEqualityComparer<ResolvedLevel>
{
    public static readonly SameContent Instance = new();

    public bool Equals(ResolvedLevel? left, ResolvedLevel? right) =>
        left is not null && right is not null
        && left.Expectations.Select(Key).SequenceEqual(right.Expectations.Select(Key))
        && left.Sections.Count == right.Sections.Count
        && left.Sections.Zip(right.Sections, (one, other) => one.Code.SectionIndex == other.Code.SectionIndex
            && string.Equals(one.Code.Text?.Text, other.Code.Text?.Text, StringComparison.Ordinal)
            && SameItems(one.Code.Items, other.Code.Items)).All(same => same);

    public int GetHashCode(ResolvedLevel level)
    {
        unchecked
        {
            var hash = 17;
            foreach (var expectation in level.Expectations)
            {
                hash = (hash * 31) + Key(expectation).GetHashCode();
            }

            foreach (var section in level.Sections)
            {
                hash = (hash * 31) + (section.Code.SectionIndex, section.Code.Text?.Text, section.Code.Items.Count).GetHashCode();
            }

            return hash;
        }
    }

    private static (int, int, string?) Key(ResolvedExpectation expectation) =>
        (expectation.Code.CompetencyIndex, expectation.Code.StepValue, expectation.Code.Text?.Text);

    private static bool SameItems(EquatableArray<CodeItem> left, EquatableArray<CodeItem> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!string.Equals(left[i].Text.Text, right[i].Text.Text, StringComparison.Ordinal)
                || !string.Equals(left[i].Link, right[i].Link, StringComparison.Ordinal)
                || !SameItems(left[i].Items, right[i].Items))
            {
                return false;
            }
        }

        return true;
    }
}
