using System.Linq;
using System.Text;
using CareerLadder.Authoring;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Authoring.Validation;
using CareerLadder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
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

    [Fact]
    public void A_framework_cut_off_inside_a_flow_mapping_reports_only_inside_the_file()
    {
        // Found by the 10,000-case mutation fuzz (seed 9LlpkHdYvY82): a CL0004 on line 45 of a 44-line file.
        var directory = System.IO.Path.Combine(GeneratorHarness.RepositoryRoot, "ladders");
        var files = GeneratorHarness.LoadDirectory(directory).ToList();
        var index = files.FindIndex(file => file.Path.EndsWith("framework.yaml", System.StringComparison.Ordinal));
        var text = files[index].Text;
        var cut = text.Substring(0, text.IndexOf("years-of-experience: { name", System.StringComparison.Ordinal) + "years-of-experience: { name".Length);
        files[index] = (files[index].Path, cut);

        new GeneratedBuild().Check(files, cut);
    }

    [Fact]
    public void An_inverted_span_is_clamped_when_reported_never_thrown_on()
    {
        var inverted = LadderDiagnostic.Create(LadderRules.InvalidYaml, TrackPath, new SourceSpan(10, 2, 4, 2, 0, 0), "broken");

        var location = LadderGenerator.ToRoslyn(inverted).Location;

        Assert.Equal(new TextSpan(10, 0), location.SourceSpan);
        Assert.Equal(new LinePosition(4, 2), location.GetLineSpan().EndLinePosition);
    }

    [Fact]
    public void Eleven_thousand_levels_each_extending_the_next_give_one_CL0042_not_a_stack_overflow()
    {
        // On a 512 KB stack, as a compiler thread may have: recursion per level overflows it and kills the process.
        var diagnostics = System.Collections.Immutable.ImmutableArray<Diagnostic>.Empty;
        var thread = new System.Threading.Thread(
            () => GeneratorHarness.CreateDriver(WithTrack(ExtendsChain(11_000)), trackSteps: false)
                .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out _, out diagnostics),
            maxStackSize: 512 * 1024);
        thread.Start();
        thread.Join();

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "CS8785");
        var limit = Assert.Single(diagnostics, diagnostic => diagnostic.Id == "CL0042");
        Assert.Contains("CareerLadderMaxExtendsDepth", limit.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("'BE10967'", limit.GetMessage(), System.StringComparison.Ordinal);   // 33 steps above BE11000, the base
    }

    [Theory]
    [InlineData(4, 3, true)]
    [InlineData(4, 4, false)]
    public void The_extends_chain_limit_is_reported_once_at_the_level_beyond_it_and_can_be_raised(int chain, int limit, bool reported)
    {
        var files = WithTrack(ExtendsChain(chain + 1)).Select(file => LadderParser.Parse(file.Path, file.Text)).ToList();

        var validated = LadderValidator.Validate(files, LadderLimits.Default with { MaxExtendsDepth = limit });

        var diagnostics = validated.Diagnostics.Where(diagnostic => diagnostic.RuleId == "CL0042").ToList();
        Assert.Equal(reported ? 1 : 0, diagnostics.Count);
    }

    [Fact]
    public void The_MSBuild_property_CareerLadderMaxExtendsDepth_raises_the_limit_in_the_generator()
    {
        var files = WithTrack(ExtendsChain(40));

        var byDefault = GeneratorHarness.Run(files);
        var raised = GeneratorHarness.Run(files, new System.Collections.Generic.Dictionary<string, string> { ["build_property.CareerLadderMaxExtendsDepth"] = "40" });

        Assert.Single(byDefault.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CL0042");
        Assert.DoesNotContain(raised.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CL0042");
    }

    /// <summary>A track of <paramref name="count"/> levels where level i extends level i + 1 (the last extends nothing).</summary>
    private static string ExtendsChain(int count)
    {
        var yaml = new StringBuilder("track: backend\nname: Backend\nabbreviation: BE\nlevels:\n");
        for (var i = 1; i <= count; i++)
        {
            yaml.Append("  - code: BE").Append(i).Append("\n    rank: 1\n    title: Backend ").Append(i).Append('\n');
            yaml.Append(i < count ? "    extends: BE" + (i + 1) + "\n" : "    seniority: Junior\n");
        }

        return yaml.ToString();
    }

    internal static void AssertNoGeneratorFailure(GeneratorOutcome outcome)
    {
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CS8785");
        Assert.All(outcome.Result.Results, result => Assert.Null(result.Exception));
    }
}
