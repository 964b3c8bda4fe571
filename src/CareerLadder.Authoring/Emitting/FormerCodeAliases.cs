using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Naming;
using static CareerLadder.Authoring.Emitting.LadderEmitter;
using static CareerLadder.Authoring.Emitting.RuntimeNames;
using static CareerLadder.Authoring.Naming.CodeNames;

namespace CareerLadder.Authoring.Emitting;

/// <summary>
/// The <c>[Obsolete]</c> properties a track class keeps for its renamed and retired level codes, so that code written
/// against an earlier version of the ladder still compiles, with a warning that names the replacement.
/// </summary>
internal static class FormerCodeAliases
{
    /// <summary>
    /// The former codes that get a property: those with a generated successor whose name is free in the track class.
    /// A retired code without successor gets none (there is no level to return); <c>ResolveLevel</c> still reports it.
    /// </summary>
    public static IEnumerable<(string Identifier, CodeFormerCode Former, CodeLevelReference Target)> Of(string className, CodeTrack track)
    {
        var taken = new HashSet<string>(track.Levels.Select(level => level.Identifier.TrimStart('@')).SelectMany(WithAccessors)) { className };
        foreach (var former in track.FormerCodes)
        {
            var name = former.Code;
            if (former.Target is { } target && name.Length <= CSharpIdentifier.MaxLength && !ReservedNames.TrackClass.IsReserved(name)
                && !WithAccessors(name).Any(taken.Contains))
            {
                taken.UnionWith(WithAccessors(name));
                yield return (Identifiers.Escape(name), former, target);
            }
        }
    }

    private static IEnumerable<string> WithAccessors(string name) => new[] { name }.Concat(CSharpIdentifier.AccessorNames(name));

    public static void Write(SourceWriter writer, string namespaceName, string className, CodeTrack track)
    {
        foreach (var (identifier, former, target) in Of(className, track))
        {
            writer.Line();
            writer.Doc(Summary(Message(former)));
            writer.Expression(string.Empty, CodeExpression.Call("[global::System.Obsolete(", new[] { CodeExpression.String(Message(former)) }, ")]"), string.Empty);
            writer.Expression("public " + Runtime + "Level " + identifier + " => ", CodeExpression.Code(TrackWriter.LevelReference(namespaceName, target)), ";");
        }
    }

    /// <summary>The obsolete message: what happened to the code and what to use instead.</summary>
    public static string Message(CodeFormerCode former) =>
        former.Renamed
            ? former.Code + " was renamed to " + former.Successor + ": use " + former.Successor + "."
            : former.Code + " was retired" + (former.Since.Length == 0 ? string.Empty : " in " + former.Since) + " and replaced by " + former.Successor + ": use " + former.Successor + ".";
}
