using System;
using System.Collections.Generic;
using CareerLadder;

namespace LadderService.Data;

/// <summary>A person whose assessments the service keeps. Returned as JSON as it is: levels and competencies are codes.</summary>
public sealed class Person
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The person's assessments, oldest first.</summary>
    public List<Assessment> Assessments { get; set; } = new();
}

/// <summary>One assessment: the level the assessor chose, the step reached on each competency, when and by whom.</summary>
public sealed class Assessment
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    /// <summary>The chosen level; stored by its code (CareerLadder.EntityFrameworkCore), JSON <c>"TPM5"</c>.</summary>
    public required Level Level { get; set; }

    public DateOnly Date { get; set; }

    public required string Assessor { get; set; }

    /// <summary>The step reached on each assessed competency.</summary>
    public List<AssessedStep> Steps { get; set; } = new();
}

/// <summary>The step value reached on one competency; the competency is stored by its id.</summary>
public sealed class AssessedStep
{
    public int Id { get; set; }

    public int AssessmentId { get; set; }

    public required Competency Competency { get; set; }

    /// <summary>The step value, 1 to the competency's number of steps.</summary>
    public int Value { get; set; }
}
