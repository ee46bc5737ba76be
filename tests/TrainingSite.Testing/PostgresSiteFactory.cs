using TrainingSite.Data.Configuration;

namespace TrainingSite.Testing;

public class PostgresSiteFactory : SiteFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
