using System;
using System.IO;
using System.Linq;
using CareerLadder.Authoring.Parsing;
using CareerLadder.Cli.Importing.Markdown;
using CareerLadder.Cli.Tests.Infrastructure;
using Markdig.Syntax;
using Xunit;

namespace CareerLadder.Cli.Tests;

/// <summary>
/// Every page shape the importer reads (Fixtures/Shapes/&lt;shape&gt;/pages, written for these tests) imports all its
/// levels to the YAML in Fixtures/Shapes/&lt;shape&gt;/expected, and that YAML passes 'careerladder validate'.
/// </summary>
public sealed class ImportShapeTests
{
    public static TheoryData<string, int> Shapes => new()
    {
        { "code-table", 3 },
        { "table-by-content", 3 },
        { "level-headings", 9 },
        { "front-matter-title", 1 },
        { "front-matter-topics", 3 },
        { "translation", 2 },
        { "same-as", 2 },
        { "non-latin", 4 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_shape_imports_all_its_levels_to_the_expected_yaml_which_validates(string shape, int levels)
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(temp.Path, "import", Repository.Fixture("Shapes", shape, "pages"), "-o", "out");
        var validate = CliRunner.Run(temp.Path, "validate", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("import: validating the imported YAML: 0 errors, 0 warnings.", result.Err, StringComparison.Ordinal);
        Assert.True(validate.ExitCode == 0, validate.ToString());
        var written = Directory.GetFiles(temp.Combine("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            var target = Repository.SourceFixture("Shapes", shape, "expected");
            Directory.CreateDirectory(target);
            foreach (var name in written)
            {
                File.Copy(temp.Combine("out", name!), Path.Combine(target, name!), overwrite: true);
            }
        }

        var expected = Directory.GetFiles(Repository.Fixture("Shapes", shape, "expected")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, written);
        foreach (var name in written)
        {
            Assert.Equal(File.ReadAllText(Repository.Fixture("Shapes", shape, "expected", name!)), File.ReadAllText(temp.Combine("out", name!)));
        }

        var imported = written.Select(name => LadderParser.Parse(name!, File.ReadAllText(temp.Combine("out", name!)))).Where(parsed => parsed.Track is not null).Sum(parsed => parsed.Track!.Levels.Count);
        Assert.Equal(levels, imported);
    }

    [Fact]
    public void Pages_that_are_not_ladders_get_one_line_each_and_no_track()
    {
        using var temp = new TempDirectory();
        Repository.CopyDirectory(Repository.Fixture("Shapes", "not-a-ladder", "pages"), temp.Combine("pages"));

        var result = CliRunner.Run(temp.Path, "import", "pages", "-o", "out");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            new[]
            {
                "pages/README.md(1): warning IMP014: not a ladder: expected a level table, level headings or front-matter levels; nothing is imported",
                "pages/essay.md(1): warning IMP014: not a ladder: expected a level table, level headings or front-matter levels; nothing is imported",
                "import: no ladder found in 2 pages; nothing was written.",
            },
            result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void A_translation_named_by_option_becomes_an_overlay_of_that_page()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("pages"));
        File.Copy(Repository.Fixture("Shapes", "translation", "pages", "tech-lead.md"), temp.Combine("pages", "tech-lead.md"));
        File.WriteAllText(temp.Combine("pages", "leitung.md"), "# テックリード\n\n## Level 4\n\n* **Designs**: チームと一緒に機能を設計する\n");

        var result = CliRunner.Run(temp.Path, "import", "pages", "-o", "out", "--translation-of", "pages/tech-lead.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[] { "framework.yaml", "tech-lead.ja.yaml", "tech-lead.yaml" }, Directory.GetFiles(temp.Combine("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("  TL4:\n    expectations:\n      system: チームと一緒に機能を設計する\n", File.ReadAllText(temp.Combine("out", "tech-lead.ja.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_tracks_with_the_same_steps_but_their_own_codes_are_two_tracks_not_a_translation()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("pages"));
        const string Page = "# {0} Engineer\n\n## {1}3 - {0} Engineer 3\n\n* **Adopts**: learns the {0} tools\n\n## {1}4 - {0} Engineer 4\n\n* **Specializes**: knows the {0} tools\n";
        File.WriteAllText(temp.Combine("pages", "backend.md"), string.Format(System.Globalization.CultureInfo.InvariantCulture, Page, "Backend", "BE"));
        File.WriteAllText(temp.Combine("pages", "frontend.md"), string.Format(System.Globalization.CultureInfo.InvariantCulture, Page, "Frontend", "FE"));

        var result = CliRunner.Run(temp.Path, "import", "pages", "-o", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[] { "backend-engineer.yaml", "framework.yaml", "frontend-engineer.yaml" }, Directory.GetFiles(temp.Combine("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Symbols_and_emoji_in_a_title_stay_out_of_the_track_id()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("page.md"), "# 🌐 🛠️ Full Stack\n\n## Level 1\n\n* **Adopts**: learns the stack\n");

        var result = CliRunner.Run(temp.Path, "import", "page.md", "-o", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(temp.Combine("out", "full-stack.yaml")), result.ToString());
        Assert.Contains("abbreviation: FS\n", File.ReadAllText(temp.Combine("out", "full-stack.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Image_alt_text_is_not_glued_to_the_sentence_before_it()
    {
        var source = MarkdownSource.Parse("page.md", "Impact is what changes.![A chart of impact](impact.png) Nobody is graded by hours.\n");

        var text = InlineText.Plain(source.Document.Descendants<ParagraphBlock>().Single().Inline);

        Assert.Equal("Impact is what changes. A chart of impact Nobody is graded by hours.", text);
    }
}
