using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Courses.Services;

/// <summary>What an audit event names: a course or lesson (one of <c>AuditItemTypes</c>), its title now and the course's region.</summary>
public sealed record AuditedItem(string Type, string Id, LocalizedText? Title, string? RegionId);
