namespace CareerLadder.Generator;

/// <summary>Names of the generator's pipeline steps, for incremental-caching tests.</summary>
public static class TrackingNames
{
    /// <summary>The size and nesting limits read from MSBuild properties.</summary>
    public const string Limits = nameof(Limits);

    /// <summary>One YAML file parsed into its model.</summary>
    public const string Parse = nameof(Parse);

    /// <summary>What the index reads of one file (IndexFacts): equal after an edit of a level's texts or a move of its lines.</summary>
    public const string IndexFacts = nameof(IndexFacts);

    /// <summary>The cross-file facts of all ladder files (LadderIndex): made again only when a file's facts change.</summary>
    public const string ValidationIndex = nameof(ValidationIndex);

    /// <summary>One track validated against the index.</summary>
    public const string Validate = nameof(Validate);

    /// <summary>The checks over all validated tracks together (sentences across tracks, unchecked references, total output).</summary>
    public const string ValidationSummary = nameof(ValidationSummary);

    /// <summary>The generator options read from MSBuild properties.</summary>
    public const string Options = nameof(Options);

    /// <summary>Whether and how code is generated: options, language version and the types the compilation sees.</summary>
    public const string Setup = nameof(Setup);

    /// <summary>Per-file rule severities read from .editorconfig.</summary>
    public const string Severities = nameof(Severities);

    /// <summary>What the catalog file shows of the validated ladders (CatalogTracks): equal after a text-only edit.</summary>
    public const string CatalogModel = nameof(CatalogModel);

    /// <summary>The enum numbers the shipped baseline pins.</summary>
    public const string PinnedNumbers = nameof(PinnedNumbers);

    /// <summary>The catalog file emitted.</summary>
    public const string EmitCatalog = nameof(EmitCatalog);

    /// <summary>The catalog registration file (assembly attribute and LadderCatalog) emitted.</summary>
    public const string EmitCatalogRegistration = nameof(EmitCatalogRegistration);

    /// <summary>What each track's validation reads (the track, the tracks it extends, their overlays).</summary>
    public const string TrackInputs = nameof(TrackInputs);

    /// <summary>One track file emitted.</summary>
    public const string EmitTrack = nameof(EmitTrack);

    /// <summary>The history the ladders declare (renamed-from:, retired:), checked on the files' facts.</summary>
    public const string History = nameof(History);

    /// <summary>The ladders checked against the shipped baseline.</summary>
    public const string Compatibility = nameof(Compatibility);
}
