using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CareerLadder.Rendering.Graph;

/// <summary>Writes the career-path graph as a Mermaid flowchart: one subgraph per track, dashed arrows for career moves.</summary>
public static class CareerPathMermaid
{
    /// <summary>Returns the Mermaid source.</summary>
    /// <param name="graph">The graph.</param>
    public static string Render(CareerGraph graph)
    {
        if (graph is null)
        {
            throw new ArgumentNullException(nameof(graph));
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            ids[node.Code] = IsIdentifier(node.Code) ? node.Code : "n" + ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var builder = new StringBuilder("flowchart LR\n");
        for (var trackIndex = 0; trackIndex < graph.Tracks.Count; trackIndex++)
        {
            var track = graph.Tracks[trackIndex];
            var id = IsIdentifier(track.Id) ? track.Id : "track" + trackIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.Append("  subgraph ").Append(id).Append("[\"").Append(Label(track.Name)).Append("\"]\n");
            foreach (var node in graph.Nodes.Where(node => string.Equals(node.TrackId, track.Id, StringComparison.Ordinal)))
            {
                builder.Append("    ").Append(ids[node.Code]).Append("[\"").Append(Label(node.Code)).Append(" - ").Append(Label(node.Title)).Append("\"]\n");
            }

            builder.Append("  end\n");
        }

        foreach (var edge in graph.Edges.Where(edge => ids.ContainsKey(edge.From) && ids.ContainsKey(edge.To)))
        {
            builder.Append("  ").Append(ids[edge.From]).Append(edge.Kind == MoveKind.CareerMove ? " -.-> " : " --> ").Append(ids[edge.To]).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Mermaid labels are quoted: quotes and angle brackets become entities, line breaks spaces.</summary>
    private static string Label(string text) =>
        text.Replace("#", "#35;").Replace("\"", "#quot;").Replace("<", "#lt;").Replace(">", "#gt;").Replace('\n', ' ').Replace('\r', ' ');

    private static bool IsIdentifier(string text) =>
        text.Length > 0 && text.All(character => character is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-')
        && !string.Equals(text, "end", StringComparison.OrdinalIgnoreCase);
}
