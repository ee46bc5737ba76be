namespace TrainingSite.Backups.Archive;

/// <summary>
/// manifest.json in a backup file: what restore checks before it touches the database (the format, the provider the
/// copy is for, the last migration applied to it) and, for people, when and by which build it was made.
/// </summary>
/// <param name="Format">Always <see cref="CurrentFormat"/> for files this build writes.</param>
/// <param name="Provider"><c>Sqlite</c> or <c>Postgres</c>.</param>
/// <param name="SchemaVersion">The id of the last migration applied to the copied database.</param>
/// <param name="CreatedAt">When the copy was taken (UTC, ISO 8601).</param>
/// <param name="SiteVersion">The informational version of the build that made it.</param>
public sealed record BackupManifest(string Format, string Provider, string SchemaVersion, DateTime CreatedAt, string SiteVersion)
{
    public const string CurrentFormat = "trainingsite-backup/1";
}
