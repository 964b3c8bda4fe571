using System.Globalization;

namespace CareerLadder.Authoring.Validation;

/// <summary>Keys naming each translatable text of a track, shared by the overlay index and the code model builder.</summary>
internal static class TextKeys
{
    public const string Name = "name";
    public const string Summary = "summary";

    public static string Level(string code, string field) => "levels/" + code + "/" + field;

    public static string Expectation(string code, string competency) => "levels/" + code + "/expectations/" + competency;

    public static string Section(string code, string section) => "levels/" + code + "/sections/" + section;

    public static string Item(string parent, int index) => parent + "/" + index.ToString(CultureInfo.InvariantCulture);
}
