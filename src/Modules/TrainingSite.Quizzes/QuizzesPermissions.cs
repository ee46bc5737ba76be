using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Quizzes;

/// <summary>
/// Authoring quizzes and reading their statistics. As with courses, the permission opens the area and <see cref="Rules"/>
/// decide per course: own regions with <see cref="EditQuizzes"/> and <see cref="ViewStatistics"/>, the national part with
/// <see cref="EditNational"/> (by default administrators only).
/// </summary>
public sealed class QuizzesPermissions : IPermissionProvider
{
    public const string EditQuizzesPolicy = "Quizzes.Edit";
    public const string ViewStatisticsPolicy = "Quizzes.ViewStatistics";
    public const string EditNationalPolicy = "Quizzes.EditNational";

    public static readonly Permission EditQuizzes = new(EditQuizzesPolicy, "Permission.EditQuizzes");
    public static readonly Permission ViewStatistics = new(ViewStatisticsPolicy, "Permission.ViewStatistics");
    public static readonly Permission EditNational = new(EditNationalPolicy, "Permission.EditNational");

    /// <summary>
    /// Which permission each operation on a course's quiz needs, by the course's region. The national part's statistics
    /// go with authoring it: whoever may edit the national quizzes may read how they do.
    /// </summary>
    public static readonly RegionalRules Rules = new RegionalRules()
        .Allow(new(EditQuizzes, EditNational), RegionalOperation.View, RegionalOperation.Edit, RegionalOperation.Publish)
        .Allow(new(ViewStatistics, EditNational), RegionalOperation.ViewStatistics);

    public Type Strings => typeof(QuizzesStrings);

    public IEnumerable<Permission> GetPermissions() => [EditQuizzes, ViewStatistics, EditNational];

    public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
    [
        new(Roles.Administrator, [EditQuizzes, ViewStatistics, EditNational]),
        new(Roles.RegionalCoordinator, [EditQuizzes, ViewStatistics]),
    ];
}
