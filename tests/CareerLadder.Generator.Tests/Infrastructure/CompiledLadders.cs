using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CareerLadder.Generator.Tests.Infrastructure;

/// <summary>Emits a compilation that contains generated code and loads it, to test the generated catalog at run time.</summary>
internal static class CompiledLadders
{
    public static System.Type Catalog(Compilation compilation, string catalogTypeName)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext(compilation.AssemblyName + "-" + System.Guid.NewGuid(), isCollectible: true);
        var assembly = context.LoadFromStream(stream);
        return assembly.GetType(catalogTypeName, throwOnError: true)!;
    }

    public static IReadOnlyList<Track> Tracks(System.Type catalog) =>
        (IReadOnlyList<Track>)catalog.GetProperty("Tracks", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    public static Level Level(System.Type catalog, string code)
    {
        var arguments = new object?[] { code, null };
        var found = (bool)catalog.GetMethod("TryGetLevel")!.Invoke(null, arguments)!;
        Assert.True(found, "level " + code + " not found");
        return (Level)arguments[1]!;
    }

    public static IEnumerable<Level> AllLevels(System.Type catalog) => Tracks(catalog).SelectMany(track => track.Levels);
}
