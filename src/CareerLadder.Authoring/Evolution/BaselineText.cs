using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CareerLadder.Authoring.Evolution;

/// <summary>
/// The baseline file (<c>ladders.shipped.txt</c>): one identity per line, ordered, so that a release's change to it reads
/// as a short diff in review. Step names are the only free text; they come last on their line, with control characters
/// and backslashes escaped.
/// </summary>
public static class BaselineText
{
    /// <summary>The file name <c>careerladder baseline</c> writes and the package passes to the generator.</summary>
    public const string FileName = "ladders.shipped.txt";

    /// <summary>The first line of every baseline; the number is the format version.</summary>
    public const string Header = "#! careerladder-baseline 2";

    /// <summary>The header of the first format, which recorded no enum numbers; still read.</summary>
    private const string HeaderVersion1 = "#! careerladder-baseline 1";

    /// <summary>Writes <paramref name="baseline"/> in the baseline format, with <c>\n</c> line ends.</summary>
    /// <param name="baseline">The baseline.</param>
    public static string Write(LadderBaseline baseline)
    {
        var text = new StringBuilder()
            .Append(Header).Append('\n')
            .Append("# The identities consumers of these ladders may have stored: track ids, level codes and ranks,\n")
            .Append("# competency ids and their steps in order, section ids, and the numbers of the TrackId, CompetencyId\n")
            .Append("# and SectionId enums. Written by 'careerladder baseline' when a version of the ladders is released;\n")
            .Append("# the build keeps those numbers and reports every change that would break stored identities.\n");
        var numbers = baseline.Numbers.ToDictionary(number => (number.Kind, number.Id), number => number.Number);
        string Numbered(string kind, string id) =>
            numbers.TryGetValue((kind, id), out var number) ? id + " " + number.ToString(CultureInfo.InvariantCulture) : id;

        foreach (var track in baseline.Tracks)
        {
            text.Append("track ").Append(Numbered(EnumNumbers.Track, track.Id)).Append('\n');
            foreach (var level in track.Levels)
            {
                text.Append("level ").Append(track.Id).Append(' ').Append(level.Code).Append(' ')
                    .Append(level.Rank.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            foreach (var formerId in track.FormerIds)
            {
                text.Append("former-track ").Append(track.Id).Append(' ').Append(formerId).Append('\n');
            }

            foreach (var former in track.FormerCodes)
            {
                text.Append(former.Renamed ? "renamed " : "retired ").Append(track.Id).Append(' ').Append(former.Code).Append(' ')
                    .Append(former.Successor ?? "-").Append('\n');
            }
        }

        foreach (var competency in baseline.Competencies)
        {
            text.Append("competency ").Append(Numbered(EnumNumbers.Competency, competency.Id)).Append('\n');
            for (var index = 0; index < competency.Steps.Count; index++)
            {
                text.Append("step ").Append(competency.Id).Append(' ').Append((index + 1).ToString(CultureInfo.InvariantCulture))
                    .Append(' ').Append(Escape(competency.Steps[index])).Append('\n');
            }

            foreach (var formerId in competency.FormerIds)
            {
                text.Append("former-competency ").Append(competency.Id).Append(' ').Append(formerId).Append('\n');
            }
        }

        foreach (var section in baseline.Sections)
        {
            text.Append("section ").Append(Numbered(EnumNumbers.Section, section)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads a baseline; lines that cannot be read are reported and skipped, never guessed.</summary>
    /// <param name="text">The file's text.</param>
    public static ParsedBaseline Parse(string text)
    {
        var tracks = new List<ParsedTrack>();
        var competencies = new List<(string Id, List<string> Steps, List<string> FormerIds)>();
        var sections = new List<string>();
        var lines = new Dictionary<BaselineKey, int>();
        var numbers = new List<BaselineNumber>();
        var problems = new List<BaselineProblem>();
        var rawLines = text.Split('\n');
        var sawHeader = false;
        for (var number = 0; number < rawLines.Length; number++)
        {
            var line = rawLines[number].TrimEnd('\r');
            if (number == 0 && line.StartsWith("#!", StringComparison.Ordinal))
            {
                sawHeader = true;
                if (!string.Equals(line.Trim(), Header, StringComparison.Ordinal) && !string.Equals(line.Trim(), HeaderVersion1, StringComparison.Ordinal))
                {
                    problems.Add(new BaselineProblem(number, $"the header '{Clip(line)}' names a baseline format this version does not read; expected '{Header}'"));
                    break;
                }

                continue;
            }

            if (line.Trim().Length == 0 || line.TrimStart().StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var problem = ReadLine(line, number, tracks, competencies, sections, lines, numbers);
            if (problem is not null)
            {
                problems.Add(new BaselineProblem(number, problem));
            }
        }

        if (!sawHeader && problems.Count == 0 && (tracks.Count > 0 || competencies.Count > 0 || sections.Count > 0))
        {
            problems.Add(new BaselineProblem(0, $"the first line must be '{Header}'; write the file with 'careerladder baseline'"));
        }

        var baseline = new LadderBaseline(
            tracks.OrderBy(track => track.Id, StringComparer.Ordinal).Select(track => track.ToBaseline()).ToEquatableArray(),
            competencies.OrderBy(competency => competency.Id, StringComparer.Ordinal).Select(competency => new BaselineCompetency(competency.Id, competency.Steps.ToEquatableArray(), competency.FormerIds.OrderBy(id => id, StringComparer.Ordinal).ToEquatableArray())).ToEquatableArray(),
            sections.OrderBy(id => id, StringComparer.Ordinal).ToEquatableArray())
        {
            Numbers = numbers.OrderBy(number => number.Kind, StringComparer.Ordinal).ThenBy(number => number.Id, StringComparer.Ordinal).ToEquatableArray(),
        };
        return new ParsedBaseline(baseline, lines, problems);
    }

    private static string? ReadLine(
        string line,
        int number,
        List<ParsedTrack> tracks,
        List<(string Id, List<string> Steps, List<string> FormerIds)> competencies,
        List<string> sections,
        Dictionary<BaselineKey, int> lines,
        List<BaselineNumber> numbers)
    {
        var parts = line.Split(new[] { ' ' }, 4);
        string? TrackOf(string id, out ParsedTrack? track)
        {
            // The lines of a track follow its 'track' line: the last track is the one, and a baseline of many tracks
            // is read in linear time; a line out of that order still finds its track.
            track = tracks.Count > 0 && tracks[tracks.Count - 1].Id == id ? tracks[tracks.Count - 1] : tracks.Find(candidate => candidate.Id == id);
            return track is null ? $"the line belongs to track '{id}', which no earlier 'track {id}' line declares" : null;
        }

        string? Claim(BaselineKey key)
        {
            if (lines.TryGetValue(key, out var first))
            {
                return $"{key} appears twice (first at line {first + 1}); keep one";
            }

            lines.Add(key, number);
            return null;
        }

        string? Number(string kind, string id)
        {
            if (parts.Length == 2)
            {
                return null;
            }

            var value = int.Parse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture);
            var owner = numbers.Find(candidate => candidate.Kind == kind && candidate.Number == value);
            if (owner is not null)
            {
                return $"{kind} '{id}' has number {parts[2]}, which {kind} '{owner.Id}' already has; an enum number names one item";
            }

            numbers.Add(new BaselineNumber(kind, id, value));
            return null;
        }

        var numbered = parts.Length == 2 || (parts.Length == 3 && TryNumber(parts[2], out _));
        switch (parts[0])
        {
            case "track" when numbered && IsToken(parts[1]):
                return Claim(BaselineKey.Track(parts[1])) ?? Number(EnumNumbers.Track, parts[1]) ?? Add(() => tracks.Add(new ParsedTrack(parts[1])));
            case "former-track" when parts.Length == 3 && IsToken(parts[1]) && IsToken(parts[2]):
                return TrackOf(parts[1], out var renamedTrack) ?? Claim(BaselineKey.FormerTrack(parts[2])) ?? Add(() => renamedTrack!.FormerIds.Add(parts[2]));
            case "renamed" or "retired" when parts.Length == 4 && IsToken(parts[1]) && IsToken(parts[2]) && IsToken(parts[3]):
                var successor = parts[3] == "-" ? null : parts[3];
                if (parts[0] == "renamed" && successor is null)
                {
                    return $"a renamed code needs the code it was renamed to, not '-'";
                }

                return TrackOf(parts[1], out var formerTrack) ?? Claim(BaselineKey.Former(parts[2]))
                    ?? Add(() => formerTrack!.FormerCodes.Add(new BaselineFormerCode(parts[2], successor, parts[0] == "renamed")));
            case "level" when parts.Length == 4 && IsToken(parts[1]) && IsToken(parts[2]) && TryNumber(parts[3], out var rank):
                return TrackOf(parts[1], out var levelTrack) ?? Claim(BaselineKey.Level(parts[2])) ?? Add(() => levelTrack!.Levels.Add(new BaselineLevel(parts[2], rank)));
            case "competency" when numbered && IsToken(parts[1]):
                return Claim(BaselineKey.Competency(parts[1])) ?? Number(EnumNumbers.Competency, parts[1]) ?? Add(() => competencies.Add((parts[1], new List<string>(), new List<string>())));
            case "former-competency" when parts.Length == 3 && IsToken(parts[1]) && IsToken(parts[2]):
                var renamedCompetency = competencies.FindIndex(candidate => candidate.Id == parts[1]);
                return renamedCompetency < 0
                    ? $"the line belongs to competency '{parts[1]}', which no earlier 'competency {parts[1]}' line declares"
                    : Claim(BaselineKey.FormerCompetency(parts[2])) ?? Add(() => competencies[renamedCompetency].FormerIds.Add(parts[2]));
            case "step" when parts.Length == 4 && IsToken(parts[1]) && TryNumber(parts[2], out var value):
                var competency = competencies.FindIndex(candidate => candidate.Id == parts[1]);
                if (competency < 0)
                {
                    return $"the step belongs to competency '{parts[1]}', which no earlier 'competency {parts[1]}' line declares";
                }

                var steps = competencies[competency].Steps;
                if (value != steps.Count + 1)
                {
                    return $"step {value} of competency '{parts[1]}' must be step {steps.Count + 1}: steps are listed in order from 1";
                }

                var name = Unescape(parts[3]);
                return name is null
                    ? "the step name has an escape other than \\\\, \\n, \\r, \\t or \\uXXXX"
                    : Add(() => steps.Add(name));
            case "section" when numbered && IsToken(parts[1]):
                return Claim(BaselineKey.Section(parts[1])) ?? Number(EnumNumbers.Section, parts[1]) ?? Add(() => sections.Add(parts[1]));
            default:
                return $"'{Clip(line)}' is not a baseline line: expected 'track ID [NUMBER]', 'level TRACK CODE RANK', 'competency ID [NUMBER]', 'step COMPETENCY N NAME', 'former-competency ID OLD' or 'section ID [NUMBER]'";
        }
    }

    private static string? Add(Action add)
    {
        add();
        return null;
    }

    private static bool IsToken(string value) => value.Length > 0 && value.All(character => character > ' ' && character < 127);

    private static bool TryNumber(string value, out int number) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    private static string Clip(string line) => line.Length <= 60 ? line : line.Substring(0, 60) + "…";

    /// <summary>Escapes backslashes and control characters so that a step name stays on its line.</summary>
    /// <param name="value">The step name.</param>
    internal static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var character in value)
        {
            switch (character)
            {
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (char.IsControl(character) || character == '\u2028' || character == '\u2029')
                    {
                        text.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(character);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Reverses <see cref="Escape"/>; null when the text has an escape <see cref="Escape"/> never writes.</summary>
    /// <param name="value">The escaped text.</param>
    internal static string? Unescape(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var index = 0; index < value.Length; index++)
        {
            if (value[index] != '\\')
            {
                text.Append(value[index]);
                continue;
            }

            if (++index >= value.Length)
            {
                return null;
            }

            switch (value[index])
            {
                case '\\': text.Append('\\'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u' when index + 4 < value.Length
                    && int.TryParse(value.Substring(index + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    text.Append((char)code);
                    index += 4;
                    break;
                default: return null;
            }
        }

        return text.ToString();
    }
}

/// <summary>A baseline read from its file, with the line of every entry and the lines that could not be read.</summary>
/// <param name="Baseline">The entries that could be read.</param>
/// <param name="Lines">The 0-based line of each entry.</param>
/// <param name="Problems">The lines that could not be read, with what is wrong.</param>
public sealed record ParsedBaseline(LadderBaseline Baseline, IReadOnlyDictionary<BaselineKey, int> Lines, IReadOnlyList<BaselineProblem> Problems);

/// <summary>A track while its baseline lines are read.</summary>
internal sealed class ParsedTrack
{
    public ParsedTrack(string id) => Id = id;

    public string Id { get; }

    public List<BaselineLevel> Levels { get; } = new();

    public List<string> FormerIds { get; } = new();

    public List<BaselineFormerCode> FormerCodes { get; } = new();

    public BaselineTrack ToBaseline() => new(
        Id,
        Levels.ToEquatableArray(),
        FormerIds.OrderBy(id => id, StringComparer.Ordinal).ToEquatableArray(),
        FormerCodes.OrderBy(former => former.Code, StringComparer.Ordinal).ToEquatableArray());
}

/// <summary>A baseline line that could not be read.</summary>
/// <param name="Line">The 0-based line.</param>
/// <param name="Message">What is wrong, in words.</param>
public sealed record BaselineProblem(int Line, string Message);

/// <summary>The identity a baseline line declares.</summary>
/// <param name="Kind">track, level, competency or section.</param>
/// <param name="Id">The id or code.</param>
public readonly record struct BaselineKey(string Kind, string Id)
{
    /// <summary>A track's key.</summary>
    /// <param name="id">The track id.</param>
    public static BaselineKey Track(string id) => new("track", id);

    /// <summary>A level's key.</summary>
    /// <param name="code">The level code.</param>
    public static BaselineKey Level(string code) => new("level", code);

    /// <summary>A competency's key.</summary>
    /// <param name="id">The competency id.</param>
    public static BaselineKey Competency(string id) => new("competency", id);

    /// <summary>A former track id's key.</summary>
    /// <param name="id">The former id.</param>
    public static BaselineKey FormerTrack(string id) => new("former-track", id);

    /// <summary>A former level code's key (renamed or retired).</summary>
    /// <param name="code">The former code.</param>
    public static BaselineKey Former(string code) => new("former", code);

    /// <summary>A former competency id's key.</summary>
    /// <param name="id">The former id.</param>
    public static BaselineKey FormerCompetency(string id) => new("former-competency", id);

    /// <summary>Where a competency's <c>previous-steps:</c> is written (no baseline line has this key).</summary>
    /// <param name="id">The competency id.</param>
    public static BaselineKey PreviousSteps(string id) => new("previous-steps", id);

    /// <summary>A section's key.</summary>
    /// <param name="id">The section id.</param>
    public static BaselineKey Section(string id) => new("section", id);

    /// <inheritdoc/>
    public override string ToString() => Kind + " " + Id;
}
