namespace CareerLadder.Authoring.Emitting;

/// <summary>The <c>global::</c> names of the runtime and framework types generated code refers to.</summary>
internal static class RuntimeNames
{
    public const string Runtime = "global::CareerLadder.";

    /// <summary>The runtime types only generated code calls, out of the user's way (<c>EditorBrowsable(Never)</c>).</summary>
    public const string Metadata = "global::CareerLadder.Metadata.";

    public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList<";
    public const string ReadOnlyCollection = "global::System.Collections.ObjectModel.ReadOnlyCollection<";
    public const string NotNullWhen = "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)]";
}
