using CareerLadder.Authoring.Evolution;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Emitting;

/// <summary>
/// Writes <c>CareerLadders.g.cs</c>, in the order of the file: the enums, the catalog class with its lookups and
/// <c>Assess</c>, the assessment types and the extension methods.
/// </summary>
internal static class CatalogFileWriter
{
    public static string Write(EmitOptions options, CodeFramework framework, EquatableArray<CodeTrack> tracks, EquatableArray<BaselineNumber> pins)
    {
        var context = new CatalogContext(options, framework, tracks, pins);
        var writer = LadderEmitter.NewFile(options);
        using (writer.Block("namespace " + options.Namespace))
        {
            EnumWriter.WriteCatalogEnums(writer, context);
            CatalogClassWriter.Write(writer, context);
            AssessmentWriter.WriteAssessedSteps(writer, context);
            AssessmentWriter.WriteAssessment(writer, context);
            ExtensionsWriter.Write(writer, context);
        }

        return writer.ToString();
    }
}
