using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Testing;

/// <summary>
/// A site on a database the test owns (not one of its own), so two hosts in a row can share it: a restart. The test
/// disposes the database after the last host.
/// </summary>
public sealed class SiteOnDatabase(TestDatabase database) : SiteFactory
{
    public override DatabaseProvider Provider => database.Provider;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:TrainingSite", database.ConnectionString);
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        builder.UseSetting("Mail:Smtp:Host", string.Empty);
        builder.UseSetting("Accounts:SessionValidationInterval", "00:00:00");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
