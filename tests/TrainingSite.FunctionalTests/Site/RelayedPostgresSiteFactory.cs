using Npgsql;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Site;

/// <summary>The site on PostgreSQL through a <see cref="TcpRelay"/>, so a test can take the database away and give it back.</summary>
public sealed class RelayedPostgresSiteFactory : PostgresSiteFactory
{
    private TcpRelay? _relay;

    public TcpRelay Relay => _relay ?? throw new InvalidOperationException("The fixture has not been initialised.");

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        // A short connect timeout: while the database is away, requests fail in a moment rather than hang.
        ["ConnectionStrings:TrainingSite"] = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Host = "127.0.0.1", Port = Relay.Port, Timeout = 3 }.ConnectionString,
    };

    public override async Task InitializeAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString());
        _relay = new TcpRelay(server.Host ?? "127.0.0.1", server.Port);
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        _relay?.Restore();
        await base.DisposeAsync();
        if (_relay is not null)
        {
            await _relay.DisposeAsync();
        }
    }
}
