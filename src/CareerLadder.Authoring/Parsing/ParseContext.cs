using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Yaml;

namespace CareerLadder.Authoring.Parsing;

/// <summary>The file being parsed and the diagnostics found so far, plus typed reads of single nodes.</summary>
internal sealed class ParseContext
{
    private static readonly Regex KebabId = new(@"^[a-z][a-z0-9]*(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant);
    private static readonly Regex LevelCode = new(@"^[A-Za-z][A-Za-z0-9_]*\z", RegexOptions.CultureInvariant);

    public ParseContext(string path) => Path = path;

    public string Path { get; }

    public List<LadderDiagnostic> Diagnostics { get; } = new();

    public void Report(LadderRule rule, SourceSpan span, params string[] arguments) =>
        Diagnostics.Add(LadderDiagnostic.Create(rule, Path, span, arguments));

    /// <summary>
    /// Whether reading the YAML stopped early (malformed, or beyond a limit): what looks empty may only be cut off, so
    /// rules about missing content stay silent.
    /// </summary>
    public bool HasSyntaxError => Diagnostics.Exists(diagnostic =>
        diagnostic.RuleId == LadderRules.InvalidYaml.Id || diagnostic.RuleId == LadderRules.LimitExceeded.Id);

    /// <summary>Reads a scalar with some text (not empty, not only spaces); reports and returns null for anything else.</summary>
    public LocatedString? Text(YNode node, string what)
    {
        if (node is YScalar { IsBroken: true })
        {
            return null;
        }

        if (node is YScalar { IsNull: false, IsBlank: false } scalar)
        {
            return new LocatedString(scalar.Value, scalar.Span);
        }

        Report(LadderRules.WrongType, node.Span, what, "text", node.Describe());
        return null;
    }

    public LocatedInt? Int(YNode node, string what)
    {
        var text = Text(node, what);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text.Value.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return new LocatedInt(value, text.Value.Span);
        }

        Report(LadderRules.WrongType, node.Span, what, "a whole number", node.Describe());
        return null;
    }

    public YMapping? Mapping(YNode node, string what)
    {
        if (node is YMapping mapping)
        {
            return mapping;
        }

        if (node is not YScalar { IsBroken: true })
        {
            Report(LadderRules.WrongType, node.Span, what, "a mapping (key: value lines)", node.Describe());
        }

        return null;
    }

    public YSequence? Sequence(YNode node, string what)
    {
        if (node is YSequence sequence)
        {
            return sequence;
        }

        if (node is not YScalar { IsBroken: true })
        {
            Report(LadderRules.WrongType, node.Span, what, "a list ('- item' lines or [a, b])", node.Describe());
        }

        return null;
    }

    /// <summary>Checks a kebab-case id such as <c>technical-program-manager</c>.</summary>
    public LocatedString? Id(LocatedString? id, string what)
    {
        if (id is { } value && !KebabId.IsMatch(value.Value))
        {
            Report(LadderRules.InvalidName, value.Span, value.Value, what,
                "use lowercase letters, digits and single dashes, starting with a letter (for example 'technical-program-manager')");
            return null;
        }

        return id;
    }

    /// <summary>Checks a level code such as <c>TPM5</c>.</summary>
    public LocatedString? Code(LocatedString? code, string what)
    {
        if (code is { } value && !LevelCode.IsMatch(value.Value))
        {
            Report(LadderRules.InvalidName, value.Span, value.Value, what,
                "use letters, digits and underscores, starting with a letter (for example 'TPM5')");
            return null;
        }

        return code;
    }
}
