using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CareerLadder.Authoring.Evolution;

/// <summary>
/// The values of the generated <c>TrackId</c>, <c>CompetencyId</c> and <c>SectionId</c> enums. A service may store such
/// a value or compile it in as a constant, so it must name the same item in every later version of the ladders:
/// <list type="bullet">
/// <item>a number the shipped baseline pins to the item (under its id or one of its former ids) is used as it is;</item>
/// <item>any other item takes a number derived from its id alone (FNV-1a of the id's UTF-8 bytes, 1 to 2^31 - 1),
/// so adding, removing or reordering other items never changes it, with or without a baseline;</item>
/// <item>a derived number already taken (by a pin, or by an item whose id sorts first) is derived again from
/// <c>id#1</c>, <c>id#2</c>…: a pinned number is never handed to another item, even when its item is gone.</item>
/// </list>
/// The generator and <c>careerladder baseline</c> both call <c>Assign</c>, so the baseline records exactly the
/// numbers the build emits.
/// </summary>
public static class EnumNumbers
{
    /// <summary>The kinds of numbered items, as the baseline names them.</summary>
    public const string Track = "track";

    /// <summary>A competency (the <c>CompetencyId</c> enum).</summary>
    public const string Competency = "competency";

    /// <summary>A section (the <c>SectionId</c> enum).</summary>
    public const string Section = "section";

    /// <summary>The number derived from an id: FNV-1a (32 bits) of its UTF-8 bytes, folded to 1 … 2^31 - 1.</summary>
    /// <param name="id">The id, as written in the ladder.</param>
    public static int Derive(string id)
    {
        var hash = 2166136261u;
        foreach (var value in Encoding.UTF8.GetBytes(id))
        {
            hash = unchecked((hash ^ value) * 16777619u);
        }

        var number = (int)(hash & 0x7FFFFFFF);
        return number == 0 ? 1 : number;
    }

    /// <summary>
    /// The number of every item of one kind, in the order given: a pin of its id or of a former id, else a derived number
    /// that no pin and no other item has.
    /// </summary>
    /// <param name="items">The items: their id and the ids they had before (<c>renamed-from:</c>).</param>
    /// <param name="pins">The numbers the shipped baseline records for this kind, by id.</param>
    public static IReadOnlyList<int> Assign(IReadOnlyList<NumberedItem> items, IReadOnlyDictionary<string, int> pins)
    {
        var numbers = new int[items.Count];
        var taken = new HashSet<int>(pins.Values);
        var pending = new List<int>();
        for (var index = 0; index < items.Count; index++)
        {
            var pin = new[] { items[index].Id }.Concat(items[index].FormerIds)
                .Select(id => pins.TryGetValue(id, out var number) ? (int?)number : null)
                .FirstOrDefault(number => number is not null);
            if (pin is { } pinned)
            {
                numbers[index] = pinned;
            }
            else
            {
                pending.Add(index);
            }
        }

        foreach (var index in pending.OrderBy(index => items[index].Id, StringComparer.Ordinal))
        {
            var number = Derive(items[index].Id);
            for (var attempt = 1; !taken.Add(number); attempt++)
            {
                number = Derive(items[index].Id + "#" + attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            numbers[index] = number;
        }

        return numbers;
    }

    /// <summary>
    /// <paramref name="current"/> with the number of every track, competency and section (<see cref="LadderBaseline.Numbers"/>):
    /// the numbers the build emits for these ladders when <paramref name="shipped"/> is their baseline.
    /// </summary>
    /// <param name="current">The identities of the ladders as they are now.</param>
    /// <param name="shipped">The baseline shipped before, whose numbers stay; null when there is none.</param>
    public static LadderBaseline WithNumbers(LadderBaseline current, LadderBaseline? shipped)
    {
        var pins = shipped?.Numbers ?? EquatableArray<BaselineNumber>.Empty;
        IEnumerable<BaselineNumber> Numbered(string kind, IReadOnlyList<NumberedItem> items)
        {
            var numbers = Assign(kind, items, pins);
            return items.Select((item, index) => new BaselineNumber(kind, item.Id, numbers[index]));
        }

        var numbers = Numbered(Track, current.Tracks.Select(track => new NumberedItem(track.Id, track.FormerIds)).ToList())
            .Concat(Numbered(Competency, current.Competencies.Select(competency => new NumberedItem(competency.Id, competency.FormerIds)).ToList()))
            .Concat(Numbered(Section, current.Sections.Select(section => new NumberedItem(section, Array.Empty<string>())).ToList()));
        return current with
        {
            Numbers = numbers.OrderBy(number => number.Kind, StringComparer.Ordinal).ThenBy(number => number.Id, StringComparer.Ordinal).ToEquatableArray(),
        };
    }

    /// <summary>The number of every item of one kind, pinned by the baseline's numbers of that kind (<see cref="Assign(IReadOnlyList{NumberedItem}, IReadOnlyDictionary{string, int})"/>).</summary>
    /// <param name="kind"><see cref="Track"/>, <see cref="Competency"/> or <see cref="Section"/>.</param>
    /// <param name="items">The items: their id and the ids they had before.</param>
    /// <param name="pins">Every number a baseline records, of any kind.</param>
    public static IReadOnlyList<int> Assign(string kind, IReadOnlyList<NumberedItem> items, IEnumerable<BaselineNumber> pins) =>
        Assign(items, PinsOf(pins, kind));

    /// <summary>The pins of one kind in <paramref name="numbers"/> (a baseline's), by id.</summary>
    /// <param name="numbers">The numbers a baseline records.</param>
    /// <param name="kind"><see cref="Track"/>, <see cref="Competency"/> or <see cref="Section"/>.</param>
    public static IReadOnlyDictionary<string, int> PinsOf(IEnumerable<BaselineNumber> numbers, string kind)
    {
        var pins = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var number in numbers.Where(number => number.Kind == kind))
        {
            pins[number.Id] = number.Number;
        }

        return pins;
    }
}

/// <summary>An item that gets an enum number.</summary>
/// <param name="Id">Its id.</param>
/// <param name="FormerIds">The ids it had in earlier versions.</param>
public sealed record NumberedItem(string Id, IReadOnlyList<string> FormerIds);

/// <summary>The enum number a baseline records for an item.</summary>
/// <param name="Kind"><see cref="EnumNumbers.Track"/>, <see cref="EnumNumbers.Competency"/> or <see cref="EnumNumbers.Section"/>.</param>
/// <param name="Id">The item's id.</param>
/// <param name="Number">Its number.</param>
public sealed record BaselineNumber(string Kind, string Id, int Number);
