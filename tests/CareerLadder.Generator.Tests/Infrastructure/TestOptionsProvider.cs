using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CareerLadder.Generator.Tests.Infrastructure;

/// <summary>MSBuild properties as the generator sees them (build_property.X).</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions _global;
    private readonly AnalyzerConfigSet? _editorConfigs;

    public TestOptionsProvider(IDictionary<string, string>? globalOptions = null, AnalyzerConfigSet? editorConfigs = null)
    {
        _global = new DictionaryOptions(new Dictionary<string, string>(globalOptions ?? new Dictionary<string, string>()));
        _editorConfigs = editorConfigs;
    }

    /// <summary>Options whose per-file values come from real .editorconfig files, parsed by Roslyn itself.</summary>
    public static TestOptionsProvider WithEditorConfig(string path, string text) =>
        new(editorConfigs: AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse(text, path) }));

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _editorConfigs is null ? DictionaryOptions.Empty : new DictionaryOptions(_editorConfigs.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly IReadOnlyDictionary<string, string> _values;

        public DictionaryOptions(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
