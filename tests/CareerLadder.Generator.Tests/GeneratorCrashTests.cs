using System.Linq;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static CareerLadder.Generator.Tests.Infrastructure.TestLadders;

namespace CareerLadder.Generator.Tests;

/// <summary>Repros that made the generator fail as a whole (CS8785) or killed the compiler: each must end in CL diagnostics.</summary>
public sealed class GeneratorCrashTests
{
    [Fact]
    public void Unclosed_flow_sequence_after_a_dash_gives_a_valid_span_and_no_CS8785()
    {
        var track = "track: backend\nname: Backend\nabbreviation: BE\nlevels:\n- [?";

        var outcome = GeneratorHarness.Run(WithTrack(track));

        AssertNoGeneratorFailure(outcome);
        Assert.Contains(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CL0001");
    }

    internal static void AssertNoGeneratorFailure(GeneratorOutcome outcome)
    {
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CS8785");
        Assert.All(outcome.Result.Results, result => Assert.Null(result.Exception));
    }
}
