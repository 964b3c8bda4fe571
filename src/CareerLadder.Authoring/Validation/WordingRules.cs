using System.Collections.Generic;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>Rules on what the ladder's own words say against its structure: sentences that describe another step, titles that name another seniority.</summary>
internal static class WordingRules
{
    /// <summary>Checks every track once; each rule is a single pass over the levels.</summary>
    public static void Check(IReadOnlyList<TrackDefinition> tracks, FrameworkDefinition? framework, List<LadderDiagnostic> diagnostics)
    {
        ExpectationSentenceRule.Check(tracks, framework, diagnostics);
        SeniorityWordingRule.Check(tracks, framework, diagnostics);
    }
}
