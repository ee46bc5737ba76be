using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Quizzes;

/// <summary>
/// Authoring quizzes and reading their statistics. As with courses, the permission opens the area and the
/// regional scope decides per course (own regions; the national part only for administrators).
/// </summary>
public sealed class QuizzesPermissions : IPermissionProvider
{
    public const string EditQuizzesPolicy = "Quizzes.Edit";
    public const string ViewStatisticsPolicy = "Quizzes.ViewStatistics";

    public static readonly Permission EditQuizzes = new(EditQuizzesPolicy, "Permission.EditQuizzes");
    public static readonly Permission ViewStatistics = new(ViewStatisticsPolicy, "Permission.ViewStatistics");

    public Type Strings => typeof(QuizzesStrings);

    public IEnumerable<Permission> GetPermissions() => [EditQuizzes, ViewStatistics];

    public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
    [
        new(Roles.Administrator, [EditQuizzes, ViewStatistics]),
        new(Roles.RegionalCoordinator, [EditQuizzes, ViewStatistics]),
    ];
}
