using System;
using System.IO;
using Xunit;

namespace CareerLadder.Package.Tests;

/// <summary>
/// A fact that publishes with NativeAOT, which needs clang and zlib's headers (Debian: clang zlib1g-dev). It is skipped
/// where clang is not installed, unless CAREERLADDER_REQUIRE_AOT=1 (set by .ci/run once it has installed them).
/// </summary>
public sealed class AotFactAttribute : FactAttribute
{
    public AotFactAttribute()
    {
        if (!(File.Exists("/usr/bin/clang") && File.Exists("/usr/include/zlib.h")) && Environment.GetEnvironmentVariable("CAREERLADDER_REQUIRE_AOT") != "1")
        {
            Skip = "NativeAOT needs clang and zlib1g-dev: apt-get install clang zlib1g-dev (.ci/run does it).";
        }
    }
}
