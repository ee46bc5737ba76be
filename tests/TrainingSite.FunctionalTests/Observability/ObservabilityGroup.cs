namespace TrainingSite.FunctionalTests.Observability;

/// <summary>
/// Metrics are process-wide: a meter listener hears every site's "TrainingSite" meter, and the console is one. These
/// tests run alone, after the others, so a count they read is their site's and the console holds only its log. The
/// two sites (one per provider) are shared by every class in the collection.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ObservabilityGroup : ICollectionFixture<SqliteObservabilitySite>, ICollectionFixture<PostgresObservabilitySite>
{
    public const string Name = "Observability (alone)";
}
