using TrainingSite.Data.Configuration;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Site;

/// <summary>A second node of a site: its own host on the first node's PostgreSQL database.</summary>
internal sealed class NodeOn(string connectionString) : SiteFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:TrainingSite", connectionString);
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        builder.UseSetting("Accounts:SessionValidationInterval", "00:00:00");
    }
}
