namespace CareerLadder.Authoring.Emitting;

/// <summary>How the generated code is shaped for the consuming project.</summary>
/// <param name="Namespace">The namespace of the generated types, for example <c>Acme.Ladders</c>.</param>
/// <param name="Accessibility">The accessibility of every generated type.</param>
/// <param name="NullableAnnotations">
/// Whether the consumer's C# version (8.0 or later) allows <c>#nullable enable</c> and <c>?</c> on reference types;
/// without them the code is plain C# 7.3, as a <c>netstandard2.0</c> library compiles by default.
/// </param>
public sealed record EmitOptions(string Namespace, GeneratedAccessibility Accessibility = GeneratedAccessibility.Public, bool NullableAnnotations = true)
{
    /// <summary>The C# keyword for <see cref="Accessibility"/>.</summary>
    public string AccessibilityKeyword => Accessibility == GeneratedAccessibility.Internal ? "internal" : "public";

    /// <summary>Returns <paramref name="referenceType"/> marked as nullable when the language version allows it.</summary>
    /// <param name="referenceType">A reference type name such as <c>string</c>.</param>
    public string Nullable(string referenceType) => NullableAnnotations ? referenceType + "?" : referenceType;
}

/// <summary>The accessibility of the generated types (MSBuild property <c>CareerLadderAccessibility</c>).</summary>
public enum GeneratedAccessibility
{
    /// <summary>Visible to every project that references the ladder project (the default).</summary>
    Public,

    /// <summary>Visible only inside the ladder project (and to its <c>InternalsVisibleTo</c> friends).</summary>
    Internal,
}
