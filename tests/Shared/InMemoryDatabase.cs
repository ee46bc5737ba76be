using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Data;

namespace TrainingSite.Tests.Shared;

/// <summary>
/// The site's EF model (the kernel and the modules given) on an in-memory SQLite database that lives as long as
/// this object, for unit tests of logic that reads or writes through the context. Each <see cref="NewContext"/>
/// is a fresh unit of work on the same data, as a new request would be. Linked into the unit test projects that
/// need it (tests/Shared); behaviour on both providers is the functional tests' business.
/// </summary>
internal sealed class InMemoryDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly DbContextOptions<TrainingDbContext> _options;
    private readonly IEntityConfigurationSource[] _modules;

    public InMemoryDatabase(params IEntityConfigurationSource[] modules)
    {
        _connection.Open();
        _modules = modules;
        _options = new DbContextOptionsBuilder<TrainingDbContext>().UseSqlite(_connection).Options;
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public TrainingDbContext NewContext() => new(_options, _modules);

    public void Dispose() => _connection.Dispose();
}
