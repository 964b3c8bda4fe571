using System;
using System.IO;
using System.Linq;
using CareerLadder.EntityFrameworkCore;
using CareerLadder.Interop.Tests.Ladders;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CareerLadder.Interop.Tests;

/// <summary>CareerLadder.EntityFrameworkCore against a real SQLite file: codes stored, catalog instances restored.</summary>
public sealed class PersistenceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerladder-ef-" + Guid.NewGuid().ToString("N"));

    public PersistenceTests()
    {
        Directory.CreateDirectory(_folder);
    }

    [Fact]
    public void A_level_track_and_competency_are_stored_by_code_and_read_back_as_the_catalog_instances()
    {
        var file = Path.Combine(_folder, "people.db");
        using (var context = new PeopleContext(file))
        {
            context.Database.EnsureCreated();
            context.People.Add(new Person { Name = "Ada", Level = CareerLadders.TechnicalProgramManager.TPM5, Track = CareerLadders.QualityDirector, Focus = CareerLadders.GetCompetency(CompetencyId.People) });
            context.SaveChanges();
        }

        using (var context = new PeopleContext(file))
        {
            var person = context.People.Single();
            Assert.Same(CareerLadders.TechnicalProgramManager.TPM5, person.Level);
            Assert.Same(CareerLadders.QualityDirector, person.Track);
            Assert.Same(CareerLadders.GetCompetency(CompetencyId.People), person.Focus);
            Assert.Equal("TPM5", context.Database.SqlQueryRaw<string>("SELECT Level AS Value FROM People").Single());
            Assert.Same(person, context.People.Single(candidate => candidate.Level == CareerLadders.TechnicalProgramManager.TPM5));
        }
    }

    [Fact]
    public void A_stored_code_that_no_ladder_has_is_reported_never_null()
    {
        var file = Path.Combine(_folder, "stale.db");
        using (var context = new PeopleContext(file))
        {
            context.Database.EnsureCreated();
            context.People.Add(new Person { Name = "Grace", Level = CareerLadders.TechnicalProgramManager.TPM5, Track = CareerLadders.TechnicalProgramManager, Focus = CareerLadders.GetCompetency(CompetencyId.Technology) });
            context.SaveChanges();
            context.Database.ExecuteSqlRaw("UPDATE People SET Level = 'TPM99'");
        }

        using (var stale = new PeopleContext(file))
        {
            var error = Assert.Throws<UnknownStoredCodeException>(() => stale.People.Single());
            Assert.Equal("TPM99", error.Code);
            Assert.Contains("level code 'TPM99'", error.Message, StringComparison.Ordinal);
            Assert.Contains("TPM (technical-program-manager)", error.Message, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class PeopleContext(string file) : DbContext
    {
        public DbSet<Person> People => Set<Person>();

        protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseSqlite("Data Source=" + file);

        protected override void ConfigureConventions(ModelConfigurationBuilder builder) => builder.UseLadderCodes();
    }

    private sealed class Person
    {
        public int Id { get; set; }

        public required string Name { get; set; }

        public required Level Level { get; set; }

        public required Track Track { get; set; }

        public required Competency Focus { get; set; }
    }
}
