using TrainingSite.Abstractions.Audit;

namespace TrainingSite.Benchmarks;

/// <summary>
/// The audit trail of two years of use, in time order: an account created per learner, a certificate issued per
/// certificate (and each revocation, each deactivation), then, up to <c>count</c>, events drawn by weight: content
/// published (most), exports, lockouts, role and region changes, reminders, discards, reorders, deletions, imports.
/// Regional content and exports are their region's coordinator's; national content, users and roles the administrator's.
/// </summary>
public static class ReportsAuditEvents
{
    private static readonly (string Kind, int Weight)[] Mix =
    [
        (AuditKinds.ContentPublished, 40), (AuditKinds.ReportExported, 20), (AuditKinds.UserLockedOut, 8), (AuditKinds.UserRolesChanged, 6),
        (AuditKinds.RemindersSent, 5), (AuditKinds.ContentDiscarded, 5), (AuditKinds.UserRegionsChanged, 4), (AuditKinds.ContentReordered, 3),
        (AuditKinds.ContentDeleted, 2), (AuditKinds.ContentRestored, 1), (AuditKinds.RecipeImported, 1), (AuditKinds.RolePermissionsChanged, 1),
    ];

    private static readonly string[] Statuses = ["not-started", "in-progress", "national-done", "complete", "certified"];

    public static IEnumerable<AuditRow> Generate(ReportsDataSet set, ReportsContent content, DateTimeOffset now, int count, Random random)
    {
        var events = new List<AuditRow>(count);
        var admin = set.Administrator;
        var learners = set.Users.Where(u => u.Roles.Contains(TrainingSite.Abstractions.Permissions.Roles.Learner)).ToList();
        var coordinators = set.Users.Where(u => u.CoordinatedRegions.Count > 0).ToDictionary(u => u.CoordinatedRegions[0], StringComparer.Ordinal);
        string? Address() => random.Next(10) == 0 ? null : $"192.0.2.{random.Next(1, 255)}";
        AuditRow Event(DateTimeOffset at, string kind, SeedUser actor, string type, string? id, string? title, string? region, int? version = null, string? details = null) =>
            new(at, kind, actor.Id, actor.DisplayName, Address(), type, id, title, region, version, details);

        foreach (var learner in learners)
        {
            events.Add(Event(learner.CreatedAt, AuditKinds.UserCreated, learner, AuditItemTypes.User, learner.Id, learner.DisplayName, learner.HomeRegionId));
            if (learner.DeactivatedAt is { } deactivated)
            {
                events.Add(Event(deactivated, AuditKinds.UserDeactivated, admin, AuditItemTypes.User, learner.Id, learner.DisplayName, learner.HomeRegionId));
            }
        }

        var holders = set.Users.ToDictionary(u => u.Id, StringComparer.Ordinal);
        foreach (var certificate in set.Certificates)
        {
            events.Add(Event(certificate.CompletedAt, AuditKinds.CertificateIssued, holders[certificate.UserId], AuditItemTypes.Certificate, certificate.Code, certificate.HolderName, certificate.RegionId));
            if (certificate.RevokedAt is { } revoked)
            {
                events.Add(Event(revoked, AuditKinds.CertificateRevoked, admin, AuditItemTypes.Certificate, certificate.Code, certificate.HolderName, certificate.RegionId, details: certificate.RevocationReason));
            }
        }

        var total = Mix.Sum(m => m.Weight);
        while (events.Count < count)
        {
            var at = now.AddDays(-730 * random.NextDouble());
            var roll = random.Next(total);
            var kind = Mix.First(m => (roll -= m.Weight) < 0).Kind;
            var course = content.Courses[random.Next(content.Courses.Count)];
            var courseActor = course.RegionId is null ? admin : coordinators.GetValueOrDefault(course.RegionId, admin);
            var learner = learners[random.Next(learners.Count)];
            var regionActor = learner.HomeRegionId is null ? admin : coordinators.GetValueOrDefault(learner.HomeRegionId, admin);
            events.Add(kind switch
            {
                AuditKinds.ContentPublished or AuditKinds.ContentDiscarded or AuditKinds.ContentDeleted or AuditKinds.ContentRestored =>
                    ContentEvent(random, at, kind, courseActor, course, Address()),
                AuditKinds.ContentReordered => Event(at, kind, courseActor, AuditItemTypes.Course, course.Id, course.Title["fi"], course.RegionId),
                AuditKinds.ReportExported => Event(at, kind, regionActor, AuditItemTypes.Report, "learners", "Oppijat", learner.HomeRegionId, details: $"status={Statuses[random.Next(Statuses.Length)]}"),
                AuditKinds.RemindersSent => Event(at, kind, regionActor, AuditItemTypes.Report, "learners", "Oppijat", learner.HomeRegionId, details: $"{random.Next(1, 120)}"),
                AuditKinds.UserLockedOut => Event(at, kind, learner, AuditItemTypes.User, learner.Id, learner.DisplayName, learner.HomeRegionId),
                AuditKinds.UserRolesChanged => Event(at, kind, admin, AuditItemTypes.User, learner.Id, learner.DisplayName, learner.HomeRegionId, details: "Learner, NetworkMember, RegionalCoordinator"),
                AuditKinds.UserRegionsChanged => Event(at, kind, admin, AuditItemTypes.User, learner.Id, learner.DisplayName, learner.HomeRegionId, details: learner.HomeRegionId ?? "-"),
                AuditKinds.RecipeImported => Event(at, kind, admin, AuditItemTypes.Recipe, "national-package", "National package", null),
                _ => Event(at, kind, admin, AuditItemTypes.Role, "RegionalCoordinator", "RegionalCoordinator", null, details: "+Reports.View"),
            });
        }

        return events.OrderBy(e => e.OccurredAt);
    }

    /// <summary>A version of a course, one of its lessons or its quiz.</summary>
    private static AuditRow ContentEvent(Random random, DateTimeOffset at, string kind, SeedUser actor, ContentCourse course, string? address)
    {
        var version = random.Next(1, 12);
        return random.Next(3) switch
        {
            0 => new(at, kind, actor.Id, actor.DisplayName, address, AuditItemTypes.Course, course.Id, course.Title["fi"], course.RegionId, version, null),
            1 when course.Quiz is { } quiz => new(at, kind, actor.Id, actor.DisplayName, address, AuditItemTypes.Quiz, quiz.Id, course.Title["fi"], course.RegionId, version, null),
            _ => new(at, kind, actor.Id, actor.DisplayName, address, AuditItemTypes.Lesson, course.Lessons[random.Next(course.Lessons.Count)], course.Title["fi"], course.RegionId, version, null),
        };
    }
}
