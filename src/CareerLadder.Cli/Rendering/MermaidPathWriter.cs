using System.Text;

namespace CareerLadder.Cli.Rendering;

/// <summary>Writes the career-path graph as a Mermaid flowchart: one subgraph per track, dashed arrows for transitions.</summary>
public static class MermaidPathWriter
{
    /// <summary>Returns the Mermaid source.</summary>
    /// <param name="graph">The graph.</param>
    public static string Write(CareerPathGraph graph)
    {
        var builder = new StringBuilder("flowchart LR\n");
        for (var trackIndex = 0; trackIndex < graph.Tracks.Count; trackIndex++)
        {
            var track = graph.Tracks[trackIndex];
            builder.Append("  subgraph ").Append(track.Id).Append("[\"").Append(Label(track.Name.Text)).Append("\"]\n");
            foreach (var node in graph.Nodes)
            {
                if (node.TrackIndex == trackIndex)
                {
                    builder.Append("    ").Append(node.Code).Append("[\"").Append(node.Code).Append(" - ").Append(Label(node.Title)).Append("\"]\n");
                }
            }

            builder.Append("  end\n");
        }

        foreach (var edge in graph.Edges)
        {
            builder.Append("  ").Append(edge.From).Append(edge.IsTransition ? " -.-> " : " --> ").Append(edge.To).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Mermaid labels are quoted: quotes become the <c>#quot;</c> entity, line breaks spaces.</summary>
    private static string Label(string text) => text.Replace("\"", "#quot;").Replace('\n', ' ').Replace('\r', ' ');
}
