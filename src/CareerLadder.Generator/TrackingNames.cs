namespace CareerLadder.Generator;

/// <summary>Names of the generator's pipeline steps, for incremental-caching tests.</summary>
public static class TrackingNames
{
    /// <summary>The size and nesting limits read from MSBuild properties.</summary>
    public const string Limits = nameof(Limits);

    /// <summary>One YAML file parsed into its model.</summary>
    public const string Parse = nameof(Parse);

    /// <summary>All ladder files validated together.</summary>
    public const string Validate = nameof(Validate);

    /// <summary>The generator options read from MSBuild properties.</summary>
    public const string Options = nameof(Options);

    /// <summary>Whether and how code is generated: options, language version and the types the compilation sees.</summary>
    public const string Setup = nameof(Setup);

    /// <summary>Per-file rule severities read from .editorconfig.</summary>
    public const string Severities = nameof(Severities);

    /// <summary>What the catalog file shows of the validated ladders (CatalogTracks): equal after a text-only edit.</summary>
    public const string CatalogModel = nameof(CatalogModel);

    /// <summary>The catalog file emitted.</summary>
    public const string EmitCatalog = nameof(EmitCatalog);

    /// <summary>The catalog registration file (assembly attribute and LadderCatalog) emitted.</summary>
    public const string EmitCatalogRegistration = nameof(EmitCatalogRegistration);

    /// <summary>The per-track inputs selected from the validated model.</summary>
    public const string TrackInputs = nameof(TrackInputs);

    /// <summary>One track file emitted.</summary>
    public const string EmitTrack = nameof(EmitTrack);

    /// <summary>The ladders checked against the shipped baseline.</summary>
    public const string Compatibility = nameof(Compatibility);
}
