using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Naming;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// The files and definitions that could not be read completely (a YAML syntax error, a section whose kind is wrong).
/// A reference that may point into what is missing is not reported as unknown — that would be a cascade of the error
/// already reported — but counted, and each unreadable part then gets one CL0060 saying which references were not checked.
/// </summary>
internal sealed class Unreadable
{
    private readonly UnreadableSource? _framework;
    private readonly Dictionary<string, UnreadableSource> _frameworkNames = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, UnreadableSource Source)> _tracks = new();
    private readonly List<UnreadableSource> _tracksWithoutId = new();
    private readonly List<UnreadableSource> _unknownKind = new();
    private readonly List<UnreadableSource> _all = new();
    private readonly Dictionary<string, UnreadableSource> _byPath = new(StringComparer.Ordinal);

    /// <summary>Builds the unreadable parts from the facts the validation index keeps (<see cref="Facts"/>).</summary>
    public Unreadable(EquatableArray<UnreadableFile> files, FrameworkDefinition? framework)
    {
        foreach (var file in files)
        {
            var source = Add(new UnreadableSource("file " + FileName(file.Path), file.Error));
            _byPath[file.Path] = source;
            switch (file.Role)
            {
                case UnreadableRole.Framework:
                    _framework = source;
                    break;
                case UnreadableRole.Track:
                    _tracks.Add((file.Abbreviation, source));
                    break;
                case UnreadableRole.TrackWithoutId:
                    _tracks.Add((string.Empty, source));
                    _tracksWithoutId.Add(source);
                    break;
                case UnreadableRole.UnknownKind:
                    // The error came before the key that says what the file is: it may be the framework or any track.
                    _unknownKind.Add(source);
                    break;
            }
        }

        foreach (var definition in framework?.Unreadable ?? default)
        {
            var key = Key(definition.Kind, definition.Id.Value);
            _frameworkNames[key] = Add(new UnreadableSource("definition of " + key, new LadderLocation(framework!.Path, definition.Id.Span)));
        }
    }

    /// <summary>The files that could not be read to their end, with what they may hold, in the order given.</summary>
    public static EquatableArray<UnreadableFile> Facts(IEnumerable<ParsedLadderFile> files, FrameworkDefinition? framework) =>
        files.Where(file => file.IsIncomplete).Select(file => new UnreadableFile(file.Path, RoleOf(file, framework), file.Track?.Abbreviation.Value ?? string.Empty, ErrorLocation(file)))
            .ToEquatableArray();

    private static UnreadableRole RoleOf(ParsedLadderFile file, FrameworkDefinition? framework) =>
        file.Framework is not null && ReferenceEquals(file.Framework, framework) ? UnreadableRole.Framework
        : file.Track is not null ? UnreadableRole.Track
        : file.Kind == LadderFileKind.Track ? UnreadableRole.TrackWithoutId
        : file.Kind == LadderFileKind.NotALadder ? UnreadableRole.UnknownKind
        : UnreadableRole.Other;

    private UnreadableSource Add(UnreadableSource source)
    {
        source.Index = _all.Count;
        source.Owner = this;
        _all.Add(source);
        return source;
    }

    /// <summary>Where references skipped from now on were made (which pass of validation, which track), so that they can be listed in the order of a whole validation.</summary>
    public (int Pass, int Track) Stage { get; set; }

    private int _sequence;

    internal SkippedReference Record(UnreadableSource source, string name, LadderLocation location) =>
        new(source.Index, name, location, Stage.Pass, Stage.Track, _sequence++);

    /// <summary>The references skipped so far.</summary>
    public IEnumerable<SkippedReference> Skipped => _all.SelectMany(source => source.SkippedReferences);

    /// <summary>The references skipped so far whose location is in <paramref name="path"/>.</summary>
    public IEnumerable<SkippedReference> SkippedIn(string path) =>
        _all.SelectMany(source => source.SkippedReferences).Where(reference => string.Equals(reference.Location.FilePath, path, StringComparison.Ordinal));

    /// <summary>Adds references skipped elsewhere (by the validation of other tracks) to the parts they were skipped for.</summary>
    public void AddSkipped(IEnumerable<SkippedReference> references)
    {
        foreach (var reference in references)
        {
            if (reference.Source >= 0 && reference.Source < _all.Count)
            {
                _all[reference.Source].SkippedReferences.Add(reference);
            }
        }
    }

    /// <summary>Whether the file at <paramref name="path"/> could not be read to its end.</summary>
    public bool IsIncomplete(string path) => _byPath.ContainsKey(path);

    /// <summary>The unreadable file at <paramref name="path"/>, or null when it was read to its end.</summary>
    public UnreadableSource? File(string path) => _byPath.TryGetValue(path, out var source) ? source : null;

    /// <summary>The unreadable file that may be the framework, when none was read.</summary>
    public UnreadableSource? MightHoldFramework() => _unknownKind.FirstOrDefault();

    /// <summary>The unreadable file that may define a track whose id could not be read.</summary>
    public UnreadableSource? MightHoldTrack() => _tracksWithoutId.Concat(_unknownKind).FirstOrDefault();

    /// <summary>
    /// The unreadable file that may hold level <paramref name="code"/>: a track file whose abbreviation starts the code,
    /// or whose abbreviation could not be read, or a file that could not even be recognised as a track.
    /// </summary>
    public UnreadableSource? MightHoldLevel(string code)
    {
        foreach (var (prefix, source) in _tracks)
        {
            if (prefix.Length == 0 || code.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return source;
            }
        }

        return _unknownKind.FirstOrDefault();
    }

    /// <summary>The unreadable part that may define <paramref name="kind"/> <paramref name="id"/> of the framework (<c>section 'duties'</c>).</summary>
    public UnreadableSource? MightHoldFrameworkName(string kind, string id) =>
        _frameworkNames.TryGetValue(Key(kind, id), out var source) ? source : _framework;

    private static string Key(string kind, string id) => kind + " '" + id + "'";

    /// <summary>Reports one CL0060 for each unreadable part some reference was not checked against.</summary>
    public void ReportSkipped(DiagnosticSink sink)
    {
        foreach (var source in _all.Where(source => source.SkippedReferences.Count > 0))
        {
            var references = source.SkippedReferences.OrderBy(reference => reference.Pass).ThenBy(reference => reference.Track).ThenBy(reference => reference.Sequence).ToList();
            var listed = string.Join(", ", references.Take(MaxListed).Select(reference =>
                "'" + reference.Name + "' at " + FileName(reference.Location.FilePath) + "(" + Identifiers.Number(reference.Location.Span.StartLine + 1) + ")"));
            var more = references.Count > MaxListed ? " and " + Identifiers.Number(references.Count - MaxListed) + " more" : string.Empty;
            sink.Report(LadderRules.ReferencesNotChecked, source.Location, Array.Empty<LadderLocation>(),
                source.What, references.Count == 1 ? "1 reference" : Identifiers.Number(references.Count) + " references", listed + more);
        }
    }

    private const int MaxListed = 5;

    private static LadderLocation ErrorLocation(ParsedLadderFile file)
    {
        var error = file.Diagnostics.FirstOrDefault(diagnostic => diagnostic.RuleId == LadderRules.InvalidYaml.Id || diagnostic.RuleId == LadderRules.LimitExceeded.Id);
        return error?.Location ?? new LadderLocation(file.Path, SourceSpan.FileStart);
    }

    private static string FileName(string path)
    {
        var separator = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return path.Substring(separator + 1);
    }
}

/// <summary>One file or definition that could not be read completely, with the references that were not checked against it.</summary>
internal sealed class UnreadableSource
{
    public UnreadableSource(string what, LadderLocation location)
    {
        What = what;
        Location = location;
    }

    /// <summary>What could not be read, for messages: <c>file backend.yaml</c>, <c>definition of section 'duties'</c>.</summary>
    public string What { get; }

    /// <summary>Where the problem that made it unreadable was reported.</summary>
    public LadderLocation Location { get; }

    /// <summary>Its position among the unreadable parts, the same in every validation built from the same facts.</summary>
    public int Index { get; set; }

    internal Unreadable? Owner { get; set; }

    public List<SkippedReference> SkippedReferences { get; } = new();

    public void Skipped(string name, LadderLocation location) => SkippedReferences.Add(Owner!.Record(this, name, location));
}

/// <summary>What an unreadable file may hold, for <see cref="Unreadable"/>.</summary>
public enum UnreadableRole
{
    /// <summary>The framework.</summary>
    Framework,

    /// <summary>A track whose abbreviation was read.</summary>
    Track,

    /// <summary>A track whose id could not be read.</summary>
    TrackWithoutId,

    /// <summary>A file whose error came before the key that says what it is: the framework or any track.</summary>
    UnknownKind,

    /// <summary>Anything else (an overlay, a second framework): it holds nothing others refer to.</summary>
    Other,
}

/// <summary>A file that could not be read to its end, as the validation index keeps it.</summary>
/// <param name="Path">The file.</param>
/// <param name="Role">What it may hold.</param>
/// <param name="Abbreviation">The track's abbreviation, when read: level codes that start with it may be in the file.</param>
/// <param name="Error">Where the error that stopped the reading was reported.</param>
public sealed record UnreadableFile(string Path, UnreadableRole Role, string Abbreviation, LadderLocation Error);

/// <summary>A reference that was not checked because it may point into an unreadable part (listed by that part's CL0060).</summary>
/// <param name="Source">The unreadable part, by <see cref="UnreadableSource.Index"/>.</param>
/// <param name="Name">What was referred to.</param>
/// <param name="Location">Where the reference is.</param>
/// <param name="Pass">The pass of validation that met it (overlays, tracks, inheritance, transitions).</param>
/// <param name="Track">The position of the track being validated when it was met.</param>
/// <param name="Sequence">The order in which it was met within one validation run.</param>
public sealed record SkippedReference(int Source, string Name, LadderLocation Location, int Pass, int Track, int Sequence);
