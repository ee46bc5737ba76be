using TrainingSite.AuditTrail.Models;
using TrainingSite.AuditTrail.Paging;

namespace TrainingSite.AuditTrail.Services;

/// <summary>
/// One page of events, newest first, how many match the filter in all (at most <see cref="AuditEventQuery.CountLimit"/>;
/// <see cref="MoreThanTotal"/> when more do), and where the next page starts (null: none).
/// </summary>
public sealed record AuditResult(IReadOnlyList<AuditEvent> Events, int Total, bool MoreThanTotal, AuditCursor? Next);
