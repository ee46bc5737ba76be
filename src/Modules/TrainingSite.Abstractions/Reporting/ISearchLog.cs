namespace TrainingSite.Abstractions.Reporting;

/// <summary>
/// Offered by the reports module to guidance: remembers that a search was made, without anyone's identity, so authors
/// see which guidance is missing. Recording never fails or stops the search: a problem is logged as a warning.
/// </summary>
public interface ISearchLog
{
    Task RecordAsync(SearchLogEntry entry, CancellationToken cancellationToken);
}
