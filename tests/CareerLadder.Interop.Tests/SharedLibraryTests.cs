using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text.Json;
using Xunit;

namespace CareerLadder.Interop.Tests;

/// <summary>
/// A service that reads a code of a shared ladder library (netstandard2.0, its own assembly) before touching any of
/// its types: the library is not loaded yet, and the code still resolves to the library's own instance. The probe runs
/// in its own AssemblyLoadContext, with a fresh copy of the runtime library, so that other tests running in parallel
/// (which load the library) cannot spoil the premise.
/// </summary>
public sealed class SharedLibraryTests
{
    private const string LibraryName = "CareerLadder.Interop.Tests.Ladders";

    [Fact]
    public void A_code_of_a_ladder_library_that_is_not_loaded_yet_reads_as_its_own_instance()
    {
        var context = new IsolatedContext();
        var probe = context.LoadFromAssemblyPath(typeof(SharedLibraryTests).Assembly.Location).GetType(typeof(Probe).FullName!)!;

        var result = (string)probe.GetMethod(nameof(Probe.Run))!.Invoke(null, new object[] { context })!;

        Assert.Equal("not loaded before; same instance: True; previous: True; JSON: \"DE2\"", result);
    }

    /// <summary>Runs inside the isolated context.</summary>
    public static class Probe
    {
        public static string Run(AssemblyLoadContext context)
        {
            var loadedBefore = context.Assemblies.Any(assembly => assembly.GetName().Name == LibraryName);

            var level = JsonSerializer.Deserialize<Level>("\"de2\"");
            var parsed = Level.Parse("DE1");

            return (loadedBefore ? "loaded before" : "not loaded before")
                + "; same instance: " + ReferenceEquals(LibraryLevel2(), level)
                + "; previous: " + ReferenceEquals(LibraryLevel2().Previous, parsed)
                + "; JSON: " + JsonSerializer.Serialize(level);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Level LibraryLevel2() => Shared.Ladders.CareerLadders.DataEngineer.DE2;
    }

    /// <summary>Loads the test's own assemblies (not the framework's) afresh from the output folder.</summary>
    private sealed class IsolatedContext() : AssemblyLoadContext("careerladder-shared-library", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(AppContext.BaseDirectory, assemblyName.Name + ".dll");
            return assemblyName.Name is "CareerLadder" or LibraryName or "CareerLadder.Interop.Tests" && File.Exists(path)
                ? LoadFromAssemblyPath(path)
                : null;
        }
    }
}
