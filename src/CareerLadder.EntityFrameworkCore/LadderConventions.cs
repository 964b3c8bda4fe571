using Microsoft.EntityFrameworkCore;

namespace CareerLadder.EntityFrameworkCore;

/// <summary>One call in <c>ConfigureConventions</c> stores every level, track and competency property by its code.</summary>
public static class LadderConventions
{
    /// <summary>
    /// Stores every <see cref="Level"/>, <see cref="Track"/> and <see cref="Competency"/> property of the model by its
    /// code: <c>protected override void ConfigureConventions(ModelConfigurationBuilder builder) => builder.UseLadderCodes();</c>.
    /// </summary>
    /// <param name="builder">The model configuration of the DbContext.</param>
    public static ModelConfigurationBuilder UseLadderCodes(this ModelConfigurationBuilder builder)
    {
        builder.Properties<Level>().HaveConversion<LevelCodeConverter>();
        builder.Properties<Track>().HaveConversion<TrackIdConverter>();
        builder.Properties<Competency>().HaveConversion<CompetencyIdConverter>();
        return builder;
    }
}
