using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CareerLadder.Authoring.Evolution;
using CareerLadder.Cli.Validation;

namespace CareerLadder.Cli.Evolution;

/// <summary>Writes the changes between two versions of the ladders as text, JSON or Markdown.</summary>
public static class ChangeReport
{
    private static readonly (ChangeCategory Category, string Key, string Heading)[] Groups =
    {
        (ChangeCategory.Breaking, "breaking", "Breaking changes"),
        (ChangeCategory.Additive, "additive", "Additive changes"),
        (ChangeCategory.TextOnly, "textOnly", "Text-only changes"),
    };

    /// <summary>One line that counts the changes of each kind.</summary>
    /// <param name="changes">The changes.</param>
    public static string Summary(IReadOnlyList<LadderChange> changes) =>
        $"{Count(changes, ChangeCategory.Breaking)} breaking, {Count(changes, ChangeCategory.Additive)} additive, {Count(changes, ChangeCategory.TextOnly)} text-only changes.";

    /// <summary>Plain text: a heading per kind and one indented line per change.</summary>
    /// <param name="changes">The changes.</param>
    public static string Text(IReadOnlyList<LadderChange> changes)
    {
        var text = new StringBuilder();
        foreach (var group in Groups)
        {
            var items = changes.Where(change => change.Category == group.Category).ToList();
            if (items.Count > 0)
            {
                text.Append(group.Heading).Append(" (").Append(items.Count).Append("):\n");
                foreach (var change in items)
                {
                    text.Append("  ").Append(change.Subject).Append(": ").Append(change.Description).Append('\n');
                }

                text.Append('\n');
            }
        }

        return text.Append(Summary(changes)).Append('\n').ToString();
    }

    /// <summary>Markdown for a release note or a pull-request comment.</summary>
    /// <param name="changes">The changes.</param>
    /// <param name="before">What the old side was, as typed.</param>
    /// <param name="after">What the new side was, as typed.</param>
    public static string Markdown(IReadOnlyList<LadderChange> changes, string before, string after)
    {
        var text = new StringBuilder()
            .Append("## Ladder changes from ").Append(Code(before)).Append(" to ").Append(Code(after)).Append("\n\n")
            .Append(Summary(changes)).Append('\n');
        foreach (var group in Groups)
        {
            var items = changes.Where(change => change.Category == group.Category).ToList();
            if (items.Count > 0)
            {
                text.Append("\n### ").Append(group.Heading).Append("\n\n");
                foreach (var change in items)
                {
                    text.Append("- **").Append(Escape(change.Subject)).Append("**: ").Append(Escape(change.Description)).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    /// <summary>JSON: <c>{"from", "to", "breaking": [{"subject", "change"}], "additive": [...], "textOnly": [...]}</c>.</summary>
    /// <param name="changes">The changes.</param>
    /// <param name="before">What the old side was, as typed.</param>
    /// <param name="after">What the new side was, as typed.</param>
    public static string Json(IReadOnlyList<LadderChange> changes, string before, string after)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonDiagnosticWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("from", before);
            json.WriteString("to", after);
            foreach (var group in Groups)
            {
                json.WriteStartArray(group.Key);
                foreach (var change in changes.Where(change => change.Category == group.Category))
                {
                    json.WriteStartObject();
                    json.WriteString("subject", change.Subject);
                    json.WriteString("change", change.Description);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static int Count(IReadOnlyList<LadderChange> changes, ChangeCategory category) => changes.Count(change => change.Category == category);

    private static string Code(string text) => "`" + text.Replace("`", "'") + "`";

    /// <summary>Escapes the characters Markdown would read as formatting or HTML.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if ("\\`*_[]<>#|~".IndexOf(character) >= 0)
            {
                escaped.Append('\\');
            }

            escaped.Append(character);
        }

        return escaped.ToString();
    }
}
