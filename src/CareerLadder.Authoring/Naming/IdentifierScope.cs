using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;

namespace CareerLadder.Authoring.Naming;

/// <summary>
/// Hands out the C# identifiers of one scope (an enum, a class). Every identifier the generator derives from a ladder
/// name goes through <see cref="Claim"/>, which guarantees a valid, unique, length-safe name or reports why not at the
/// name's line: CL0006 (nothing usable), CL0048 (too long), CL0017 (taken by another name, by a reserved member or by
/// an accessor such as <c>get_X</c> of a property <c>X</c>).
/// </summary>
internal sealed class IdentifierScope
{
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);
    private readonly ReservedScope _reserved;
    private readonly string _description;
    private readonly List<LadderDiagnostic> _diagnostics;

    /// <param name="reserved">The members the generated code already has in this scope.</param>
    /// <param name="description">The scope for messages, for example <c>the steps of competency 'technology'</c>.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="alsoReserved">Further reserved names: the name of the generated class itself (a member cannot have it, CS0542).</param>
    public IdentifierScope(ReservedScope reserved, string description, List<LadderDiagnostic> diagnostics, params string[] alsoReserved)
    {
        _reserved = reserved;
        _description = description;
        _diagnostics = diagnostics;
        foreach (var name in alsoReserved)
        {
            _owners[name] = "the name of the generated class itself";
        }
    }

    /// <summary>Returns <paramref name="identifier"/> for <paramref name="name"/>, or null with one diagnostic when it cannot be used.</summary>
    /// <param name="name">The name as written in the ladder.</param>
    /// <param name="identifier">The C# identifier derived from it (maybe <c>@</c>-escaped), or null when nothing usable is left.</param>
    /// <param name="path">The ladder file.</param>
    /// <param name="span">Where the name is written.</param>
    public string? Claim(string name, string? identifier, string path, SourceSpan span)
    {
        if (identifier is null || !CSharpIdentifier.IsValid(identifier))
        {
            Report(LadderRules.InvalidName, path, span, name, "name in " + _description, "it must contain at least one letter or digit to become a C# name");
            return null;
        }

        var bare = identifier.TrimStart('@');
        if (bare.Length > CSharpIdentifier.MaxLength)
        {
            Report(LadderRules.NameTooLong, path, span, name, bare.Length.ToString(CultureInfo.InvariantCulture), CSharpIdentifier.MaxLength.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        if (_reserved.IsReserved(bare))
        {
            Report(LadderRules.IdentifierCollision, path, span, name, bare, "is already used by a member that " + _description + " has");
            return null;
        }

        foreach (var taken in new[] { bare }.Concat(CSharpIdentifier.AccessorNames(bare)))
        {
            if (_owners.TryGetValue(taken, out var owner))
            {
                var clash = taken == bare ? string.Empty : " (C# reserves '" + taken + "' for the property's accessor)";
                Report(LadderRules.IdentifierCollision, path, span, name, bare, "is already used by " + owner + " in " + _description + clash);
                return null;
            }
        }

        var claimed = "'" + name + "'";
        _owners.Add(bare, claimed);
        foreach (var accessor in CSharpIdentifier.AccessorNames(bare))
        {
            _owners[accessor] = claimed + " (its accessor)";
        }

        return identifier;
    }

    /// <summary>
    /// Returns a unique identifier for a position that must exist even though its name was rejected (a step keeps its
    /// value): <c>_Invalid2</c>, a shape no ladder name converts to. Reports nothing; the rejection did.
    /// </summary>
    /// <param name="position">The 1-based position of the rejected name.</param>
    public string Fallback(int position)
    {
        var stem = "_Invalid" + position.ToString(CultureInfo.InvariantCulture);
        var candidate = stem;
        for (var suffix = 1; _owners.ContainsKey(candidate) || _reserved.IsReserved(candidate); suffix++)
        {
            candidate = stem + "_" + suffix.ToString(CultureInfo.InvariantCulture);
        }

        _owners.Add(candidate, "a generated placeholder");
        return candidate;
    }

    private void Report(LadderRule rule, string path, SourceSpan span, params string[] arguments) =>
        _diagnostics.Add(LadderDiagnostic.Create(rule, path, span, arguments));
}
