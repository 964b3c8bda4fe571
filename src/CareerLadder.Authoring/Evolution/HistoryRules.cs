using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Evolution;

/// <summary>
/// Checks what the ladders declare about their history, with or without a baseline: a former code (<c>renamed-from:</c>,
/// <c>retired:</c>) or a competency's former id must not also be a current one or be declared twice (CL0084), and a retired
/// level's successor must exist (CL0085).
/// </summary>
public static class HistoryRules
{
    private const string CurrentIdFix = "Remove it from 'renamed-from:' (a current id cannot also be a former one).";

    /// <summary>The diagnostics of the history declared in <paramref name="files"/>.</summary>
    /// <param name="files">The parsed ladder files.</param>
    public static IReadOnlyList<LadderDiagnostic> Check(IReadOnlyList<ParsedLadderFile> files)
    {
        var diagnostics = new List<LadderDiagnostic>();
        var tracks = files.Select(file => file.Track).OfType<TrackDefinition>().ToList();
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var level in tracks.SelectMany(track => track.Levels))
        {
            codes[level.Code.Value] = level.Code.Value;
        }

        var trackIds = new HashSet<string>(tracks.Select(track => track.Id.Value), StringComparer.Ordinal);
        var formerCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var formerIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var track in tracks)
        {
            foreach (var former in track.RenamedFrom)
            {
                var declared = new Declaration(former, $"was the id of track '{track.Id.Value}'", $"was already declared a former id of track '{track.Id.Value}'");
                Claim(track.Path, declared, trackIds.Contains(former.Value) ? "is also the id of a current track" : null, formerIds, diagnostics,
                    CurrentIdFix);
            }

            foreach (var level in track.Levels)
            {
                foreach (var former in level.RenamedFrom)
                {
                    var declared = new Declaration(former, $"was renamed to '{level.Code.Value}'", $"was already declared renamed to '{level.Code.Value}'");
                    Claim(track.Path, declared, codes.TryGetValue(former.Value, out var current) ? $"is also the code of level '{current}'" : null, formerCodes, diagnostics,
                        "A code can be reused only after a major version; remove it from 'renamed-from:' or give the level another code.");
                }
            }

            foreach (var retired in track.Retired)
            {
                var declared = new Declaration(retired.Code, "is retired", $"was already declared retired in track '{track.Id.Value}'");
                Claim(track.Path, declared, codes.TryGetValue(retired.Code.Value, out var current) ? $"is also the code of level '{current}'" : null, formerCodes, diagnostics,
                    "Remove the 'retired:' entry, or give the current level another code.");
                if (retired.ReplacedBy is { } successor && !codes.ContainsKey(successor.Value))
                {
                    diagnostics.Add(LadderDiagnostic.Create(LadderRules.UnknownSuccessor, track.Path, successor.Span, retired.Code.Value, successor.Value,
                        Suggestions.DidYouMean(successor.Value, codes.Keys)));
                }
            }
        }

        CheckCompetencies(files, diagnostics);
        return diagnostics;
    }

    /// <summary>A competency's former id must not be a current competency id, nor be declared twice.</summary>
    private static void CheckCompetencies(IReadOnlyList<ParsedLadderFile> files, List<LadderDiagnostic> diagnostics)
    {
        if (files.Select(file => file.Framework).OfType<FrameworkDefinition>().FirstOrDefault() is not { } framework)
        {
            return;
        }

        var ids = new HashSet<string>(framework.Competencies.Select(competency => competency.Id.Value), StringComparer.Ordinal);
        var formerIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var competency in framework.Competencies)
        {
            foreach (var former in competency.RenamedFrom)
            {
                var declared = new Declaration(former, $"was the id of competency '{competency.Id.Value}'", $"was already declared a former id of competency '{competency.Id.Value}'");
                Claim(framework.Path, declared, ids.Contains(former.Value) ? "is also the id of a current competency" : null, formerIds, diagnostics,
                    CurrentIdFix);
            }
        }
    }

    private static void Claim(
        string path,
        Declaration declared,
        string? clash,
        Dictionary<string, string> claimed,
        List<LadderDiagnostic> diagnostics,
        string fix)
    {
        var former = declared.Former;
        if (clash is not null)
        {
            diagnostics.Add(LadderDiagnostic.Create(LadderRules.AmbiguousFormerCode, path, former.Span, former.Value, declared.Meaning + " but " + clash, fix));
        }
        else if (claimed.TryGetValue(former.Value, out var first))
        {
            diagnostics.Add(LadderDiagnostic.Create(LadderRules.AmbiguousFormerCode, path, former.Span, former.Value, declared.Meaning + " but " + first, "Declare each former code once."));
        }
        else
        {
            claimed.Add(former.Value, declared.AsFirst);
        }
    }

    /// <summary>A former code or id as declared, with how to describe it in a clash and, later, as the first declaration.</summary>
    private sealed record Declaration(LocatedString Former, string Meaning, string AsFirst);
}
