using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

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

    public Unreadable(IEnumerable<ParsedLadderFile> files, FrameworkDefinition? framework)
    {
        foreach (var file in files.Where(file => file.IsIncomplete))
        {
            var source = new UnreadableSource("file " + FileName(file.Path), ErrorLocation(file));
            _all.Add(source);
            _byPath[file.Path] = source;
            if (file.Framework is not null && ReferenceEquals(file.Framework, framework))
            {
                _framework = source;
            }
            else if (file.Track is { } track)
            {
                _tracks.Add((track.Abbreviation.Value, source));
            }
            else if (file.Kind == LadderFileKind.Track)
            {
                _tracks.Add((string.Empty, source));
                _tracksWithoutId.Add(source);
            }
            else if (file.Kind == LadderFileKind.NotALadder)
            {
                // The error came before the key that says what the file is: it may be the framework or any track.
                _unknownKind.Add(source);
            }
        }

        foreach (var definition in framework?.Unreadable ?? default)
        {
            var key = Key(definition.Kind, definition.Id.Value);
            var source = new UnreadableSource("definition of " + key, new LadderLocation(framework!.Path, definition.Id.Span));
            _all.Add(source);
            _frameworkNames[key] = source;
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
            var references = source.SkippedReferences;
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

    public List<(string Name, LadderLocation Location)> SkippedReferences { get; } = new();

    public void Skipped(string name, LadderLocation location) => SkippedReferences.Add((name, location));
}
