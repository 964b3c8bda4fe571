using System;
using System.Linq;

namespace CareerLadder.Authoring.Diagnostics;

/// <summary>A place in a ladder file a diagnostic points to.</summary>
/// <param name="FilePath">The file.</param>
/// <param name="Span">The range in the file.</param>
public readonly record struct LadderLocation(string FilePath, SourceSpan Span);

/// <summary>
/// A problem found in a ladder file, as plain data (no Roslyn types) so that pipeline steps can cache it
/// and the CLI can print it.
/// </summary>
/// <param name="RuleId">The id of the <see cref="LadderRule"/>.</param>
/// <param name="Location">Where the problem is.</param>
/// <param name="Arguments">The message arguments, already turned into text.</param>
/// <param name="AdditionalLocations">Other places that matter, for example the first definition of a duplicate.</param>
public sealed record LadderDiagnostic(
    string RuleId,
    LadderLocation Location,
    EquatableArray<string> Arguments,
    EquatableArray<LadderLocation> AdditionalLocations) : IEquatable<LadderDiagnostic>
{
    /// <summary>The rule this diagnostic reports.</summary>
    public LadderRule Rule => LadderRules.Get(RuleId);

    /// <summary>The message with its arguments filled in.</summary>
    public string Message => Rule.Format(Arguments.Cast<object>().ToArray());

    /// <summary>Creates a diagnostic.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="filePath">The file.</param>
    /// <param name="span">Where in the file.</param>
    /// <param name="arguments">The message arguments.</param>
    public static LadderDiagnostic Create(LadderRule rule, string filePath, SourceSpan span, params string[] arguments) =>
        new(rule.Id, new LadderLocation(filePath, span), new EquatableArray<string>(arguments), EquatableArray<LadderLocation>.Empty);

    /// <summary>Returns a copy that also points to <paramref name="location"/>.</summary>
    /// <param name="location">The additional place.</param>
    public LadderDiagnostic WithAdditionalLocation(LadderLocation location) =>
        this with { AdditionalLocations = AdditionalLocations.Concat(new[] { location }).ToEquatableArray() };

    /// <summary>Formats the diagnostic the way the compiler prints it: <c>file(line,col): error CL0001: message</c>.</summary>
    public override string ToString() =>
        $"{Location.FilePath}{Location.Span}: {Rule.Severity.ToString().ToLowerInvariant()} {RuleId}: {Message}";
}
