using System;
using System.IO;
using System.Threading;
using CareerLadder.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LadderService.Data;

/// <summary>People and their assessments: SQLite by default, PostgreSQL when <c>ConnectionStrings:Postgres</c> is set.</summary>
public sealed class LadderDb(DbContextOptions<LadderDb> options) : DbContext(options)
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
        services.AddDbContext<LadderDb>(options =>
        {
            if (!string.IsNullOrWhiteSpace(postgres))
            {
                options.UseNpgsql(postgres);
            }
            else
            {
                options.UseSqlite(sqlite);
            }
        });
    }

    /// <summary>Creates the database and its tables on start when they do not exist yet (no set-up step).</summary>
    public static void Create(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LadderDb>();
        lock (CreateLock)
        {
            db.Database.EnsureCreated();
        }
    }
}
