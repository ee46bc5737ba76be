namespace TrainingSite.Backups.Copies;

/// <summary>How the configured provider copies its database to a file and back; one implementation per provider.</summary>
public interface IDatabaseCopy
{
    /// <summary>Writes a consistent copy of the database, as it is at one moment while the site runs, to <paramref name="file"/>.</summary>
    Task DumpAsync(string file, CancellationToken cancellationToken);

    /// <summary>How many tables the database holds (0: empty, a restore may go ahead).</summary>
    Task<int> CountTablesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Makes the database the copy in <paramref name="file"/>, all or nothing; with <paramref name="replace"/> what the
    /// database held is replaced, otherwise it is empty.
    /// </summary>
    Task RestoreAsync(string file, bool replace, CancellationToken cancellationToken);
}
