using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using CareerLadder.Interop.Tests.Ladders;
using Xunit;

namespace CareerLadder.Interop.Tests;

/// <summary>The generated model in System.Text.Json: codes out, the catalog's own instances back, with reflection and a source-generated context.</summary>
public sealed class JsonTests
{
    public static TheoryData<string> Serializers => new() { "reflection", "source-generated" };

    [Theory]
    [MemberData(nameof(Serializers))]
    public void A_level_is_its_code_and_reads_back_as_the_same_instance(string serializer)
    {
        var level = CareerLadders.TechnicalProgramManager.TPM5;

        var json = Serialize(serializer, level);
        var back = Deserialize<Level>(serializer, json);

        Assert.Equal("\"TPM5\"", json);
        Assert.Same(level, back);
    }

    [Theory]
    [MemberData(nameof(Serializers))]
    public void A_level_code_reads_ignoring_case(string serializer) =>
        Assert.Same(CareerLadders.TechnicalProgramManager.TPM5, Deserialize<Level>(serializer, "\"tpm5\""));

    [Theory]
    [MemberData(nameof(Serializers))]
    public void A_track_is_its_id_also_typed_as_the_generated_class_and_reads_back_from_id_or_abbreviation(string serializer)
    {
        Assert.Equal("\"technical-program-manager\"", Serialize<Track>(serializer, CareerLadders.TechnicalProgramManager));
        Assert.Equal("\"technical-program-manager\"", JsonSerializer.Serialize(CareerLadders.TechnicalProgramManager));
        Assert.Same(CareerLadders.TechnicalProgramManager, Deserialize<Track>(serializer, "\"technical-program-manager\""));
        Assert.Same(CareerLadders.TechnicalProgramManager, Deserialize<Track>(serializer, "\"tpm\""));
    }

    [Theory]
    [MemberData(nameof(Serializers))]
    public void A_competency_is_its_id(string serializer)
    {
        var technology = CareerLadders.GetCompetency(CompetencyId.Technology);

        Assert.Equal("\"technology\"", Serialize(serializer, technology));
        Assert.Same(technology, Deserialize<Competency>(serializer, "\"Technology\""));
    }

    [Theory]
    [MemberData(nameof(Serializers))]
    public void A_step_is_its_competency_id_and_value_and_reads_back_as_the_same_instance(string serializer)
    {
        var step = CareerLadders.GetCompetency(CompetencyId.Influence).Steps[2];

        var json = Serialize(serializer, step);

        Assert.Equal("""{"competency":"influence","id":"Multiple Teams","value":3}""", json);
        Assert.Same(step, Deserialize<Step>(serializer, json));
        Assert.Same(step, Deserialize<Step>(serializer, """{"competency":"influence","value":3}"""));
    }

    // The step enums are generated in this project, where System.Text.Json's own generator cannot see them; a service
    // that consumes a ladder library lists them in its context as usual (SharedLibraryTests in the package tests).
    [Theory]
    [InlineData("reflection")]
    public void A_step_enum_is_its_name_and_reads_from_a_name_in_any_case_or_a_number(string serializer)
    {
        Assert.Equal("\"MultipleTeams\"", Serialize(serializer, InfluenceStep.MultipleTeams));
        Assert.Equal(InfluenceStep.MultipleTeams, Deserialize<InfluenceStep>(serializer, "\"multipleteams\""));
        Assert.Equal(InfluenceStep.MultipleTeams, Deserialize<InfluenceStep>(serializer, "3"));
    }

    [Theory]
    [InlineData("reflection")]
    public void An_out_of_range_step_is_an_error_naming_the_steps(string serializer)
    {
        foreach (var json in new[] { "0", "6", "-1", "\"9\"", "\"Adopts,Creates\"", "\"Teamwork\"", "1.5" })
        {
            var error = Assert.ThrowsAny<JsonException>(() => Deserialize<TechnologyStep>(serializer, json));
            Assert.Contains("TechnologyStep", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_localized_text_is_its_string_in_the_current_UI_culture_and_all_translations_are_listed()
    {
        var title = new LocalizedText("Technical Program Manager", new KeyValuePair<string, string>("ko", "기술 프로그램 매니저"));
        var korean = title.Translations.Single(translation => translation.Key == "ko").Value;

        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ko-KR");
            Assert.Equal(JsonSerializer.Serialize(korean), JsonSerializer.Serialize(title));
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            Assert.Equal(JsonSerializer.Serialize(title.Text), JsonSerializer.Serialize(title));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        Assert.Equal("Technical Program Manager", JsonSerializer.Deserialize<LocalizedText>("\"Technical Program Manager\"")!.Text);
    }

    [Theory]
    [MemberData(nameof(Serializers))]
    public void An_unknown_code_names_the_code_and_the_known_tracks(string serializer)
    {
        var error = Assert.Throws<JsonException>(() => Deserialize<Level>(serializer, "\"TPM99\""));

        Assert.Contains("'TPM99'", error.Message, StringComparison.Ordinal);
        Assert.Contains("TPM (technical-program-manager)", error.Message, StringComparison.Ordinal);
        Assert.Contains("QD (quality-director)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Serializers))]
    public void A_very_long_code_is_quoted_cut_short(string serializer)
    {
        var code = new string('X', 100_000);

        var error = Assert.Throws<JsonException>(() => Deserialize<Level>(serializer, "\"" + code + "\""));

        Assert.Contains("'" + new string('X', 40) + "'… (100000 bytes)", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 1000, error.Message);
    }

    [Fact]
    public void An_escaped_code_reads_and_a_control_character_is_not_echoed()
    {
        Assert.Same(CareerLadders.TechnicalProgramManager.TPM5, JsonSerializer.Deserialize<Level>("\"TPM\\u0035\""));
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Level>("\"TPM\\n5\""));
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_that_is_not_a_string_is_an_error()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Level>("{\"code\":\"TPM5\"}"));

        Assert.Contains("level code", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Serializers))]
    public void Levels_key_dictionaries_by_code(string serializer)
    {
        var byLevel = new Dictionary<Level, int> { [CareerLadders.TechnicalProgramManager.TPM5] = 3 };

        var json = Serialize(serializer, byLevel);

        Assert.Equal("""{"TPM5":3}""", json);
        Assert.Same(CareerLadders.TechnicalProgramManager.TPM5, Deserialize<Dictionary<Level, int>>(serializer, json)!.Keys.Single());
    }

    [Theory]
    [MemberData(nameof(Serializers))]
    public void Every_public_runtime_type_serializes_without_cycles(string serializer)
    {
        var tpm5 = CareerLadders.TechnicalProgramManager.TPM5;
        var match = CareerLadders.Assess(new AssessedSteps { Technology = TechnologyStep.Masters, System = SystemStep.Owns, People = PeopleStep.Manages, Process = ProcessStep.Adjusts, Influence = InfluenceStep.Company }).TechnicalProgramManager;
        var gap = tpm5.GapTo(tpm5.Next!);

        var expectationJson = Serialize(serializer, tpm5.Expectations[0]);
        var matchJson = Serialize(serializer, match);
        var gapJson = Serialize(serializer, gap);
        var section = new Section("scope", new LocalizedText("Scope"), SectionKind.List, new SectionItem(new LocalizedText("Team"), null, new SectionItem(new LocalizedText("Services"))));
        var sectionJson = Serialize(serializer, section);
        var rankJson = Serialize(serializer, CareerLadders.Ranks[0]);
        var linkJson = Serialize(serializer, CareerLadders.Tracks.SelectMany(track => track.Links).ToArray());

        Assert.StartsWith("{\"Competency\":\"technology\",\"Step\":{\"competency\":\"technology\"", expectationJson, StringComparison.Ordinal);
        Assert.Contains("\"Level\":\"" + match.Level!.Code + "\"", matchJson, StringComparison.Ordinal);
        Assert.Contains("\"From\":\"TPM5\",\"To\":\"" + tpm5.Next!.Code + "\"", gapJson, StringComparison.Ordinal);
        Assert.Contains("\"Kind\":" + (int)section.Kind, sectionJson, StringComparison.Ordinal);
        Assert.Contains("\"Value\":" + CareerLadders.Ranks[0].Value, rankJson, StringComparison.Ordinal);
        Assert.StartsWith("[", linkJson, StringComparison.Ordinal);
        Assert.All(new[] { expectationJson, matchJson, gapJson, sectionJson, rankJson }, json => Assert.True(json.Length < 20_000, json.Length.ToString(CultureInfo.InvariantCulture)));
    }

    private static string Serialize<T>(string serializer, T value) => serializer == "reflection"
        ? JsonSerializer.Serialize(value)
        : JsonSerializer.Serialize(value, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)InteropJsonContext.Default.GetTypeInfo(typeof(T))!);

    private static T? Deserialize<T>(string serializer, string json) => serializer == "reflection"
        ? JsonSerializer.Deserialize<T>(json)
        : JsonSerializer.Deserialize(json, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)InteropJsonContext.Default.GetTypeInfo(typeof(T))!);
}

/// <summary>A service's source-generated context: it lists the types and registers nothing else.</summary>
[JsonSerializable(typeof(Level))]
[JsonSerializable(typeof(Track))]
[JsonSerializable(typeof(Competency))]
[JsonSerializable(typeof(Step))]
[JsonSerializable(typeof(LocalizedText))]
[JsonSerializable(typeof(Dictionary<Level, int>))]
[JsonSerializable(typeof(Expectation))]
[JsonSerializable(typeof(LevelMatch))]
[JsonSerializable(typeof(LevelGap))]
[JsonSerializable(typeof(Section))]
[JsonSerializable(typeof(Rank))]
[JsonSerializable(typeof(Link[]))]
internal sealed partial class InteropJsonContext : JsonSerializerContext
{
}
