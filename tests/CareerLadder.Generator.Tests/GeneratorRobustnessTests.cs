using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Validation;
using CareerLadder.Generator.Tests.Infrastructure;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>The generator reports problems as diagnostics and keeps generating what it can.</summary>
public sealed class GeneratorRobustnessTests
{
    [Fact]
    public void Invalid_namespace_property_is_CL0019_and_the_default_namespace_is_used()
    {
        var outcome = GeneratorHarness.Run(
            WithTrack(TrackYaml),
            new Dictionary<string, string> { ["build_property.CareerLadderNamespace"] = "My-Company.Ladders", ["build_property.RootNamespace"] = "Consumer" });

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("CL0019", diagnostic.Id);
        Assert.Contains("'My-Company.Ladders'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains("namespace Consumer.Ladders", outcome.Source("CareerLadders.g.cs"), System.StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void Unexpected_failure_in_validation_is_CL0020_not_an_exception()
    {
        var broken = new ParsedLadderFile(TrackPath, LadderFileKind.Track, null,
            new TrackDefinition(TrackPath, new LocatedString(null!, default), "X", new LocatedString("X", default), null,
                EquatableArray<LinkDefinition>.Empty, EquatableArray<LevelDefinition>.Empty),
            EquatableArray<CareerLadder.Authoring.Diagnostics.LadderDiagnostic>.Empty);

        var result = LadderValidator.Validate(new[] { broken });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CL0020", diagnostic.RuleId);
        Assert.Equal(TrackPath, diagnostic.Location.FilePath);
        Assert.Contains("Exception", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void One_broken_file_does_not_stop_the_others_from_generating()
    {
        var files = new[]
        {
            (FrameworkPath, FrameworkYaml),
            ("/ladders/backend.yaml", TrackYaml),
            ("/ladders/broken.yaml", "track: frontend\nname: Frontend\nabbreviation: FE\nlevels:\n  - code: FE1\n    rank: [1\n"),
        };

        var outcome = GeneratorHarness.Run(files, null, "class Uses { object L => Consumer.Ladders.CareerLadders.Backend.BE2; }");

        Assert.Contains(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CL0001");
        Assert.Contains("BackendTrack.g.cs", outcome.HintNames);
        Assert.Empty(outcome.CompilationDiagnostics);
    }
}
