namespace CareerLadder;

/// <summary>The shape of a free-form section.</summary>
public enum SectionKind
{
    /// <summary>A single text, for example years of experience.</summary>
    Text,

    /// <summary>A list of items, possibly nested, for example responsibilities.</summary>
    List,

    /// <summary>Named groups of items, for example "Is expected to" grouped by Strategy, Results and Management.</summary>
    Groups,
}
