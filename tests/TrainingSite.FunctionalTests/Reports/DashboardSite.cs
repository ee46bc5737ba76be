using TrainingSite.Data.Configuration;
using TrainingSite.FunctionalTests.Certificates;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>
/// The certificate tests' small package (a national course with a quiz, one course each for Espoo and Helsinki)
/// with <see cref="DashboardDataSet"/> written into it once. Tests on it add staff accounts only, never learners,
/// so the counts stay those of the data set.
/// </summary>
public abstract class DashboardSite : CertificateSite
{
    public DashboardDataSet Data { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Data = new DashboardDataSet(DateTimeOffset.UtcNow, "dash");
        var regional = new Dictionary<string, string> { ["espoo"] = Espoo, ["helsinki"] = Helsinki };
        await WithServiceAsync(async services =>
        {
            await DashboardSeeder.SeedAsync(services, Data, National, regional);
            return true;
        });
    }
}

public sealed class SqliteDashboardSite : DashboardSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresDashboardSite : DashboardSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
