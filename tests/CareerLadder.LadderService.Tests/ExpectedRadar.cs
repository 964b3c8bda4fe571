using System;
using System.Collections.Generic;
using CareerLadder;
using LadderService.Ladders;

namespace CareerLadder.LadderService.Tests;

/// <summary>The radar polygon a level should have, computed from the generated catalog independently of the service.</summary>
internal static class ExpectedRadar
{
    public static IReadOnlyList<(double X, double Y)> Vertices(Level level, double cx, double cy, double radius)
    {
        var competencies = CareerLadders.Competencies;
        var vertices = new List<(double X, double Y)>();
        for (var index = 0; index < competencies.Count; index++)
        {
            var competency = competencies[index];
            var distance = radius * (level.GetExpectation(competency)?.Step.Value ?? 0) / competency.Steps.Count;
            var angle = (-Math.PI / 2) + (2 * Math.PI * index / competencies.Count);
            vertices.Add((cx + (distance * Math.Cos(angle)), cy + (distance * Math.Sin(angle))));
        }

        return vertices;
    }
}
