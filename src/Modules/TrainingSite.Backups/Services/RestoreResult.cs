using TrainingSite.Backups.Archive;

namespace TrainingSite.Backups.Services;

/// <summary>What a restore did: the backup's manifest and the migrations applied after it (newer code than the backup).</summary>
public sealed record RestoreResult(BackupManifest Manifest, IReadOnlyList<string> Migrated);
