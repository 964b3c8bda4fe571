namespace CareerLadder.Generator.Tests.Infrastructure;

/// <summary>Small ladder files used across tests.</summary>
internal static class TestLadders
{
    public const string FrameworkPath = "/ladders/framework.yaml";
    public const string TrackPath = "/ladders/track.yaml";

    public const string FrameworkYaml =
        "framework: engineering\n" +
        "name: Engineering\n" +
        "seniorities: [Junior, Senior]\n" +
        "ranks:\n" +
        "  1: { public-title: Engineer }\n" +
        "  2: { public-title: Senior Engineer }\n" +
        "  3: {}\n" +
        "competencies:\n" +
        "  technology:\n" +
        "    name: Technology\n" +
        "    steps: [Adopts, Specializes, Evangelizes]\n" +
        "  influence:\n" +
        "    name: Influence\n" +
        "    steps: [Team, Multiple Teams, Company]\n" +
        "sections:\n" +
        "  years: { name: Years of experience, kind: text }\n" +
        "  duties: { name: Responsibilities, kind: list }\n";

    public const string TrackYaml =
        "track: backend\n" +
        "name: Backend\n" +
        "abbreviation: BE\n" +
        "levels:\n" +
        "  - code: BE1\n" +
        "    rank: 1\n" +
        "    title: Backend 1\n" +
        "    seniority: Junior\n" +
        "    expectations:\n" +
        "      technology: Adopts\n" +
        "      influence: Team\n" +
        "  - code: BE2\n" +
        "    rank: 2\n" +
        "    title: Backend 2\n" +
        "    seniority: Senior\n" +
        "    expectations:\n" +
        "      technology: { step: Specializes, text: knows things }\n" +
        "      influence: Multiple Teams\n" +
        "    sections:\n" +
        "      years: 3+\n" +
        "      duties: [Designs, Reviews]\n";

    public static (string Path, string Text)[] WithTrack(string track) =>
        new[] { (FrameworkPath, FrameworkYaml), (TrackPath, track) };
}
