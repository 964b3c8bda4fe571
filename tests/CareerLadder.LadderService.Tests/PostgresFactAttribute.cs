using System;
using Xunit;

namespace CareerLadder.LadderService.Tests;

/// <summary>
/// A fact that needs a PostgreSQL server: CAREERLADDER_POSTGRES holds a connection string (without a database) of a role
/// that may create databases. It is skipped where none is given, unless CAREERLADDER_REQUIRE_POSTGRES=1 (set by .ci/run
/// once it has installed and started PostgreSQL), in which case it runs and fails loudly.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string ConnectionVariable = "CAREERLADDER_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ConnectionVariable))
            && Environment.GetEnvironmentVariable("CAREERLADDER_REQUIRE_POSTGRES") != "1")
        {
            Skip = "No PostgreSQL server: set " + ConnectionVariable + " (for example Host=localhost;Username=u;Password=p); .ci/run installs one.";
        }
    }
}
