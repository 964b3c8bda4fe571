using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace CareerLadder.Generator.Tests.Infrastructure;

/// <summary>Runs the generator through Microsoft.CodeAnalysis.Testing and checks the exact diagnostics it reports.</summary>
internal static class GeneratorVerifier
{
    public static Task VerifyDiagnosticsAsync((string Path, string Text)[] files, params DiagnosticResult[] expected) =>
        VerifyDiagnosticsAsync(files, configure: null, expected);

    public static Task VerifyDiagnosticsAsync((string Path, string Text)[] files, System.Action<CSharpSourceGeneratorTest<LadderGenerator, DefaultVerifier>>? configure, params DiagnosticResult[] expected)
    {
        var test = new CSharpSourceGeneratorTest<LadderGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
        };
        test.TestState.AdditionalReferences.Add(typeof(CareerLadder.Track).Assembly);
        test.TestState.Sources.Add("internal static class Consumer { }");
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        test.TestState.ExpectedDiagnostics.AddRange(expected);
        configure?.Invoke(test);
        return test.RunAsync();
    }
}
