using System;
using System.Text;
using CareerLadder.Authoring.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CareerLadder.Generator;

/// <summary>A file emitted, or the error that stopped it; equal by file and error (its SourceText is made once and kept).</summary>
internal sealed class EmitResult : IEquatable<EmitResult>
{
    public static readonly EmitResult Nothing = new(null, null);

    private EmitResult(GeneratedFile? file, string? error)
    {
        File = file;
        Error = error;
    }

    public GeneratedFile? File { get; }

    public string? Error { get; }

    /// <summary>The file's text as added to the compilation, made on first use.</summary>
    private SourceText? Source { get; set; }

    /// <summary>Runs <paramref name="emit"/>; an exception becomes an error (reported as CL0020), since the generator never throws.</summary>
    public static EmitResult Of(string subject, Func<GeneratedFile> emit)
    {
        try
        {
            return new EmitResult(emit(), null);
        }
        catch (Exception exception)
        {
            return new EmitResult(null, exception.GetType().FullName + " while emitting '" + subject + "': " + exception.Message);
        }
    }

    /// <summary>Adds the file to the compilation, or reports the error.</summary>
    public void AddTo(SourceProductionContext output)
    {
        if (File is { } file)
        {
            output.AddSource(file.HintName, Source ??= SourceText.From(file.Text, Encoding.UTF8));
        }

        if (Error is { } error)
        {
            output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, "emitting", error));
        }
    }

    public bool Equals(EmitResult? other) => other is not null && Equals(File, other.File) && Error == other.Error;

    public override bool Equals(object? obj) => Equals(obj as EmitResult);

    public override int GetHashCode() => (File?.GetHashCode() ?? 0) ^ (Error?.GetHashCode() ?? 0);

    public override string ToString() => File?.ToString() ?? Error ?? string.Empty;
}
