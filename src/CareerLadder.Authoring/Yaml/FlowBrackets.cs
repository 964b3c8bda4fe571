using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace CareerLadder.Authoring.Yaml;

/// <summary>
/// Finds the flow bracket (<c>[</c> or <c>{</c>) that a broken file leaves open, or the closing bracket that does not
/// match the one it closes. Uses YamlDotNet's scanner, so brackets inside quotes, comments and plain text are not
/// counted; the scan stops where the scanner gives up, which is after the bracket that broke the file.
/// </summary>
internal static class FlowBrackets
{
    /// <summary>The first bracket problem in <paramref name="text"/>, or null when every bracket is closed by its match.</summary>
    public static BracketProblem? Find(string text)
    {
        var open = new List<Token>();
        var scanner = new Scanner(new StringReader(text), skipComments: true);
        try
        {
            // The scanner reports some failures as Error tokens and then repeats them forever: stop at the first one, and
            // never read more tokens than the text has characters.
            for (var tokens = 0; tokens <= text.Length + 1 && scanner.MoveNext() && scanner.Current is not Error; tokens++)
            {
                switch (scanner.Current)
                {
                    case FlowSequenceStart or FlowMappingStart:
                        open.Add(scanner.Current);
                        break;
                    case FlowSequenceEnd or FlowMappingEnd when open.Count > 0:
                        var opener = open[open.Count - 1];
                        open.RemoveAt(open.Count - 1);
                        if (opener is FlowSequenceStart != scanner.Current is FlowSequenceEnd)
                        {
                            return new BracketProblem(Index(opener), (int)scanner.Current.Start.Index);
                        }

                        break;
                }
            }
        }
        catch (Exception)
        {
            // The scanner stops where the text breaks; what is open at that point is what the author has to close.
        }

        return open.Count > 0 ? new BracketProblem(Index(open[open.Count - 1]), ClosedAt: null) : null;
    }

    private static int Index(Token token) => (int)token.Start.Index;
}

/// <summary>A bracket left open (<paramref name="ClosedAt"/> null) or closed by the wrong kind of bracket.</summary>
/// <param name="OpenedAt">Offset of the opening bracket.</param>
/// <param name="ClosedAt">Offset of the closing bracket that does not match, if any.</param>
internal readonly record struct BracketProblem(int OpenedAt, int? ClosedAt);
