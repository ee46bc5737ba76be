using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Data.Configuration;
using TrainingSite.FunctionalTests.Certificates;

namespace TrainingSite.FunctionalTests.Observability;

/// <summary>
/// The certificate site (a small package a learner can complete) with every observability setting on: Prometheus on
/// /metrics for loopback and two allowed networks, a trusted proxy, JSON console logs captured from the start, and a
/// test-only path that fails with a 500.
/// </summary>
public abstract class ObservabilitySite : CertificateSite
{
    public const string TrustedProxy = "10.9.9.9";
    public const string AllowedNetworkClient = "192.0.2.44";
    public const string AllowedSingleAddress = "198.51.100.5";
    public const string OutsideClient = "203.0.113.5";

    /// <summary>What the site wrote to the console (its JSON log lines).</summary>
    public CapturedConsole Console { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Metrics:Prometheus"] = "true",
        ["Metrics:AllowedNetworks"] = $"192.0.2.0/24; {AllowedSingleAddress}",
        ["Site:KnownProxies"] = TrustedProxy,
        ["Logging:Json"] = "true",
    };

    public override async Task InitializeAsync()
    {
        // The console logger takes the console's writer when the host is built: swapped only for that moment (the
        // observability tests run alone, so no other site is built meanwhile).
        var original = System.Console.Out;
        System.Console.SetOut(Console);
        try
        {
            await base.InitializeAsync();
        }
        finally
        {
            System.Console.SetOut(original);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ServerErrorTrigger>());
    }
}

public sealed class SqliteObservabilitySite : ObservabilitySite
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresObservabilitySite : ObservabilitySite
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
