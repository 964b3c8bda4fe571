using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Threading;

namespace CareerLadder;

/// <summary>
/// The generated ladder catalogs of the process, found without any registration call: every assembly the generator ran
/// in carries a <see cref="LadderCatalogAttribute"/>. JSON converters, <c>TryParse</c> and type converters look codes up
/// here, so a code turns back into the catalog's own instance.
/// </summary>
/// <remarks>
/// A ladder library may not be loaded yet when a service reads its first code (the service touched only
/// <see cref="Level"/>, which lives in this library). A lookup that misses therefore first scans assemblies loaded since
/// the last scan, then, once per process, walks the references of the loaded assemblies that use CareerLadder and loads
/// them. A miss after that costs one table lookup and no scan, so unknown codes from clients stay cheap.
/// </remarks>
public static class LadderCatalogs
{
    private static readonly object Gate = new();
    private static readonly string RuntimeName = typeof(Level).Assembly.GetName().Name!;
    private static readonly HashSet<Assembly> Scanned = new();
    private static readonly List<LadderCatalog> Found = new();
    private static CatalogIndex s_index = CatalogIndex.Empty;
    private static int s_loadsSinceScan = 1;
    private static bool s_referencesWalked;

    static LadderCatalogs()
    {
        AppDomain.CurrentDomain.AssemblyLoad += (_, _) => Interlocked.Exchange(ref s_loadsSinceScan, 1);
    }

    /// <summary>Every catalog of the process, after loading the ladder assemblies the loaded code references.</summary>
    public static IReadOnlyList<LadderCatalog> All
    {
        get
        {
            Refresh(walkReferences: true);
            return Volatile.Read(ref s_index).Catalogs;
        }
    }

    /// <summary>Finds a level of any catalog by code (<c>TPM5</c>), ignoring case, without allocating.</summary>
    /// <param name="code">The level code.</param>
    /// <param name="level">The level, when exactly one catalog has the code.</param>
    public static bool TryGetLevel(ReadOnlySpan<char> code, [NotNullWhen(true)] out Level? level) =>
        FindLevel(code, out level) == CodeLookup.Found;

    /// <summary>Finds a track of any catalog by id (<c>technical-program-manager</c>) or abbreviation (<c>TPM</c>), ignoring case.</summary>
    /// <param name="idOrAbbreviation">The track id or abbreviation.</param>
    /// <param name="track">The track, when exactly one catalog has it.</param>
    public static bool TryGetTrack(ReadOnlySpan<char> idOrAbbreviation, [NotNullWhen(true)] out Track? track) =>
        FindTrack(idOrAbbreviation, out track) == CodeLookup.Found;

    /// <summary>Finds a competency of any catalog by id (<c>technology</c>), ignoring case.</summary>
    /// <param name="id">The competency id.</param>
    /// <param name="competency">The competency, when exactly one catalog has it.</param>
    public static bool TryGetCompetency(ReadOnlySpan<char> id, [NotNullWhen(true)] out Competency? competency) =>
        FindCompetency(id, out competency) == CodeLookup.Found;

    internal static CodeLookup FindLevel(ReadOnlySpan<char> code, out Level? level)
    {
        var found = Find(code, index => index.Levels, out level);
        return found == CodeLookup.Unknown ? FindFormerLevel(code, out level) : found;
    }

    /// <summary>
    /// A code no current level has may be a former code (a renamed or retired level) stored with an earlier version of a
    /// ladder: it resolves to the level that replaced it, when exactly one catalog knows it.
    /// </summary>
    private static CodeLookup FindFormerLevel(ReadOnlySpan<char> code, out Level? level)
    {
        level = null;
        string? text = null;
        var catalogs = Volatile.Read(ref s_index).Catalogs;
        for (var position = 0; position < catalogs.Count; position++)
        {
            var catalog = catalogs[position];
            // Only catalogs with a history pay for the string the lookup needs: an unknown code allocates nothing otherwise.
            if (catalog.HasFormerCodes && catalog.ResolveLevel(text ??= code.Trim().ToString()) is { IsFormerCode: true, Level: { } successor })
            {
                if (level is not null && !ReferenceEquals(level, successor))
                {
                    level = null;
                    return CodeLookup.Ambiguous;
                }

                level = successor;
            }
        }

        return level is null ? CodeLookup.Unknown : CodeLookup.Found;
    }

    internal static CodeLookup FindTrack(ReadOnlySpan<char> code, out Track? track) =>
        Find(code, index => index.Tracks, index => index.FormerTracks, out track);

    internal static CodeLookup FindCompetency(ReadOnlySpan<char> code, out Competency? competency) =>
        Find(code, index => index.Competencies, index => index.FormerCompetencies, out competency);

    /// <summary>The known tracks for error messages: <c>BE (backend-engineer), TPM (technical-program-manager)</c>, at most 20.</summary>
    internal static string DescribeTracks()
    {
        var catalogs = Volatile.Read(ref s_index).Catalogs;
        var names = new List<string>();
        var total = 0;
        foreach (var catalog in catalogs)
        {
            foreach (var track in catalog.Tracks)
            {
                total++;
                if (names.Count < 20)
                {
                    names.Add(track.Abbreviation + " (" + track.Id + ")");
                }
            }
        }

        if (total == 0)
        {
            return "no ladder catalog is loaded";
        }

        return "known tracks: " + string.Join(", ", names) + (total > names.Count ? ", and " + (total - names.Count) + " more" : string.Empty);
    }

    /// <summary>
    /// Finds a current code, or else a former id (<c>renamed-from:</c>) stored with an earlier version of a ladder; a former
    /// id is looked up only after the scan for catalogs not loaded yet, so it never hides a current code of such a catalog.
    /// </summary>
    private static CodeLookup Find<T>(ReadOnlySpan<char> code, Func<CatalogIndex, CodeTable<T>> table, Func<CatalogIndex, CodeTable<T>> former, out T? item)
        where T : class
    {
        var found = Find(code, table, out item);
        return found == CodeLookup.Unknown ? former(Volatile.Read(ref s_index)).TryGet(code, out item) : found;
    }

    private static CodeLookup Find<T>(ReadOnlySpan<char> code, Func<CatalogIndex, CodeTable<T>> table, out T? item)
        where T : class
    {
        var index = Volatile.Read(ref s_index);
        var found = table(index).TryGet(code, out item);
        if (found != CodeLookup.Unknown)
        {
            return found;
        }

        return Refresh(index, walkReferences: true) ? table(Volatile.Read(ref s_index)).TryGet(code, out item) : CodeLookup.Unknown;
    }

    private static void Refresh(bool walkReferences) => Refresh(Volatile.Read(ref s_index), walkReferences);

    /// <summary>
    /// Scans new assemblies (and, once, their references); returns whether the index differs from <paramref name="seen"/>,
    /// also when another thread did the scan meanwhile.
    /// </summary>
    private static bool Refresh(CatalogIndex seen, bool walkReferences)
    {
        var mustScan = Volatile.Read(ref s_loadsSinceScan) != 0;
        var mustWalk = walkReferences && !Volatile.Read(ref s_referencesWalked);
        if (mustScan || mustWalk)
        {
            lock (Gate)
            {
                var before = Found.Count;
                if (Interlocked.Exchange(ref s_loadsSinceScan, 0) != 0)
                {
                    foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
                    {
                        Scan(assembly);
                    }
                }

                if (walkReferences && !s_referencesWalked)
                {
                    WalkReferences();
                    Volatile.Write(ref s_referencesWalked, true);
                }

                if (Found.Count != before)
                {
                    Volatile.Write(ref s_index, new CatalogIndex(Found));
                }
            }
        }

        return !ReferenceEquals(Volatile.Read(ref s_index), seen);
    }

    private static void Scan(Assembly assembly)
    {
        // Only assemblies of this library's load context: a plugin context has its own copy of CareerLadder.
        if (!Scanned.Add(assembly) || assembly.IsDynamic || !InOwnContext(assembly) || !References(assembly, RuntimeName))
        {
            return;
        }

        foreach (var attribute in assembly.GetCustomAttributes<LadderCatalogAttribute>())
        {
            if (Activator.CreateInstance(attribute.CatalogType) is LadderCatalog catalog)
            {
                Found.Add(catalog);
            }
        }
    }

    /// <summary>
    /// Loads the assemblies that CareerLadder-using assemblies reference, transitively through those that use CareerLadder
    /// too, so that a ladder library is found before any of its types is touched. Framework assemblies are skipped.
    /// </summary>
    private static void WalkReferences()
    {
        var pending = new Queue<Assembly>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in Scanned)
        {
            if (InOwnContext(assembly))
            {
                pending.Enqueue(assembly);
                seen.Add(assembly.GetName().Name ?? string.Empty);
            }
        }

        while (pending.Count > 0)
        {
            var assembly = pending.Dequeue();
            if (assembly.IsDynamic || !References(assembly, RuntimeName))
            {
                continue;
            }

            foreach (var name in SafeReferences(assembly) ?? Array.Empty<AssemblyName>())
            {
                if (name.Name is not { } simpleName || IsFramework(simpleName) || !seen.Add(simpleName))
                {
                    continue;
                }

                if (TryLoad(name) is { } loaded)
                {
                    Scan(loaded);
                    pending.Enqueue(loaded);
                }
            }
        }
    }

    private static bool InOwnContext(Assembly assembly) =>
        System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(assembly) == System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(typeof(Level).Assembly);

    private static bool References(Assembly assembly, string name)
    {
        if (string.Equals(assembly.GetName().Name, name, StringComparison.Ordinal))
        {
            return false;
        }

        if (SafeReferences(assembly) is not { } references)
        {
            // NativeAOT keeps no reference list: every compiled assembly is loaded, so read the attributes of all but the framework's.
            return assembly.GetName().Name is { } simpleName && !IsFramework(simpleName);
        }

        foreach (var reference in references)
        {
            if (string.Equals(reference.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Best effort: a trimmed or NativeAOT app has every kept assembly loaded, and those are scanned.")]
    private static AssemblyName[]? SafeReferences(Assembly assembly)
    {
        try
        {
            return assembly.GetReferencedAssemblies();
        }
        catch (PlatformNotSupportedException)
        {
            // NativeAOT keeps no reference list; there every compiled assembly is already loaded and scanned.
            return null;
        }
    }

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (Exception exception) when (exception is System.IO.IOException or BadImageFormatException or PlatformNotSupportedException)
        {
            return null;
        }
    }

    private static bool IsFramework(string name) =>
        name.StartsWith("System", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.", StringComparison.Ordinal)
        || name is "netstandard" or "mscorlib" or "WindowsBase";

    /// <summary>An immutable snapshot of the catalogs found so far and their lookup tables.</summary>
    private sealed class CatalogIndex
    {
        public static readonly CatalogIndex Empty = new(Array.Empty<LadderCatalog>());

        public CatalogIndex(IEnumerable<LadderCatalog> catalogs)
        {
            var list = new List<LadderCatalog>(catalogs);
            Catalogs = new ReadOnlyCollection<LadderCatalog>(list);
            var levels = new List<KeyValuePair<string, Level>>();
            var tracks = new List<KeyValuePair<string, Track>>();
            var competencies = new List<KeyValuePair<string, Competency>>();
            var formerTracks = new List<KeyValuePair<string, Track>>();
            var formerCompetencies = new List<KeyValuePair<string, Competency>>();
            foreach (var catalog in list)
            {
                foreach (var track in catalog.Tracks)
                {
                    tracks.Add(new(track.Id, track));
                    tracks.Add(new(track.Abbreviation, track));
                    foreach (var formerId in track.FormerIds)
                    {
                        formerTracks.Add(new(formerId, track));
                    }

                    foreach (var level in track.Levels)
                    {
                        levels.Add(new(level.Code, level));
                    }
                }

                foreach (var competency in catalog.Competencies)
                {
                    competencies.Add(new(competency.Id, competency));
                    foreach (var formerId in competency.FormerIds)
                    {
                        formerCompetencies.Add(new(formerId, competency));
                    }
                }
            }

            Levels = new CodeTable<Level>(levels);
            Tracks = new CodeTable<Track>(tracks);
            Competencies = new CodeTable<Competency>(competencies);
            FormerTracks = new CodeTable<Track>(formerTracks);
            FormerCompetencies = new CodeTable<Competency>(formerCompetencies);
        }

        public IReadOnlyList<LadderCatalog> Catalogs { get; }

        public CodeTable<Level> Levels { get; }

        public CodeTable<Track> Tracks { get; }

        public CodeTable<Competency> Competencies { get; }

        public CodeTable<Track> FormerTracks { get; }

        public CodeTable<Competency> FormerCompetencies { get; }
    }
}
