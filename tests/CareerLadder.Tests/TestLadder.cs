using System;
using System.Collections.Generic;
using System.Globalization;

namespace CareerLadder.Tests;

/// <summary>
/// The engineering framework shared by the test tracks, shaped like ladders/framework.yaml:
/// five competencies of five steps each, in framework order.
/// </summary>
internal static class Engineering
{
    public static readonly Competency Technology = Create(
        "technology", 0, Ko("Technology", "기술"), "Adopts", "Specializes", "Evangelizes", "Masters", "Creates");

    public static readonly Competency System = Create(
        "system", 1, Ko("System", "시스템"), "Enhances", "Designs", "Owns", "Evolves", "Leads");

    public static readonly Competency People = Create(
        "people", 2, Ko("People", "사람"), "Learns", "Supports", "Mentors", "Coordinates", "Manages");

    public static readonly Competency Process = Create(
        "process", 3, Ko("Process", "프로세스"), "Follows", "Enforces", "Challenges", "Adjusts", "Defines");

    public static readonly Competency Influence = Create(
        "influence", 4, Ko("Influence", "영향력"), "Subsystem", "Team", "Multiple Teams", "Company", "Community");

    public static readonly IReadOnlyList<Competency> Competencies = [Technology, System, People, Process, Influence];

    /// <summary>A text in the base language with a Korean translation.</summary>
    public static LocalizedText Ko(string text, string korean) =>
        new(text, KeyValuePair.Create("ko", korean));

    /// <summary>A text that exists only in the base language.</summary>
    public static LocalizedText Text(string text) => new(text);

    /// <summary>Steps named after <paramref name="ids"/>, valued 1, 2, 3, … in order.</summary>
    public static Step[] Steps(params string[] ids)
    {
        var steps = new Step[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            steps[i] = new Step(ids[i], Text(ids[i]), i + 1);
        }

        return steps;
    }

    /// <summary>The expectation that <paramref name="competency"/> reaches the step <paramref name="stepId"/>.</summary>
    public static Expectation Expect(Competency competency, string stepId, string? text = null)
    {
        if (!competency.TryGetStep(stepId, out var step))
        {
            throw new ArgumentException($"Competency '{competency.Id}' has no step '{stepId}'.", nameof(stepId));
        }

        return new Expectation(step, text is null ? null : Text(text));
    }

    private static Competency Create(string id, int index, LocalizedText name, params string[] stepIds) =>
        new(id, index, name, Text("What " + name.Text + " covers."), Steps(stepIds));
}

/// <summary>Shared, fully initialized test tracks. Tracks are immutable once built, so tests may share them.</summary>
internal static class Ladder
{
    public static readonly TechnicalProgramManagerTrack Tpm = new();

    public static readonly EngineeringManagerTrack Em = new();
}

/// <summary>A Technical Program Manager track shaped like ladders/technical-program-manager.yaml: TPM3 to TPM6.</summary>
internal sealed class TechnicalProgramManagerTrack : Track
{
    public const string TrackId = "technical-program-manager";

    public TechnicalProgramManagerTrack()
        : base(
            TrackId,
            Engineering.Ko("Technical Program Manager", "기술 프로그램 매니저"),
            "TPM",
            Engineering.Text("TPM's role is responsible for coordinating and driving to completion initiatives that expand multiple teams."),
            [new Link(Engineering.Text("Competencies"), "https://example.com/competencies")])
    {
        TPM3 = new Level(
            this,
            "TPM3",
            3,
            Engineering.Ko("Technical Program Manager 3", "기술 프로그램 매니저 3"),
            seniority: "Senior",
            publicTitle: Engineering.Text("Senior Engineer"),
            summary: Engineering.Text("Coordinates initiatives that span multiple teams."),
            chart: new Chart("/charts/tpm-3.png", "/charts/tpm-3-dark.png", "Technical Program Manager 3"),
            expectations:
            [
                Engineering.Expect(Engineering.Technology, "Specializes", "is the go-to person for one or more technologies"),
                Engineering.Expect(Engineering.System, "Designs"),
                Engineering.Expect(Engineering.People, "Coordinates"),
                Engineering.Expect(Engineering.Process, "Adjusts"),
                Engineering.Expect(Engineering.Influence, "Multiple Teams"),
            ],
            sections:
            [
                new Section("years-of-experience", Engineering.Text("Years of experience (guideline)"), Engineering.Text("5+")),
                new Section(
                    "responsibilities",
                    Engineering.Text("Responsibilities"),
                    SectionKind.List,
                    new SectionItem(
                        Engineering.Text("Drives cross-team initiatives"),
                        null,
                        new SectionItem(Engineering.Text("Writes the program plan")),
                        new SectionItem(Engineering.Text("Tracks risks and dependencies"))),
                    new SectionItem(Engineering.Text("Program charter"), "https://example.com/charter")),
                new Section(
                    "expected",
                    Engineering.Text("Is expected to"),
                    SectionKind.Groups,
                    new SectionItem(Engineering.Text("Strategy"), null, new SectionItem(Engineering.Text("Aligns the program with company goals"))),
                    new SectionItem(Engineering.Text("Results"), null, new SectionItem(Engineering.Text("Delivers milestones on time")))),
            ]);

        TPM4 = new Level(
            this,
            "TPM4",
            4,
            Engineering.Text("Technical Program Manager 4"),
            seniority: "Senior",
            publicTitle: Engineering.Text("Staff Engineer"),
            expectations:
            [
                Engineering.Expect(Engineering.Technology, "Specializes"),
                Engineering.Expect(Engineering.System, "Designs"),
                Engineering.Expect(Engineering.People, "Coordinates"),
                Engineering.Expect(Engineering.Process, "Defines"),
                Engineering.Expect(Engineering.Influence, "Multiple Teams"),
            ]);

        TPM5 = new Level(
            this,
            "TPM5",
            5,
            Engineering.Text("Technical Program Manager 5"),
            seniority: "Senior",
            publicTitle: Engineering.Text("Senior Staff Engineer"),
            expectations:
            [
                Engineering.Expect(Engineering.Technology, "Specializes"),
                Engineering.Expect(Engineering.System, "Owns"),
                Engineering.Expect(Engineering.People, "Manages"),
                Engineering.Expect(Engineering.Process, "Defines"),
                Engineering.Expect(Engineering.Influence, "Company"),
            ]);

        TPM6 = new Level(
            this,
            "TPM6",
            6,
            Engineering.Text("Technical Program Manager 6"),
            seniority: "Senior",
            publicTitle: Engineering.Text("Principal Engineer"),
            expectations:
            [
                Engineering.Expect(Engineering.Technology, "Specializes"),
                Engineering.Expect(Engineering.System, "Evolves"),
                Engineering.Expect(Engineering.People, "Manages"),
                Engineering.Expect(Engineering.Process, "Defines"),
                Engineering.Expect(Engineering.Influence, "Community"),
            ]);

        InitializeLevels(TPM3, TPM4, TPM5, TPM6);
    }

    public Level TPM3 { get; }

    public Level TPM4 { get; }

    public Level TPM5 { get; }

    public Level TPM6 { get; }
}

/// <summary>An Engineering Manager track whose levels do not expect the Technology competency.</summary>
internal sealed class EngineeringManagerTrack : Track
{
    public const string TrackId = "engineering-manager";

    public EngineeringManagerTrack()
        : base(TrackId, Engineering.Text("Engineering Manager"), "EM")
    {
        EM4 = new Level(
            this,
            "EM4",
            4,
            Engineering.Text("Engineering Manager 4"),
            expectations:
            [
                Engineering.Expect(Engineering.System, "Designs"),
                Engineering.Expect(Engineering.People, "Manages"),
                Engineering.Expect(Engineering.Process, "Challenges"),
                Engineering.Expect(Engineering.Influence, "Team"),
            ]);

        EM5 = new Level(
            this,
            "EM5",
            5,
            Engineering.Text("Engineering Manager 5"),
            expectations:
            [
                Engineering.Expect(Engineering.System, "Owns"),
                Engineering.Expect(Engineering.People, "Manages"),
                Engineering.Expect(Engineering.Process, "Adjusts"),
                Engineering.Expect(Engineering.Influence, "Multiple Teams"),
            ]);

        EM6 = new Level(
            this,
            "EM6",
            6,
            Engineering.Text("Engineering Manager 6"),
            expectations:
            [
                Engineering.Expect(Engineering.System, "Evolves"),
                Engineering.Expect(Engineering.People, "Manages"),
                Engineering.Expect(Engineering.Process, "Defines"),
                Engineering.Expect(Engineering.Influence, "Company"),
            ]);

        InitializeLevels(EM4, EM5, EM6);
    }

    public Level EM4 { get; }

    public Level EM5 { get; }

    public Level EM6 { get; }
}

/// <summary>A bare track whose levels a test builds and initializes itself, to reach the edge cases.</summary>
internal sealed class SandboxTrack : Track
{
    public SandboxTrack(string id = "sandbox", string abbreviation = "SB")
        : base(id, Engineering.Text("Sandbox"), abbreviation)
    {
    }

    /// <summary>Exposes the protected <see cref="Track.InitializeLevels"/>.</summary>
    public void Initialize(params Level[] levels) => InitializeLevels(levels);

    /// <summary>A level of this track with only the required values.</summary>
    public Level NewLevel(string code, int rank, params Expectation[] expectations) =>
        new(this, code, rank, Engineering.Text(code), expectations: expectations);
}

/// <summary>Sets <see cref="CultureInfo.CurrentUICulture"/> and restores the previous one when disposed.</summary>
internal sealed class UICultureScope : IDisposable
{
    private readonly CultureInfo _previous;

    public UICultureScope(string name)
    {
        _previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
