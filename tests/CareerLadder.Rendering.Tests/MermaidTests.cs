using CareerLadder.Rendering.Graph;
using CareerLadder.Rendering.Tests.Ladders;
using Xunit;

namespace CareerLadder.Rendering.Tests;

public sealed class MermaidTests
{
    [Fact]
    public void Next_levels_are_solid_and_career_moves_dashed()
    {
        var mermaid = CareerPathMermaid.Render(CareerGraph.Of(CareerLadders.Tracks, culture: System.Globalization.CultureInfo.InvariantCulture));

        Assert.StartsWith("flowchart LR\n", mermaid, System.StringComparison.Ordinal);
        Assert.Contains("  TPM5 --> TPM6\n", mermaid, System.StringComparison.Ordinal);
        Assert.Contains("  TPM5 -.-> PM5\n", mermaid, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_and_ids_cannot_break_the_flowchart()
    {
        var graph = new CareerGraph(
            new[] { new GraphTrack("t", "A \"quoted\" <b>track</b>\nname") },
            new[] { new GraphNode("end", "Level #1", 1, "t"), new GraphNode("a b", "x", 2, "t") },
            new[] { new GraphEdge("end", "a b", MoveKind.NextLevel) });

        var mermaid = CareerPathMermaid.Render(graph);

        Assert.Contains("subgraph t[\"A #quot;quoted#quot; #lt;b#gt;track#lt;/b#gt; name\"]", mermaid, System.StringComparison.Ordinal);
        Assert.Contains("    n0[\"end - Level #35;1\"]", mermaid, System.StringComparison.Ordinal);
        Assert.Contains("  n0 --> n1\n", mermaid, System.StringComparison.Ordinal);
    }
}
