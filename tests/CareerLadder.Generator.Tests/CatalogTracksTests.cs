using System.Collections.Generic;
using System.IO;
using System.Linq;
using CareerLadder.Authoring;
using CareerLadder.Authoring.Emitting;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Authoring.Validation;
using CareerLadder.Generator.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// The generator emits the catalog from <see cref="CatalogTracks"/>, a view that blanks what the catalog does not show;
/// the catalog must come out exactly as from the full model, or the view hides something the catalog needs.
/// </summary>
public sealed class CatalogTracksTests
{
    public static TheoryData<string> LadderSets() => new() { "repository", "snapshot", "scale" };

    [Theory]
    [MemberData(nameof(LadderSets))]
    public void The_catalog_emitted_from_the_view_is_the_full_catalog(string set)
    {
        var files = set switch
        {
            "repository" => GeneratorHarness.LoadDirectory(Path.Combine(GeneratorHarness.RepositoryRoot, "ladders")),
            "snapshot" => new[] { "framework.yaml", "backend.yaml" }.Select(file => ("/ladders/" + file, File.ReadAllText(GeneratorHarness.FixturePath("Snapshot", file)))),
            _ => ScaleLadders.Files(12),
        };
        var ladders = LadderValidator.Validate(files.Select(file => LadderParser.Parse(file.Item1, file.Item2)).ToList());
        Assert.NotEmpty(ladders.Tracks);

        foreach (var options in new[] { new EmitOptions("Consumer.Ladders"), new EmitOptions("Consumer.Ladders", GeneratedAccessibility.Internal, NullableAnnotations: false) })
        {
            var full = LadderEmitter.EmitCatalog(options, ladders.Framework, ladders.Tracks).Text;
            var fromView = LadderEmitter.EmitCatalog(options, ladders.Framework, CatalogTracks.Of(ladders.Tracks)).Text;
            Assert.Equal(full, fromView);
        }
    }

    [Fact]
    public void The_view_ignores_level_texts_but_not_steps()
    {
        var ladders = LadderValidator.Validate(ScaleLadders.Files(2).Select(file => LadderParser.Parse(file.Path, file.Text)).ToList());
        var track = ladders.Tracks[1];
        var level = track.Levels[3];
        var retitled = track with { Levels = track.Levels.Select(candidate => candidate == level ? level with { Title = Authoring.Model.CodeText.Plain("Other") } : candidate).ToEquatableArray() };
        var restepped = track with { Levels = track.Levels.Select(candidate => candidate == level ? level with { Expectations = level.Expectations.Skip(1).ToEquatableArray() } : candidate).ToEquatableArray() };

        Assert.Equal(CatalogTracks.Of(ladders.Tracks), CatalogTracks.Of(new[] { ladders.Tracks[0], retitled }.ToEquatableArray()));
        Assert.NotEqual(CatalogTracks.Of(ladders.Tracks), CatalogTracks.Of(new[] { ladders.Tracks[0], restepped }.ToEquatableArray()));
    }
}
