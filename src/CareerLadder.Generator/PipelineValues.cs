using System;
using CareerLadder.Authoring;
using CareerLadder.Authoring.Emitting;
using CareerLadder.Authoring.Evolution;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Authoring.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CareerLadder.Generator;

/// <summary>What validating a track needs besides the track: the cross-file index and the project's limits.</summary>
internal readonly record struct ValidationSettings(LadderIndex Index, LadderLimits Limits);

/// <summary>What the catalog file shows: the framework and the catalog's view of the tracks (<see cref="CatalogTracks"/>), empty when output is not allowed.</summary>
internal readonly record struct CatalogModel(CodeFramework Framework, EquatableArray<CodeTrack> Tracks);

/// <summary>How the catalog is emitted: the emit options (null when nothing is generated) and the enum numbers the baseline pins.</summary>
internal readonly record struct CatalogEmitSettings(EmitOptions? Emit, EquatableArray<BaselineNumber> Pins);

/// <summary>What emitting a track needs besides the track: the framework and the emit options (null when nothing is generated).</summary>
internal readonly record struct TrackEmitSettings(CodeFramework Framework, EmitOptions? Emit);

/// <summary>What decides whether and how the project gets code, apart from the compilation.</summary>
internal readonly record struct ProjectSettings(bool HasLadderFiles, GeneratorOptions Options, LanguageVersion LanguageVersion);

/// <summary>Combining single values into one named value, so that no step reads a nested <c>(Left, Right)</c> pair.</summary>
internal static class ProviderCombinations
{
    /// <summary>
    /// Combines <paramref name="left"/> and <paramref name="right"/> into the value <paramref name="into"/> makes of them;
    /// like every step, it runs again only when one of them changes, and its consumers only when the value changes.
    /// </summary>
    public static IncrementalValueProvider<TResult> Combine<TLeft, TRight, TResult>(
        this IncrementalValueProvider<TLeft> left, IncrementalValueProvider<TRight> right, Func<TLeft, TRight, TResult> into) =>
        left.Combine(right).Select((pair, _) => into(pair.Left, pair.Right));

    /// <summary>Combines three single values into the value <paramref name="into"/> makes of them.</summary>
    public static IncrementalValueProvider<TResult> Combine<T1, T2, T3, TResult>(
        this IncrementalValueProvider<T1> first, IncrementalValueProvider<T2> second, IncrementalValueProvider<T3> third, Func<T1, T2, T3, TResult> into) =>
        first.Combine(second).Combine(third).Select((input, _) => into(input.Left.Left, input.Left.Right, input.Right));
}
