using System;
using System.Collections.Generic;
using CareerLadder.Authoring.Diagnostics;

namespace CareerLadder.Authoring.Parsing;

/// <summary>
/// The display names given so far to one kind of framework entry (competencies, sections): two entries shown under the
/// same name cannot be told apart by readers, usually because one was copied from the other and its name not changed.
/// A repeated name is reported at the repetition, naming the first.
/// </summary>
internal sealed class DisplayNames
{
    private readonly ParseContext _context;
    private readonly string _kind;
    private readonly Dictionary<string, (string Id, LocatedString Name)> _first = new(StringComparer.OrdinalIgnoreCase);

    public DisplayNames(ParseContext context, string kind)
    {
        _context = context;
        _kind = kind;
    }

    public string? Add(string id, LocatedString? name)
    {
        if (name is not { } located)
        {
            return null;
        }

        var key = located.Value.Trim();
        if (_first.TryGetValue(key, out var first))
        {
            _context.Diagnostics.Add(LadderDiagnostic
                .Create(LadderRules.DuplicateDisplayName, _context.Path, located.Span, _kind, id, located.Value, first.Id)
                .WithAdditionalLocation(new LadderLocation(_context.Path, first.Name.Span)));
        }
        else
        {
            _first.Add(key, (id, located));
        }

        return located.Value;
    }
}
