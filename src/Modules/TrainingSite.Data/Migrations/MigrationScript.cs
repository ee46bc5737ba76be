namespace TrainingSite.Data.Migrations;

/// <summary>One SQL migration: its id (the file name, which orders it across modules) and its text.</summary>
public sealed record MigrationScript(string Id, string Sql);
