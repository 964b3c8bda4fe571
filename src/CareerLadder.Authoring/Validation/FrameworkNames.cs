using System;
using System.Linq;
using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>The names levels refer to in the framework — competencies, their steps, sections, seniorities — indexed once.</summary>
internal sealed class FrameworkNames
{
    public FrameworkNames(CodeFramework framework, FrameworkDefinition? source, Unreadable unreadable)
    {
        Framework = framework;
        Source = source;
        Competencies = new NameIndex<int>(framework.Competencies.Select((competency, index) => (competency.Id, index)), StringComparer.Ordinal,
            mightHold: id => unreadable.MightHoldFrameworkName("competency", id));
        Steps = framework.Competencies
            .Select(competency => new NameIndex<int>(competency.Steps.Select((step, index) => (step.Name, index)), StringComparer.Ordinal,
                mightHold: _ => unreadable.MightHoldFrameworkName("competency", competency.Id)))
            .ToArray();
        Sections = new NameIndex<int>(framework.Sections.Select((section, index) => (section.Id, index)), StringComparer.Ordinal,
            mightHold: id => unreadable.MightHoldFrameworkName("section", id));
        Seniorities = new NameIndex<string>(framework.Seniorities.Select(seniority => (seniority, seniority)), StringComparer.Ordinal,
            mightHold: id => unreadable.MightHoldFrameworkName("seniority", id));
    }

    public CodeFramework Framework { get; }

    /// <summary>The framework file, or null when the project has none.</summary>
    public FrameworkDefinition? Source { get; }

    public NameIndex<int> Competencies { get; }

    /// <summary>The steps of each competency, by competency index.</summary>
    public NameIndex<int>[] Steps { get; }

    public NameIndex<int> Sections { get; }

    public NameIndex<string> Seniorities { get; }
}
