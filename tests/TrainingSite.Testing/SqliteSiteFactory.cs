using TrainingSite.Data.Configuration;

namespace TrainingSite.Testing;

public class SqliteSiteFactory : SiteFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
