using System;
using System.Collections.Generic;
using CareerLadder.Authoring.Diagnostics;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// Hands out C# identifiers within one scope (an enum, a class) and reports names that collide after conversion
/// (<c>Multiple Teams</c> and <c>MultipleTeams</c>) or with members the generated code already has.
/// </summary>
internal sealed class NameRegistry
{
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);
    private readonly string _scope;
    private readonly List<LadderDiagnostic> _diagnostics;

    public NameRegistry(string scope, List<LadderDiagnostic> diagnostics, params string[] reserved)
    {
        _scope = scope;
        _diagnostics = diagnostics;
        foreach (var name in reserved)
        {
            _owners[name] = "a member that " + scope + " already has";
        }
    }

    /// <summary>Returns the identifier for <paramref name="name"/>, or null (with a diagnostic) when it cannot be used.</summary>
    public string? Claim(string name, string? identifier, string path, SourceSpan span)
    {
        if (identifier is null)
        {
            _diagnostics.Add(LadderDiagnostic.Create(LadderRules.InvalidName, path, span, name, "name in " + _scope,
                "it must contain at least one letter or digit to become a C# name"));
            return null;
        }

        var key = identifier.TrimStart('@');
        if (_owners.TryGetValue(key, out var owner))
        {
            _diagnostics.Add(LadderDiagnostic.Create(LadderRules.IdentifierCollision, path, span, name, key, "is already used by " + owner + " in " + _scope));
            return null;
        }

        _owners.Add(key, "'" + name + "'");
        return identifier;
    }
}
