using System.Linq;
using CareerLadder.Authoring.Parsing;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>
/// The ways YAML breaks in practice, each with the one CL0001 it must give: what to change in plain words, at the
/// character to fix (1-based line and column, as the build prints them), never .NET exception text.
/// </summary>
public sealed class SyntaxErrorTests
{
    private const string Head = "track: backend\nname: Backend\nabbreviation: BE\n";

    public static TheoryData<string, string, int, int, string> BrokenInputs() => new()
    {
        {
            "unclosed [ followed by more keys", Head + "levels:\n  - code: BE1\n    transitions: [BE2, BE3\n    rank: 1\n", 6, 18,
            "the '[' at line 6, column 18 opens a list that is never closed; add ']' where it ends, or put the value in double quotes if the bracket is part of the text"
        },
        {
            "unclosed [ at the end of the file", Head + "levels: [BE1, BE2\n", 4, 9,
            "the '[' at line 4, column 9 opens a list that is never closed; add ']' where it ends, or put the value in double quotes if the bracket is part of the text"
        },
        {
            "unclosed { followed by more levels", Head + "levels:\n  - code: BE1\n    expectations:\n      technology: { step: Adopts, text: knows\n      influence: Team\n  - code: BE2\n", 7, 19,
            "the '{' at line 7, column 19 opens a mapping that is never closed; add '}' where it ends, or put the value in double quotes if the bracket is part of the text"
        },
        {
            "unclosed { at the end of the file", Head + "links: [{ text: Wiki, url: https://example.com\n", 4, 9,
            "the '{' at line 4, column 9 opens a mapping that is never closed; add '}' where it ends, or put the value in double quotes if the bracket is part of the text"
        },
        {
            "list closed with }", Head + "levels: [BE1, BE2}\nsummary: x\n", 4, 18,
            "'}' closes the '[' opened at line 4, column 9; close a list with ']'"
        },
        {
            "tab indenting a key", Head + "levels:\n  - code: BE1\n\trank: 1\n", 6, 1,
            "a tab is used for indentation, and YAML allows only spaces there; indent with spaces (2 per level)"
        },
        {
            "tab indenting a list item", Head + "levels:\n\t- code: BE1\n", 5, 1,
            "a tab is used for indentation, and YAML allows only spaces there; indent with spaces (2 per level)"
        },
        {
            "tab after spaces", Head + "levels:\n  - code: BE1\n  \t- code: BE2\n", 6, 3,
            "a tab is used for indentation, and YAML allows only spaces there; indent with spaces (2 per level)"
        },
        {
            "tab on the second line", "track: backend\n\tname: Backend\n", 2, 1,
            "a tab is used for indentation, and YAML allows only spaces there; indent with spaces (2 per level)"
        },
        {
            "unquoted ': ' in a value", Head + "summary: Collaborate with leadership to: win\n", 4, 40,
            "the value of 'summary' contains ': ', which YAML reads as the start of a new key; put the whole value in double quotes: summary: \"Collaborate with leadership to: win\""
        },
        {
            "unquoted ': ' in a nested value", Head + "levels:\n  - code: BE1\n    title: Lead: Backend\n", 6, 16,
            "the value of 'title' contains ': ', which YAML reads as the start of a new key; put the whole value in double quotes: title: \"Lead: Backend\""
        },
        {
            "value ending with ':'", Head + "summary: Collaborate to:\n", 4, 24,
            "the value of 'summary' ends with ':', which YAML reads as the start of a new key; put the whole value in double quotes: summary: \"Collaborate to:\""
        },
        {
            "key indented deeper than its neighbour", Head + "levels:\n  - code: BE1\n     rank: 1\n", 6, 6,
            "'rank' is indented more than 'code' on line 5, so YAML reads it as the rest of that value; indent it by 4 spaces like 'code', or deeper under a key that ends with ':'"
        },
        {
            "key indented less than its neighbour", Head + "levels:\n  - code: BE1\n   rank: 1\n", 6, 4,
            "'rank' is indented by 3 spaces and 'code' on line 5 by 4 spaces, but they line up with no other key: keys of one mapping need the same indentation; indent them alike"
        },
        {
            "unclosed double quote before more keys", Head + "summary: \"Backend work\nlevels: []\n", 4, 10,
            "the double quote (\") at line 4, column 10 opens a value that is not closed on its line; add the closing \" at the end of the value"
        },
        {
            "unclosed single quote before more keys", Head + "summary: 'Backend work\nlevels: []\n", 4, 10,
            "the single quote (') at line 4, column 10 opens a value that is not closed on its line; add the closing ' at the end of the value"
        },
        {
            "unclosed double quote at the end of the file", Head + "summary: \"Backend work\n", 4, 10,
            "the double quote (\") at line 4, column 10 opens a value that is not closed on its line; add the closing \" at the end of the value"
        },
        {
            "key indented deeper than the key after it", Head + "levels:\n  - code: BE1\n    expectations:\n      technology:\n          step: Adopts\n        text: learns\n", 9, 9,
            "'text' is indented by 8 spaces and 'step' on line 8 by 10 spaces, but they line up with no other key: keys of one mapping need the same indentation; indent them alike"
        },
        {
            "double quote left open and closed on a later line", Head + "summary: \"Backend work\nlevels:\n  - code: BE1\n    title: \"Backend\" 1\n", 4, 10,
            "the double quote (\") at line 4, column 10 opens a value that is not closed on its line; add the closing \" at the end of the value"
        },
        {
            "unclosed [ before a nested list", Head + "links: [\nlevels:\n  - code: BE1\n", 4, 8,
            "the '[' at line 4, column 8 opens a list that is never closed; add ']' where it ends, or put the value in double quotes if the bracket is part of the text"
        },
        {
            "stray list item after a key", Head + "summary: x\n- BE1\n", 5, 1,
            "a list item ('-') where a key is expected; indent it under the key whose list it belongs to, or remove the '-'"
        },
        {
            "stray closing bracket", Head + "levels: [BE1]]\n", 4, 14,
            "']' closes nothing: no '[' is open here; remove it, or put the value in double quotes if it is part of the text"
        },
        {
            "text after a closing quote", Head + "summary: \"Backend\" work\n", 4, 20,
            "text follows the closing quote of the value; put the whole value inside the quotes"
        },
        {
            "key without a colon", Head + "summary Backend work\nlevels: []\n", 4, 1,
            "'summary Backend work' is neither 'key: value' nor a list item; add ': ' after the key"
        },
        {
            "value starting with @", Head + "summary: @backend\n", 4, 10,
            "a value cannot start with '@' unless it is quoted; put the whole value in double quotes"
        },
        {
            "value starting with a backtick", Head + "summary: `code`\n", 4, 10,
            "a value cannot start with '`' unless it is quoted; put the whole value in double quotes"
        },
        {
            "unknown escape in double quotes", Head + "summary: \"a\\qb\"\n", 4, 12,
            "'\\q' is not an escape that YAML knows inside double quotes; write '\\\\' for a backslash, or use single quotes around the value"
        },
    };

    [Theory]
    [MemberData(nameof(BrokenInputs))]
    public void A_syntax_error_is_one_CL0001_in_plain_words_at_the_character_to_fix(string name, string yaml, int line, int column, string message)
    {
        var file = LadderParser.Parse("/ladders/backend.yaml", yaml);

        var syntax = Assert.Single(file.Diagnostics, diagnostic => diagnostic.RuleId == "CL0001");
        Assert.True((line, column, "The YAML is malformed: " + message) == (syntax.Location.Span.StartLine + 1, syntax.Location.Span.StartColumn + 1, syntax.Message),
            $"{name}: expected ({line},{column}) {message}\n  but got {syntax.Location.Span} {syntax.Message}");
        Assert.DoesNotContain("Operation is not valid", syntax.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_item_with_an_unquoted_colon_is_one_diagnostic_with_the_quoted_fix_and_keeps_its_text()
    {
        var file = LadderParser.Parse("/ladders/backend.yaml",
            Head + "levels:\n  - code: BE1\n    rank: 1\n    title: Backend 1\n    sections:\n      duties:\n        - Collaborate with leadership to: win\n        - { text: Reviews }\n");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(("CL0002", 10, 11), (diagnostic.RuleId, diagnostic.Location.Span.StartLine + 1, diagnostic.Location.Span.StartColumn + 1));
        Assert.Equal(
            "Unknown key 'Collaborate with leadership to' in an item of section 'duties'. The item contains ': ', so YAML reads it as 'key: value'; "
            + "put the whole item in double quotes: - \"Collaborate with leadership to: win\"",
            diagnostic.Message);
        Assert.Equal(new[] { "Collaborate with leadership to: win", "Reviews" }, file.Track!.Levels[0].Sections[0].Items.Select(item => item.Text));
    }

    [Fact]
    public void A_duplicate_key_is_CL0005_at_the_second_key_not_a_syntax_error()
    {
        var file = LadderParser.Parse("/ladders/backend.yaml", Head + "name: Backend again\nlevels: [{ code: BE1, rank: 1, title: Backend 1 }]\n");

        var duplicate = Assert.Single(file.Diagnostics);
        Assert.Equal(("CL0005", 4, 1), (duplicate.RuleId, duplicate.Location.Span.StartLine + 1, duplicate.Location.Span.StartColumn + 1));
        Assert.DoesNotContain(file.Diagnostics, diagnostic => diagnostic.RuleId == "CL0001");
    }

    [Theory]
    [InlineData("\t")]
    [InlineData("x: [")]
    [InlineData("x: {")]
    [InlineData("x: \"")]
    [InlineData("x: a: b")]
    [InlineData("- ")]
    [InlineData("]")]
    public void Breaking_any_line_of_the_repository_ladders_gives_a_plain_syntax_error_inside_the_file(string breaker)
    {
        foreach (var path in System.IO.Directory.GetFiles(System.IO.Path.Combine(Infrastructure.GeneratorHarness.RepositoryRoot, "ladders"), "*.yaml"))
        {
            var lines = System.IO.File.ReadAllText(path).Split('\n');
            for (var line = 0; line < lines.Length; line++)
            {
                var broken = string.Join("\n", lines.Take(line).Append(breaker + lines[line]).Concat(lines.Skip(line + 1)));

                var diagnostics = LadderParser.Parse(path, broken).Diagnostics;

                Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.RuleId == "CL0020");
                foreach (var syntax in diagnostics.Where(diagnostic => diagnostic.RuleId == "CL0001"))
                {
                    Assert.True(syntax.Location.Span.End <= broken.Length && syntax.Location.Span.Start <= syntax.Location.Span.End, path + ":" + line + " " + syntax);
                    Assert.DoesNotContain("Operation is not valid", syntax.Message, System.StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Every_span_of_a_syntax_error_is_inside_the_file_and_on_one_line()
    {
        foreach (var row in BrokenInputs().Select(row => ((string)row[0], (string)row[1])))
        {
            var span = LadderParser.Parse("/ladders/backend.yaml", row.Item2).Diagnostics.First(diagnostic => diagnostic.RuleId == "CL0001").Location.Span;
            Assert.True(span.End <= row.Item2.Length && span.Start <= span.End && span.StartLine == span.EndLine, row.Item1 + ": " + span);
        }
    }
}
