using Xunit;

// WebApplicationFactory<Program> hooks the minimal-hosting entry point process-wide: factories that start at the same
// time (in memory and on Kestrel) can catch each other's host, so the classes of this assembly run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
