using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using CareerLadder.Generator.Tests.Infrastructure;

namespace CareerLadder.Benchmarks;

/// <summary>
/// Start-up: the first lookup in a generated catalog against loading the same ladders with YamlDotNet and finding the
/// same code, both in a process that has never run that code.
/// </summary>
/// <remarks>
/// A static catalog is initialized once per process, and code is compiled by the JIT once per loaded assembly, so a
/// second call in the same process measures nothing. Each measured invocation therefore gets assemblies that were
/// never used: <c>[IterationSetup]</c> creates a fresh <see cref="AssemblyLoadContext"/> and loads into it everything
/// that is not the .NET framework itself — for the catalog, the compiled catalog assembly and CareerLadder.dll; for
/// YamlDotNet, YamlDotNet.dll and a fresh copy of this assembly (whose <see cref="YamlLadderLoader"/> is the
/// hand-written loader). Opening the files is setup; type loading, JIT, static initialization and the work itself are
/// measured, once per iteration (<c>InvocationCount(1)</c>). The contexts are deliberately not collectible: the JIT
/// compiles code of collectible assemblies several times slower (string literals and statics go through the
/// collectible loader allocator), which would not be what an application sees. They are never unloaded, so each
/// iteration leaks one copy of the assemblies, a few MB at most.
/// </remarks>
[MemoryDiagnoser]
[InvocationCount(1)]
public class StartupBenchmarks
{
    private string _ladders = "";
    private string _catalogPath = "";
    private string _catalogTypeName = "";
    private string _lastCode = "";
    private AssemblyLoadContext? _context;
    private MethodInfo? _tracksGetter;
    private MethodInfo? _tryGetLevel;
    private MethodInfo? _loadAndFind;

    /// <summary>Number of track files (plus the framework file).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Tracks { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSettings.Short ? new[] { 10 } : new[] { 10, 100 };

    [GlobalSetup]
    public void Setup()
    {
        _ladders = BenchmarkInputs.WriteLadders(Tracks);
        var assemblyName = "StartupCatalog" + Tracks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _catalogPath = Path.Combine(_ladders, "..", Path.GetFileName(_ladders) + "-" + assemblyName + ".dll");
        File.WriteAllBytes(_catalogPath, BenchmarkInputs.CompileCatalog(Tracks, assemblyName));
        _catalogTypeName = BenchmarkInputs.CatalogTypeName(assemblyName);
        using var codes = ScaleLadders.LevelCodes(Tracks - 1).GetEnumerator();
        while (codes.MoveNext())
        {
            _lastCode = codes.Current;
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Directory.Delete(_ladders, recursive: true);
        File.Delete(_catalogPath);
    }

    [IterationSetup(Target = nameof(Catalog_FirstAccess))]
    public void LoadCatalog()
    {
        _context = new IsolatedContext(typeof(Track).Assembly.Location);
        var catalog = _context.LoadFromAssemblyPath(Path.GetFullPath(_catalogPath)).GetType(_catalogTypeName, throwOnError: true)!;
        _tracksGetter = catalog.GetProperty("Tracks", BindingFlags.Public | BindingFlags.Static)!.GetMethod!;
        _tryGetLevel = catalog.GetMethod("TryGetLevel", BindingFlags.Public | BindingFlags.Static)!;
    }

    [IterationSetup(Target = nameof(YamlDotNet_ColdStart))]
    public void LoadYamlDotNet()
    {
        _context = new IsolatedContext(typeof(YamlDotNet.Serialization.Deserializer).Assembly.Location, typeof(YamlLadderLoader).Assembly.Location);
        var loader = _context.LoadFromAssemblyPath(typeof(YamlLadderLoader).Assembly.Location).GetType(typeof(YamlLadderLoader).FullName!, throwOnError: true)!;
        _loadAndFind = loader.GetMethod(nameof(YamlLadderLoader.LoadAndFind), BindingFlags.Public | BindingFlags.Static)!;
    }

    /// <summary>
    /// The first lookup in the generated catalog: the catalog's tables, the lookup and the one track that holds the
    /// level (each track is built on its first use); then the number of tracks, which builds none.
    /// </summary>
    [Benchmark]
    public int Catalog_FirstAccess()
    {
        var arguments = new object?[] { _lastCode, null };
        var found = (bool)_tryGetLevel!.Invoke(null, arguments)!;
        var tracks = (IEnumerable)_tracksGetter!.Invoke(null, null)!;
        return (int)tracks.GetType().GetProperty("Count")!.GetValue(tracks)! + (found ? 1 : -1);
    }

    /// <summary>Reading and deserializing every file with YamlDotNet, indexing the levels and a first lookup, never run before.</summary>
    [Benchmark(Baseline = true)]
    public int YamlDotNet_ColdStart() => (int)_loadAndFind!.Invoke(null, new object[] { _ladders, _lastCode })!;

    /// <summary>Loads the given assemblies afresh; everything else (the .NET framework) comes from the default context.</summary>
    internal sealed class IsolatedContext : AssemblyLoadContext
    {
        private readonly Dictionary<string, string> _fresh = new(StringComparer.OrdinalIgnoreCase);

        public IsolatedContext(params string[] freshAssemblies)
            : base("startup-" + Guid.NewGuid().ToString("N"), isCollectible: false)
        {
            foreach (var path in freshAssemblies)
            {
                _fresh[Path.GetFileNameWithoutExtension(path)] = path;
            }
        }

        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name is { } name && _fresh.TryGetValue(name, out var path) ? LoadFromAssemblyPath(path) : null;
    }
}
