namespace TrainingSite.Data.Configuration;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the site starts (default true); otherwise run <c>-- migrate</c>.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>The resolved connection string (from <c>ConnectionStrings:TrainingSite</c> or the SQLite default).</summary>
    public string ConnectionString { get; set; } = string.Empty;
}
