using TrainingSite.AuditTrail.Models;
using TrainingSite.AuditTrail.Paging;

namespace TrainingSite.AuditTrail.Services;

/// <summary>One page of events, newest first, how many match the filter in all, and where the next page starts (null: none).</summary>
public sealed record AuditResult(IReadOnlyList<AuditEvent> Events, int Total, AuditCursor? Next);
