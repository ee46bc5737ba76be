namespace TrainingSite.Data.Configuration;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
