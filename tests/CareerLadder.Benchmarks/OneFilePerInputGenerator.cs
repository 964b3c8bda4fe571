using System.Globalization;
using Microsoft.CodeAnalysis;

namespace CareerLadder.Benchmarks;

/// <summary>
/// The smallest generator with one output per input: it reads each additional file and writes a one-line file for it.
/// Its incremental runs measure the driver's own work, which LadderGenerator pays too.
/// </summary>
internal sealed class OneFilePerInputGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var lengths = context.AdditionalTextsProvider.Select(static (file, cancellationToken) =>
            (Name: System.IO.Path.GetFileNameWithoutExtension(file.Path), Length: file.GetText(cancellationToken)?.Length ?? 0));
        context.RegisterSourceOutput(lengths, static (output, file) =>
            output.AddSource(file.Name + ".g.cs", "// " + file.Length.ToString(CultureInfo.InvariantCulture) + " characters\n"));
    }
}
