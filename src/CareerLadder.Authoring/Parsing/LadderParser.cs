using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Authoring.Diagnostics;
using CareerLadder.Authoring.Model;
using CareerLadder.Authoring.Yaml;

namespace CareerLadder.Authoring.Parsing;

/// <summary>Parsing step: turns the text of one YAML file into a <see cref="ParsedLadderFile"/>. Pure and never throws.</summary>
public static class LadderParser
{
    /// <summary>Parses <paramref name="text"/>, read from <paramref name="path"/>, within the default limits.</summary>
    /// <param name="path">The file path, used in diagnostics.</param>
    /// <param name="text">The file's content.</param>
    public static ParsedLadderFile Parse(string path, string text) => Parse(path, text, LadderLimits.Default);

    /// <summary>Parses <paramref name="text"/>, read from <paramref name="path"/>.</summary>
    /// <param name="path">The file path, used in diagnostics.</param>
    /// <param name="text">The file's content.</param>
    /// <param name="limits">Bounds on file size and nesting.</param>
    public static ParsedLadderFile Parse(string path, string text, LadderLimits limits)
    {
        var context = new ParseContext(path);
        try
        {
            // Editors may save a byte order mark; the compiler strips it when it reads the file, so offsets stay aligned.
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text.Substring(1);
            }

            if (text.Length > limits.MaxFileLength)
            {
                // Large YAML files that are not ladders may be AdditionalFiles too: only files that could be ladders are reported.
                if (LadderKindScanner.CouldBeLadder(text))
                {
                    context.Report(LadderRules.LimitExceeded, SourceSpan.FileStart,
                        "The file's length (" + Number(text.Length) + " characters)", Number(limits.MaxFileLength) + " characters", LadderLimits.MaxFileLengthProperty);
                }

                return new ParsedLadderFile(path, LadderFileKind.NotALadder, null, null, context.Diagnostics.ToEquatableArray());
            }

            var root = YamlTreeReader.Read(path, text, context.Diagnostics, limits);
            var mapping = root as YMapping;
            var kind = DetectKind(mapping);
            if (kind == LadderFileKind.NotALadder)
            {
                // Other YAML files may be AdditionalFiles too; only report problems of files that look like ladders.
                var couldBeLadder = LadderKindScanner.CouldBeLadder(text);
                var diagnostics = couldBeLadder ? context.Diagnostics.ToEquatableArray() : EquatableArray<LadderDiagnostic>.Empty;
                return new ParsedLadderFile(path, kind, null, null, diagnostics, IsIncomplete: couldBeLadder && (root?.IsTruncated ?? diagnostics.Count > 0));
            }

            var framework = kind == LadderFileKind.Framework ? FrameworkParser.Parse(context, mapping!) : null;
            var track = kind == LadderFileKind.Track ? TrackParser.Parse(context, mapping!) : null;
            var overlay = kind == LadderFileKind.Overlay ? OverlayParser.Parse(context, mapping!) : null;
            return new ParsedLadderFile(path, kind, framework, track, context.Diagnostics.ToEquatableArray(), overlay, IsIncomplete: root!.IsTruncated);
        }
        catch (Exception exception)
        {
            context.Report(LadderRules.InternalError, SourceSpan.FileStart, exception.GetType().FullName ?? "Exception", exception.Message);
            return new ParsedLadderFile(path, LadderFileKind.NotALadder, null, null, context.Diagnostics.ToEquatableArray());
        }
    }

    private static string Number(int value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static LadderFileKind DetectKind(YMapping? root)
    {
        if (root is null)
        {
            return LadderFileKind.NotALadder;
        }

        foreach (var entry in root.Entries)
        {
            switch (entry.Key.Value)
            {
                case "framework":
                    return LadderFileKind.Framework;
                case "track":
                    return LadderFileKind.Track;
                case "overlay":
                    return LadderFileKind.Overlay;
            }
        }

        return LadderFileKind.NotALadder;
    }

    /// <summary>Reads an item of a list section: a scalar, or a mapping with text, link and nested items.</summary>
    internal static EquatableArray<ItemDefinition> Items(ParseContext context, YNode node, string what)
    {
        var items = new List<ItemDefinition>();
        if (context.Sequence(node, what) is not { } sequence)
        {
            return EquatableArray<ItemDefinition>.Empty;
        }

        foreach (var itemNode in sequence.Items)
        {
            if (itemNode is YScalar)
            {
                if (context.Text(itemNode, "an item of " + what) is { } text)
                {
                    items.Add(new ItemDefinition(text.Value, null, EquatableArray<ItemDefinition>.Empty, text.Span));
                }

                continue;
            }

            if (ColonInItem(context, itemNode, what) is { } recovered)
            {
                items.Add(recovered);
                continue;
            }

            if (MappingReader.For(context, itemNode, "an item of " + what, LadderKeys.Item) is not { } reader)
            {
                continue;
            }

            var itemText = reader.PlainText("text", required: true);
            var link = LinkFormat.Checked(context, reader.Text("link"), "link of item '" + (itemText ?? "?") + "'", image: false)?.Value;
            var children = reader.Node("items") is { } childNode ? Items(context, childNode, "the items of '" + (itemText ?? "?") + "'") : EquatableArray<ItemDefinition>.Empty;
            if (itemText is not null)
            {
                items.Add(new ItemDefinition(itemText, link, children, itemNode.Span));
            }
        }

        return items.ToEquatableArray();
    }

    /// <summary>
    /// <c>- Collaborate with leadership to: win</c> is valid YAML, but a mapping <c>{ "Collaborate with leadership to": win }</c>
    /// rather than the item the author wrote: a one-line, one-key mapping whose key is not an item key is reported once,
    /// with the quoted fix, and read as the text it was meant to be. Keys of the format have no spaces, so a key with spaces
    /// written as a block mapping is such an item, not a misspelt <c>text:</c>.
    /// </summary>
    private static ItemDefinition? ColonInItem(ParseContext context, YNode node, string what)
    {
        if (node is not YMapping { Entries.Count: 1 } mapping
            || mapping.Entries[0] is not { Key: var key, Value: YScalar { IsPlain: true, IsNull: false, IsBroken: false } value }
            || !key.IsPlain
            || key.Value.IndexOf(' ') < 0
            || mapping.Span.Start != key.Span.Start
            || System.Array.IndexOf(LadderKeys.Item, key.Value) >= 0
            || key.Span.StartLine != value.Span.StartLine)
        {
            return null;
        }

        var text = key.Value + ": " + value.Value;
        context.Report(LadderRules.UnknownKey, key.Span, key.Value, "an item of " + what,
            " The item contains ': ', so YAML reads it as 'key: value'; put the whole item in double quotes: - \"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"");
        return new ItemDefinition(text, null, EquatableArray<ItemDefinition>.Empty, key.Span);
    }
}
