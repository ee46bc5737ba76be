using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Reports.Services;

/// <summary>
/// Who may open a course's report (the lead's decision for issue 15): a regional course, administrators and the
/// coordinators of its region; a national course, everyone who may read reports, because every coordinator's learners
/// take the national part. What each of them sees is still only their scope's learners (<see cref="Learners.LearnerQueries.IdsIn"/>).
/// </summary>
public static class CourseReportRules
{
    public static readonly RegionalRules Rules = new RegionalRules()
        .Allow(new RegionalGrant(ReportsPermissions.ViewReports, ReportsPermissions.ViewReports), RegionalOperation.ViewReports);
}
