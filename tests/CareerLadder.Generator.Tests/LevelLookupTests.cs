using System.Collections.Generic;
using System.Linq;
using CareerLadder.Generator.Tests.Infrastructure;
using CareerLadder.Metadata;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>The generated TryGetLevel in a large catalog: the runtime's CodeIndex fed by the generated table of codes.</summary>
public sealed class LevelLookupTests
{
    [Fact]
    public void Every_code_of_a_large_catalog_is_found_ignoring_case_and_unknown_codes_are_not()
    {
        var outcome = GeneratorHarness.Run(ScaleLadders.Files(30), new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" });
        var catalog = CompiledLadders.Catalog(outcome.Output, "Consumer.Ladders.CareerLadders");
        var tryGetLevel = catalog.GetMethod("TryGetLevel")!;

        foreach (var level in CompiledLadders.AllLevels(catalog))
        {
            foreach (var code in new[] { level.Code, level.Code.ToLowerInvariant(), level.Code.ToUpperInvariant() })
            {
                var arguments = new object?[] { code, null };
                Assert.True((bool)tryGetLevel.Invoke(null, arguments)!, code);
                Assert.Same(level, arguments[1]);
            }
        }

        foreach (var unknown in new[] { "ZZ999", "", "é", "T001X", "\u0130" })
        {
            var arguments = new object?[] { unknown, null };
            Assert.False((bool)tryGetLevel.Invoke(null, arguments)!, unknown);
        }

        Assert.True(CompiledLadders.AllLevels(catalog).Count() > 100);
    }
}
