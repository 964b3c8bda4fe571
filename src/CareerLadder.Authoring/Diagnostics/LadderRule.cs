namespace CareerLadder.Authoring.Diagnostics;

/// <summary>One rule of the catalogue: a stable id, what it checks and the message that says what to change.</summary>
/// <param name="Id">Stable id, for example <c>CL0001</c>; never reused.</param>
/// <param name="Title">Short title.</param>
/// <param name="MessageFormat">Composite format string whose arguments are the diagnostic's arguments.</param>
/// <param name="Category">Rule category.</param>
/// <param name="Severity">Default severity.</param>
public sealed record LadderRule(string Id, string Title, string MessageFormat, string Category, LadderSeverity Severity)
{
    /// <summary>Where the rule is documented.</summary>
    public string HelpLink => LadderRules.HelpBase + "#" + Id.ToLowerInvariant();

    /// <summary>Formats the message with <paramref name="arguments"/> using the invariant culture.</summary>
    /// <param name="arguments">The message arguments.</param>
    public string Format(params object[] arguments) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, arguments);
}
