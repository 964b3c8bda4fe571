namespace CareerLadder.Authoring.Emitting;

/// <summary>One emitted C# file.</summary>
/// <param name="HintName">A stable, readable file name such as <c>TechnicalProgramManagerTrack.g.cs</c>.</param>
/// <param name="Text">The C# source.</param>
public sealed record GeneratedFile(string HintName, string Text);
