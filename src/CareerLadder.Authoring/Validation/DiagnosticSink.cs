using System.Collections.Generic;
using CareerLadder.Authoring.Diagnostics;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Where validation reports problems: every rule reports through <see cref="Report(LadderRule, string, SourceSpan, string[])"/>,
/// and every reference to a named thing is resolved through <see cref="Find{T}"/>, which reports an unknown name once
/// with a suggestion, or stays silent when the name may be in a part of a file that could not be read
/// (<see cref="Unreadable"/>).
/// </summary>
internal sealed class DiagnosticSink
{
    public DiagnosticSink(List<LadderDiagnostic> diagnostics, Unreadable unreadable)
    {
        Diagnostics = diagnostics;
        Unreadable = unreadable;
    }

    /// <summary>The diagnostics reported so far; handed to helpers that report on their own (identifier scopes).</summary>
    public List<LadderDiagnostic> Diagnostics { get; }

    /// <summary>The files and definitions that could not be read completely.</summary>
    public Unreadable Unreadable { get; }

    public void Report(LadderRule rule, string path, SourceSpan span, params string[] arguments) =>
        Diagnostics.Add(LadderDiagnostic.Create(rule, path, span, arguments));

    /// <summary>Reports at <paramref name="at"/>, also pointing to each of <paramref name="also"/>.</summary>
    public void Report(LadderRule rule, LadderLocation at, IEnumerable<LadderLocation> also, params string[] arguments)
    {
        var diagnostic = LadderDiagnostic.Create(rule, at.FilePath, at.Span, arguments);
        foreach (var location in also)
        {
            diagnostic = diagnostic.WithAdditionalLocation(location);
        }

        Diagnostics.Add(diagnostic);
    }

    /// <summary>
    /// Looks <paramref name="name"/> up in <paramref name="known"/>. When it is not there, reports <paramref name="rule"/> at
    /// <paramref name="path"/> and <paramref name="span"/> with <paramref name="arguments"/> followed by a suggestion that is never
    /// <paramref name="exclude"/> (the item making the reference) and, where the index can, one <paramref name="accept"/> allows — unless the name may be in an unreadable part, in which
    /// case the reference is only counted for that part's single CL0060.
    /// </summary>
    public bool Find<T>(NameIndex<T> known, string name, string path, SourceSpan span, LadderRule rule, string[] arguments, out T value, string? exclude = null, System.Func<T, bool>? accept = null)
    {
        if (known.TryGet(name, out value))
        {
            return true;
        }

        if (known.MightHold is { } mightHold && mightHold(name) is { } source)
        {
            source.Skipped(name, new LadderLocation(path, span));
            return false;
        }

        var all = new string[arguments.Length + 1];
        arguments.CopyTo(all, 0);
        all[arguments.Length] = known.Suggest(name, exclude, accept);
        Report(rule, path, span, all);
        return false;
    }
}
