using System.Collections.Generic;
using System.Globalization;
using CareerLadder.Rendering.Graph;

namespace CareerLadder.Rendering.Tests;

/// <summary>A generated ladder set: 10 tracks of 6 levels at staggered ranks, with career moves between tracks in every direction.</summary>
internal static class GeneratedLadders
{
    public static CareerGraph TenTracks()
    {
        var tracks = new List<GraphTrack>();
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        for (var track = 0; track < 10; track++)
        {
            var id = "track-" + track.ToString(CultureInfo.InvariantCulture);
            tracks.Add(new GraphTrack(id, "Generated track number " + track.ToString(CultureInfo.InvariantCulture)));
            var first = 1 + (track % 3);
            for (var level = 0; level < 6; level++)
            {
                nodes.Add(new GraphNode(Code(track, level), "Generated level " + level.ToString(CultureInfo.InvariantCulture), first + level + (level > 3 && track % 2 == 0 ? 1 : 0), id));
                if (level > 0)
                {
                    edges.Add(new GraphEdge(Code(track, level - 1), Code(track, level), MoveKind.NextLevel));
                }
            }
        }

        for (var track = 0; track < 10; track++)
        {
            // Down and up to neighbouring tracks, to a far track, at the same rank, to a higher and to a lower rank.
            edges.Add(new GraphEdge(Code(track, 2), Code((track + 1) % 10, 2), MoveKind.CareerMove));
            edges.Add(new GraphEdge(Code(track, 3), Code((track + 9) % 10, 4), MoveKind.CareerMove));
            edges.Add(new GraphEdge(Code(track, 4), Code((track + 5) % 10, 1), MoveKind.CareerMove));
            edges.Add(new GraphEdge(Code(track, 1), Code((track + 3) % 10, 5), MoveKind.CareerMove));
            edges.Add(new GraphEdge(Code(track, 5), Code((track + 7) % 10, 5), MoveKind.CareerMove));
        }

        return new CareerGraph(tracks, nodes, edges);
    }

    private static string Code(int track, int level) => "G" + track.ToString(CultureInfo.InvariantCulture) + "L" + level.ToString(CultureInfo.InvariantCulture);
}
