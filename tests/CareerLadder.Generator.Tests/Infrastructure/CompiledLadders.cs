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
    public static System.Type Catalog(Compilation compilation, string catalogTypeName) =>
        Load(compilation.AssemblyName!, Image(compilation), catalogTypeName);

    /// <summary>The assembly <paramref name="compilation"/> compiles to.</summary>
    public static byte[] Image(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return stream.ToArray();
    }

    /// <summary>Loads <paramref name="image"/> in a load context of its own: its static state is fresh, as in a new process.</summary>
    public static System.Type Load(string assemblyName, byte[] image, string catalogTypeName)
    {
        var context = new AssemblyLoadContext(assemblyName + "-" + System.Guid.NewGuid(), isCollectible: true);
        var assembly = context.LoadFromStream(new MemoryStream(image));
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
