using System;
using System.IO;

namespace CareerLadder.TestSupport;

/// <summary>
/// The checkout the tests run from, found by walking up from the test binaries to CareerLadder.sln.
/// Never derive it from the caller's file path attribute: CI builds map source paths to "/_/" (ContinuousIntegrationBuild).
/// </summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Found = new(Find);

    public static string Path => Found.Value;

    /// <summary>A path inside the checkout.</summary>
    public static string Combine(params string[] parts)
    {
        var all = new string[parts.Length + 1];
        all[0] = Path;
        parts.CopyTo(all, 1);
        return System.IO.Path.Combine(all);
    }

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "CareerLadder.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CareerLadder.sln not found above " + AppContext.BaseDirectory);
    }
}
