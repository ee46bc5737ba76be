namespace TrainingSite.Backups;

/// <summary>A backup or restore that cannot go on, with a message (already localized) that says why and what to do.</summary>
public sealed class BackupException : Exception
{
    public BackupException()
    {
    }

    public BackupException(string message)
        : base(message)
    {
    }

    public BackupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
