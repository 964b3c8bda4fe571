using System;
using CareerLadder.Authoring;
using CareerLadder.Authoring.Emitting;
using CareerLadder.Authoring.Model;
using Microsoft.CodeAnalysis;

namespace CareerLadder.Generator;

/// <summary>What the catalog file shows: the framework and the catalog's view of the tracks (<see cref="CatalogTracks"/>), empty when output is not allowed.</summary>
internal readonly record struct CatalogModel(CodeFramework Framework, EquatableArray<CodeTrack> Tracks);

/// <summary>
/// Combining two values in one step with names: every step is a node the driver keeps a table for on every run (about a
/// kilobyte each), so a value is named where it is used rather than by a step that only builds a record of it.
/// </summary>
internal static class ProviderCombinations
{
    /// <summary>
    /// Combines <paramref name="left"/> and <paramref name="right"/> into the value <paramref name="into"/> makes of them:
    /// a <c>Combine</c> and a <c>Select</c>, as the pair would take anyway, with the pair's parts named.
    /// </summary>
    public static IncrementalValueProvider<TResult> Combine<TLeft, TRight, TResult>(
        this IncrementalValueProvider<TLeft> left, IncrementalValueProvider<TRight> right, Func<TLeft, TRight, TResult> into) =>
        left.Combine(right).Select((pair, _) => into(pair.Left, pair.Right));
}
