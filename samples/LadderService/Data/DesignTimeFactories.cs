using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LadderService.Data;

/// <summary>Lets <c>dotnet ef migrations add ... --context SqliteLadderDb</c> build the context without starting the service.</summary>
public sealed class SqliteLadderDbFactory : IDesignTimeDbContextFactory<SqliteLadderDb>
{
    public SqliteLadderDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLadderDb>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add ... --context PostgresLadderDb</c> build the context; no server is contacted.</summary>
public sealed class PostgresLadderDbFactory : IDesignTimeDbContextFactory<PostgresLadderDb>
{
    public PostgresLadderDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLadderDb>().UseNpgsql("Host=localhost;Database=ladder_design_time").Options);
}
