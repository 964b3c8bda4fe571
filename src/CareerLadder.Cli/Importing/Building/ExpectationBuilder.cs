using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Cli.Importing.Reading;

namespace CareerLadder.Cli.Importing.Building;

/// <summary>Maps a level's <c>**Step**: sentence</c> bullets to expectations, in framework order.</summary>
internal static class ExpectationBuilder
{
    /// <summary>The expectations; unknown steps and second bullets for a competency are reported and left out.</summary>
    /// <param name="context">The import context.</param>
    /// <param name="path">The page, for warnings.</param>
    /// <param name="code">The level's code, for warnings.</param>
    /// <param name="bullets">The bullets.</param>
    /// <param name="lines">Receives the line of each imported bullet, by competency id.</param>
    public static List<ImportedExpectation> Build(ImportContext context, string path, string code, IEnumerable<RawBullet> bullets, IDictionary<string, int>? lines = null)
    {
        var byCompetency = new Dictionary<string, ImportedExpectation>();
        foreach (var bullet in bullets)
        {
            if (StepResolver.Resolve(context.Framework, bullet.Step, byCompetency.Keys) is not { } resolved)
            {
                context.Log.Warn(path, bullet.Line, ImportWarnings.UnknownStep,
                    $"'{bullet.Step}' (level '{code}') is not a step of any competency of the framework; the bullet is not imported.{Suggestions.DidYouMean(bullet.Step, context.Framework.AllStepNames)}");
                continue;
            }

            if (byCompetency.ContainsKey(resolved.Competency))
            {
                context.Log.Warn(path, bullet.Line, ImportWarnings.DuplicateCompetency, $"Level '{code}' already has a '{resolved.Competency}' bullet; '{bullet.Step}' is not imported");
                continue;
            }

            byCompetency[resolved.Competency] = new ImportedExpectation(resolved.Competency, resolved.Step, bullet.Text);
            if (lines is not null)
            {
                lines[resolved.Competency] = bullet.Line;
            }
        }

        return byCompetency.Values.OrderBy(expectation => context.Framework.IndexOf(expectation.Competency)).ToList();
    }
}
