using System;
using System.IO;
using System.Linq;
using System.Threading;
using CareerLadder.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LadderService.Data;

/// <summary>
/// People and their assessments: SQLite by default, PostgreSQL when <c>ConnectionStrings:Postgres</c> is set. Each
/// provider has its own context (<see cref="SqliteLadderDb"/>, <see cref="PostgresLadderDb"/>) and migrations; the
/// service's code sees only this class.
/// </summary>
public abstract class LadderDb(DbContextOptions options) : DbContext(options)
{
    private static readonly Lock CreateLock = new();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder) => builder.UseLadderCodes();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<Person>().Property(person => person.Name).HasMaxLength(200);
        builder.Entity<Assessment>().Property(assessment => assessment.Assessor).HasMaxLength(200);
        builder.Entity<Assessment>().HasMany(assessment => assessment.Steps).WithOne().HasForeignKey(step => step.AssessmentId);
        builder.Entity<Person>().HasMany(person => person.Assessments).WithOne().HasForeignKey(assessment => assessment.PersonId);
    }

    /// <summary>
    /// Registers the database: <c>ConnectionStrings:Postgres</c> selects PostgreSQL; otherwise SQLite at
    /// <c>ConnectionStrings:Sqlite</c> or, by default, <c>ladder-service.db</c> beside the service's binaries.
    /// </summary>
    public static void Register(IServiceCollection services, IConfiguration configuration)
    {
        var postgres = configuration.GetConnectionString("Postgres");
        var sqlite = configuration.GetConnectionString("Sqlite") ?? "Data Source=" + Path.Combine(AppContext.BaseDirectory, "ladder-service.db");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            services.AddDbContext<LadderDb, PostgresLadderDb>(options => options.UseNpgsql(postgres));
        }
        else
        {
            services.AddDbContext<LadderDb, SqliteLadderDb>(options => options.UseSqlite(sqlite));
        }
    }

    /// <summary>Creates the database, or brings an existing one up to date, on start: applies the provider's pending migrations.</summary>
    public static void Migrate(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LadderDb>();
        lock (CreateLock)
        {
            AdoptCreatedDatabase(db);
            db.Database.Migrate();
        }
    }

    /// <summary>
    /// Earlier versions of the sample made their database with <c>EnsureCreated</c>: tables, no migration history. Those
    /// tables are the first migration's, so the history records it as applied and later migrations run on top.
    /// </summary>
    private static void AdoptCreatedDatabase(LadderDb db)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!creator.Exists() || !creator.HasTables() || db.Database.GetAppliedMigrations().Any())
        {
            return;
        }

        var history = db.GetService<IHistoryRepository>();
        db.Database.ExecuteSqlRaw(history.GetCreateIfNotExistsScript());
        db.Database.ExecuteSqlRaw(history.GetInsertScript(new HistoryRow(db.Database.GetMigrations().First(), EfVersion)));
    }

    private static string EfVersion =>
        typeof(DbContext).Assembly.GetName().Version is { } version ? version.ToString(3) : "10.0.0";
}

/// <summary>The SQLite database, with the migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteLadderDb(DbContextOptions<SqliteLadderDb> options) : LadderDb(options);

/// <summary>The PostgreSQL database, with the migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresLadderDb(DbContextOptions<PostgresLadderDb> options) : LadderDb(options);
