using static CareerLadder.Authoring.Emitting.LadderEmitter;
using static CareerLadder.Authoring.Emitting.RuntimeNames;
using static CareerLadder.Authoring.Naming.CodeNames;

namespace CareerLadder.Authoring.Emitting;

/// <summary>
/// Writes the hooks that let services use the generated model at their boundary with nothing to register: the
/// catalog registration file (an assembly attribute naming a <c>LadderCatalog</c>, found by the runtime library's JSON
/// converters, parsing and type converters even before the ladder assembly is touched) and the JSON converter
/// attributes on step enums and track classes, which only .NET 8 and later ladder projects get (System.Text.Json is
/// in-box there; the runtime library's converters exist only in its net8.0 build).
/// </summary>
internal static class InteropWriter
{
    private const string JsonConverter = "global::System.Text.Json.Serialization.JsonConverter";
    private const string Serialization = "global::CareerLadder.Serialization.";

    /// <summary>Writes <c>CareerLaddersCatalog.g.cs</c>: the assembly attribute and the catalog it names.</summary>
    /// <param name="options">The namespace and language features of the generated code.</param>
    public static string WriteRegistration(EmitOptions options)
    {
        var catalog = "global::" + options.Namespace + "." + Catalog;
        var writer = NewFile(options);
        writer.Line("[assembly: " + Runtime + "LadderCatalogAttribute(typeof(global::" + options.Namespace + "." + CatalogRegistration + "))]");
        writer.Line();
        using (writer.Block("namespace " + options.Namespace))
        {
            writer.Doc(Summary("The catalog as the runtime library sees it: named by an assembly attribute so that JSON, parsing and type converters find its levels from their codes."));
            writer.Line(GeneratedCodeAttribute);
            using (writer.Block(options.AccessibilityKeyword + " sealed class " + CatalogRegistration + " : " + Runtime + "LadderCatalog"))
            {
                WriteForward(writer, "The framework's name.", "public override string FrameworkName => ", catalog + ".FrameworkName");
                writer.Line();
                WriteForward(writer, "Every track, ordered by id.", "public override " + ReadOnlyList + Runtime + "Track> Tracks => ", catalog + ".Tracks");
                writer.Line();
                WriteForward(writer, "The competencies, in framework order.", "public override " + ReadOnlyList + Runtime + "Competency> Competencies => ", catalog + ".Competencies");
                writer.Line();
                WriteForward(writer, "Whether the ladders declare former codes (renamed or retired levels).", "public override bool HasFormerCodes => ", catalog + ".HasFormerCodes");
                writer.Line();
                writer.Doc(Summary("Resolves a level code stored with any version of the ladders, renamed and retired codes included."));
                writer.Doc("<param name=\"code\">The stored code.</param>");
                writer.Expression("public override " + Runtime + "LevelResolution ResolveLevel(string code) => ", CodeExpression.Code(catalog + ".ResolveLevel(code)"), ";");
            }
        }

        return writer.ToString();
    }

    /// <summary>Writes a documented member that forwards to the generated catalog.</summary>
    private static void WriteForward(SourceWriter writer, string summary, string head, string target)
    {
        writer.Doc(Summary(summary));
        writer.Expression(head, CodeExpression.Code(target), ";");
    }

    /// <summary>Writes the attribute that makes a step enum read and write its member names in JSON, on .NET 8 and later.</summary>
    /// <param name="writer">The writer, before the enum's declaration.</param>
    /// <param name="qualifiedEnum">The enum's <c>global::</c> name.</param>
    public static void WriteStepEnumAttribute(SourceWriter writer, string qualifiedEnum) =>
        WriteConditional(writer, "typeof(" + Serialization + "StepEnumJsonConverter<" + qualifiedEnum + ">)");

    /// <summary>Writes the attribute that makes a generated track class read and write its id in JSON, on .NET 8 and later.</summary>
    /// <param name="writer">The writer, before the class's declaration.</param>
    /// <param name="qualifiedClass">The class's <c>global::</c> name.</param>
    public static void WriteTrackAttribute(SourceWriter writer, string qualifiedClass) =>
        WriteConditional(writer, "typeof(" + Serialization + "TrackJsonConverter<" + qualifiedClass + ">)");

    /// <summary>Writes <c>[JsonConverter(converterType)]</c> for .NET 8 and later, the argument on a line of its own when the line would be long.</summary>
    private static void WriteConditional(SourceWriter writer, string converterType)
    {
        writer.Line("#if NET8_0_OR_GREATER");
        writer.Expression(string.Empty, CodeExpression.Call("[" + JsonConverter + "(", new[] { CodeExpression.Code(converterType) }, ")]"), string.Empty);
        writer.Line("#endif");
    }
}
